import { describe, expect, it } from 'vitest'
import { parseCalendarDate } from '@shared/calendar/calendarDate'
import {
  invoiceFileName,
  overallCheckFileName,
  partnerCheckFileName,
  partnerUsageFileName,
  signalListFileName,
  usageOverviewFileName,
} from '../../../../src/main/reports/reportFileNames'

const partner = { name: 'Zorggroep Noord' }

describe('report file names say what the file is', () => {
  it.each([
    [
      invoiceFileName({ kind: 'factuur', status: 'definitief', number: '2026-0001', period: '2026-11', partner }),
      'Factuur 2026-0001 Zorggroep Noord 2026-11.xlsx',
    ],
    [invoiceFileName({ kind: 'factuur', status: 'concept', number: null, period: '2026-11', partner }), 'Factuur CONCEPT Zorggroep Noord 2026-11.xlsx'],
    [
      invoiceFileName({ kind: 'creditnota', status: 'definitief', number: '2026-0007', period: '2026-11', partner }),
      'Creditnota 2026-0007 Zorggroep Noord 2026-11.xlsx',
    ],
    [
      invoiceFileName({ kind: 'factuur', status: 'definitief', number: '2026-0001', period: '2026-11', partner, demo: true }, 'pdf'),
      'VOORBEELD Factuur 2026-0001 Zorggroep Noord 2026-11.pdf',
    ],
    [partnerUsageFileName('Zorggroep Noord', '2026-11'), 'Verbruik Zorggroep Noord 2026-11.xlsx'],
    [usageOverviewFileName('2026-11'), 'Verbruik alle partners 2026-11.xlsx'],
    [partnerCheckFileName('Zorggroep Noord', '2026-Q4'), 'Abonnementscheck Zorggroep Noord 2026-Q4.xlsx'],
    [overallCheckFileName('2026-Q4'), 'Abonnementscheck alle partners 2026-Q4.xlsx'],
    [signalListFileName('Afmeldingen te verwerken', parseCalendarDate('2026-11-10')), 'Werklijst Afmeldingen te verwerken 2026-11-10.xlsx'],
  ])('%s', (actual, expected) => {
    expect(actual).toBe(expected)
  })

  it('replaces characters Windows and macOS refuse, keeping Dutch letters', () => {
    expect(partnerUsageFileName('Zorg: "Noord/Zuid" <B.V.>?*|', '2026-11')).toBe('Verbruik Zorg- -Noord-Zuid- -B.V.---- 2026-11.xlsx')
    expect(partnerCheckFileName('Cliëntzorg Ölmühle', '2026-Q1')).toBe('Abonnementscheck Cliëntzorg Ölmühle 2026-Q1.xlsx')
    expect(partnerUsageFileName('Zorg\tmet\nregels', '2026-11')).toBe('Verbruik Zorg met regels 2026-11.xlsx')
  })
})
