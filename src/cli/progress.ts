import type { Language } from '@shared/problems/words'
import { cliText } from './i18n/text'

/**
 * One progress line of the monthly run: `Partner 12 van 60: Zorggroep Noord`, and after the partners the
 * overviews across partners (`Overzicht 1 van 2: alle partners`).
 */
export function progressLine(lang: Language, done: number, total: number, partners: number, name: string): string {
  return done <= partners
    ? cliText(lang, 'cli.progressPartner', { done, total: partners, name })
    : cliText(lang, 'cli.progressOverview', { done: done - partners, total: total - partners })
}
