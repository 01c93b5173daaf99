/** The languages the UI speaks; Dutch is the default (spec: UI language). */
export const UI_LANGUAGES = ['nl', 'en'] as const
export type UiLanguage = (typeof UI_LANGUAGES)[number]
