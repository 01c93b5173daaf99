import type { LogoInfo } from '@shared/ipc/channels/logo'
import { menuText } from '../../menu/menuWords'
import type { LogoImage } from '../../logo/logoImage'
import { createLogoStore } from '../../logo/logoStore'
import type { PlatformServices } from '../../platform/types'
import type { HandlersFor } from '../handlerTypes'

const MIME = { png: 'image/png', jpeg: 'image/jpeg' } as const

/** The preview the Settings screen shows: the kept copy itself, as a data URL (at most 1 MB). */
export function logoInfo(logo: LogoImage): LogoInfo {
  return { format: logo.format, width: logo.width, height: logo.height, dataUrl: `data:${MIME[logo.format]};base64,${logo.bytes.toString('base64')}` }
}

export function createLogoHandlers(services: PlatformServices): HandlersFor<'logo:get' | 'logo:choose' | 'logo:remove'> {
  const store = createLogoStore(services.paths.userData)
  return {
    async 'logo:get'() {
      const logo = await store.read()
      return logo === null ? null : logoInfo(logo)
    },

    async 'logo:choose'() {
      const language = services.language.current()
      const path = await services.dialogs.chooseOpenFile({
        title: menuText(language, 'chooseLogo'),
        defaultPath: services.paths.documents,
        filters: [{ name: menuText(language, 'imageFiles'), extensions: ['png', 'jpg', 'jpeg'] }],
      })
      if (path === null) return null
      return logoInfo(await store.replace(path))
    },

    async 'logo:remove'() {
      await store.remove()
      return null
    },
  }
}
