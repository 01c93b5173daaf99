import { basename, dirname, extname, join } from 'node:path'
import type { ImportKind } from '@shared/onboarding/fields'
import { removeLeftoverTempFiles } from '../../files/leftoverTempFiles'
import { menuText } from '../../menu/menuWords'
import { writeImportTemplate } from '../../onboarding/importTemplate'
import type { PlatformServices } from '../../platform/types'
import type { HandlersFor } from '../handlerTypes'

/** The file name the save dialog proposes; Dutch like the template itself. */
const TEMPLATE_NAMES: Readonly<Record<ImportKind, string>> = {
  partners: 'Importsjabloon partners.xlsx',
  clients: 'Importsjabloon cliënten.xlsx',
  usage: 'Importsjabloon verbruik.xlsx',
}

export function createOnboardingHandlers(services: PlatformServices): HandlersFor<'onboarding:write-template'> {
  let lastFolder: string | undefined
  return {
    async 'onboarding:write-template'({ kind, planCodes }) {
      const language = services.language.current()
      const chosen = await services.dialogs.chooseSaveFile({
        title: menuText(language, 'saveTemplate'),
        defaultPath: join(lastFolder ?? services.paths.documents, TEMPLATE_NAMES[kind]),
        filters: [{ name: menuText(language, 'excelFiles'), extensions: ['xlsx'] }],
      })
      if (chosen === null) return null
      // The dialog confirmed replacing the chosen name; a name we complete ourselves must not replace anything.
      const hasExtension = extname(chosen) !== ''
      const target = hasExtension ? chosen : `${chosen}.xlsx`
      await removeLeftoverTempFiles(dirname(target))
      const written = await writeImportTemplate(target, kind, { planCodes, ifExists: hasExtension ? 'replace' : 'keep-both' })
      lastFolder = dirname(written)
      return { path: written, fileName: basename(written) }
    },
  }
}
