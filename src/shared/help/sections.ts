/**
 * The sections of the user manual (docs/handleiding.md) a screen can point to. Each is the anchor of one of
 * its `##` headings, as `headingAnchor` makes it; a unit test checks every one exists, so a `?` never
 * lands nowhere.
 */
export const HELP_SECTIONS = [
  'eerste-start',
  'medewerkers',
  'zoeken',
  'werklijsten',
  'dashboard',
  'cliënten',
  'levensloop',
  'partners',
  'abonnementsvormen',
  'verbruik-inlezen',
  'maandfacturatie',
  'creditnotas',
  'abonnementscheck',
  'gegevens-importeren',
  'back-ups',
  'audittrail',
  'bewaartermijnen',
  'instellingen',
] as const

export type HelpSection = (typeof HELP_SECTIONS)[number]

export function isHelpSection(value: string): value is HelpSection {
  return (HELP_SECTIONS as readonly string[]).includes(value)
}

/**
 * The anchor of a heading, the way GitHub makes it (lower case, punctuation dropped, spaces become
 * hyphens), so a link into the manual works both in the repository and in the app.
 */
export function headingAnchor(text: string): string {
  return text
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-')
}
