import { afterEach, describe, expect, it } from 'vitest'
import { auditEventText } from '@renderer/components/audit/auditEventText'
import { setLocale, translate } from '@renderer/i18n'

afterEach(() => setLocale('nl'))

describe('auditEventText', () => {
  it('words an event with its parameters in the UI language', () => {
    const entry = { event: 'clientDeregistered', params: { clientNumber: '000123', clientName: 'Jan Jansen' } } as const
    expect(auditEventText(entry, translate)).toBe('Cliënt 000123 Jan Jansen afgemeld')
    setLocale('en')
    expect(auditEventText(entry, translate)).toBe('Client 000123 Jan Jansen deregistered')
    expect(auditEventText({ event: 'usageImported', params: { source: 'nov.csv', rows: 12, replaced: 0, periods: '2026-11' } }, translate)).toBe(
      'Usage imported from nov.csv: 12 rows (0 replaced), period(s) 2026-11',
    )
  })

  it('shows an entry from before events with the sentence it was recorded with', () => {
    setLocale('en')
    expect(auditEventText({ event: 'historic', params: {}, historicSummary: 'Partner Zorggroep Noord gewijzigd' }, translate)).toBe(
      'Partner Zorggroep Noord gewijzigd',
    )
  })
})
