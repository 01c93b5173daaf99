import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { computeSignalList } from '@shared/domain/signals/signalLists'
import { nameLookup } from '@shared/reports/names'
import { toSignalListReport } from '@shared/reports/signalListRows'
import { writeSignalListWorkbook } from '../../../../src/main/reports/signalListWorkbook'
import { PLANS, d } from '../../shared/domain/fixtures'
import { readWorkbook, rowValues, sheet, useTempFolder, utcDate } from '../excel/readBack'
import { CONTEXT, fixture } from './fixtures'

const temp = useTempFolder('signals')

describe('a signal list computed by the domain, written as a workbook', () => {
  it('shows the deregistrations to process with the computed effective date and the deadline', async () => {
    const f = fixture(5)
    const today = d('2026-11-24')
    const list = computeSignalList('afmeldingen-verwerken', {
      today,
      settings: f.settings,
      partners: f.partners,
      plans: PLANS,
      clients: f.clients,
      subscriptionPeriods: f.periods,
      changeRequests: [],
      // Received Tuesday 10-11-2026 asking for 20-10-2026: not retroactive, so effective on the day of receipt (spec rule 5).
      deregistrations: [
        { id: 'dr1', clientId: 'c2', receivedDate: d('2026-11-10'), requestedDate: d('2026-10-20'), effectiveDate: d('2026-11-10'), processedDate: null },
      ],
      usage: f.usage,
    })
    const report = toSignalListReport(list, nameLookup(f.partners, PLANS), today)
    const written = await writeSignalListWorkbook(join(temp(), 'werklijst.xlsx'), report, CONTEXT)
    const ws = sheet(await readWorkbook(written.path), 'Werklijst')
    expect(ws.getCell('A1').value).toBe('Afmeldingen te verwerken')
    expect(rowValues(ws, 5, 10)).toEqual([
      'Partner',
      'Cliënt-\nnummer',
      'Naam',
      'Uiterlijk',
      'Werkdagen over',
      'Te laat',
      'Ontvangen',
      'Gevraagd per',
      'Ingangsdatum',
      'Actie',
    ])
    // 10 working days after 10-11-2026 is 24-11-2026: today is the deadline, 0 days left, not yet overdue.
    expect(rowValues(ws, 6, 10)).toEqual([
      'Zorggroep Noord',
      '1001',
      'Maria de Vries-Jansen 2',
      utcDate('2026-11-24'),
      0,
      null,
      utcDate('2026-11-10'),
      utcDate('2026-10-20'),
      utcDate('2026-11-10'),
      'Afmelding verwerken per 10-11-2026 (eerste dag die niet meer wordt gefactureerd)',
    ])
  })
})
