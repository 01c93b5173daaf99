import { defineStore } from 'pinia'
import { ref } from 'vue'
import type { Settings } from '@shared/model'
import { repositories, storageInfo } from '../data'
import { checkSettingsDraft, type SettingsDraft } from '../forms/settingsForm'
import type { FieldErrors } from '../forms/fieldErrors'
import { setLocale, type Locale } from '../i18n'
import { hasPlatformApi, platformApi } from '../platform/api'
import { errorMessage, failure, type Outcome } from './outcome'

/** Spec D2: shown in Settings. Bytes; null where the platform cannot tell. */
export interface StorageStatus {
  persisted: boolean | null
  usage: number | null
  quota: number | null
}

/**
 * Main words its menu and dialogs in the UI language too. Without the app's bridge (a browser) there is
 * nobody to tell; a failure only leaves the menu in the previous language.
 */
function tellMain(locale: Locale): void {
  if (!hasPlatformApi()) return
  platformApi()
    .app.setLanguage({ language: locale })
    .catch(() => undefined)
}

export const useSettingsStore = defineStore('settings', () => {
  const settings = ref<Settings | null>(null)
  const storage = ref<StorageStatus | null>(null)
  const saving = ref(false)
  const loadError = ref<string | null>(null)
  const fieldErrors = ref<FieldErrors>({})

  function apply(value: Settings) {
    settings.value = value
    setLocale(value.locale)
    tellMain(value.locale)
  }

  async function load(): Promise<void> {
    try {
      apply(await repositories().settings.get())
      loadError.value = null
    } catch (error) {
      loadError.value = errorMessage(error)
    }
  }

  async function loadStorage(): Promise<void> {
    const info = await storageInfo()
    storage.value = { persisted: info.persisted, usage: info.usageBytes, quota: info.quotaBytes }
  }

  function clearErrors() {
    fieldErrors.value = {}
  }

  async function save(draft: SettingsDraft): Promise<Outcome<Settings>> {
    const checked = checkSettingsDraft(draft)
    if (!checked.ok) {
      fieldErrors.value = checked.errors
      return { ok: false, message: null }
    }
    saving.value = true
    try {
      const saved = await repositories().settings.save(checked.value)
      fieldErrors.value = {}
      apply(saved)
      return { ok: true, value: saved }
    } catch (error) {
      return failure(error, (errors) => (fieldErrors.value = errors))
    } finally {
      saving.value = false
    }
  }

  return { settings, storage, saving, loadError, fieldErrors, load, loadStorage, clearErrors, save }
})
