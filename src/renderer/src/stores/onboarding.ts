import { defineStore } from 'pinia'
import { ref } from 'vue'
import type { SavedFile } from '@shared/ipc/channels/backup'
import type { ImportKind } from '@shared/onboarding/fields'
import { repositories } from '../data'
import { platformApi, unwrap } from '../platform/api'
import { errorMessage, type Outcome } from './outcome'

/**
 * Moving an existing administration in: the import templates the clerk fills in. Main writes the
 * template where the save dialog says; the window names the current plans for its drop-down list.
 */
export const useOnboardingStore = defineStore('onboarding', () => {
  const writing = ref<ImportKind | null>(null)

  /** Writes the template of `kind`; `null` when the clerk cancelled the dialog. */
  async function writeTemplate(kind: ImportKind): Promise<Outcome<SavedFile | null>> {
    writing.value = kind
    try {
      const plans = await repositories().plans.list()
      const planCodes = plans
        .filter((p) => p.active)
        .sort((a, b) => a.sortOrder - b.sortOrder)
        .map((p) => p.code)
      return { ok: true, value: unwrap(await platformApi().onboarding.writeTemplate({ kind, planCodes })) }
    } catch (error) {
      return { ok: false, message: errorMessage(error) }
    } finally {
      writing.value = null
    }
  }

  return { writing, writeTemplate }
})
