import type { UiLanguage } from '@shared/i18n/language'

/** The UI language as main knows it: Dutch until the window says otherwise (at start and when the user changes it). */
export interface UiLanguageService {
  current(): UiLanguage
  set(language: UiLanguage): void
}

/** `onChange` runs only when the language really changes (the Electron shell rebuilds its menu there). */
export function createUiLanguage(onChange: (language: UiLanguage) => void = () => undefined): UiLanguageService {
  let current: UiLanguage = 'nl'
  return {
    current: () => current,
    set(language) {
      if (language === current) return
      current = language
      onChange(language)
    },
  }
}
