import { createI18n } from 'vue-i18n'
import nl, { type Messages } from './nl'
import en from './en'

export type Locale = 'nl' | 'en'

declare module 'vue-i18n' {
  // Typed keys: `t('clients.bsn')` fails to compile when the key does not exist.
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  export interface DefineLocaleMessage extends Messages {}
}

/** Composition-mode i18n; Dutch is the default and the fallback (spec: UI language). */
export function createAppI18n(locale: Locale = 'nl') {
  return createI18n({
    legacy: false,
    locale,
    fallbackLocale: 'nl',
    messages: { nl, en },
    missingWarn: false,
    fallbackWarn: false,
  })
}

/**
 * The one instance the app installs. Stores translate field errors through it, so they need no
 * component context; components use `useI18n()`.
 */
export const i18n = createAppI18n()

/** `plural` picks the form of a `one | many` message (vue-i18n's count). */
export function translate(key: string, params: Record<string, string | number> = {}, plural?: number): string {
  return plural === undefined ? i18n.global.t(key, params) : i18n.global.t(key, params, plural)
}

export function setLocale(locale: Locale): void {
  i18n.global.locale.value = locale
}
