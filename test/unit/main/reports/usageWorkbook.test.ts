import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { writePartnerUsageWorkbook, writeUsageOverviewWorkbook } from '../../../../src/main/reports/usageWorkbook'
import { formulaOf, readWorkbook, rowValues, sheet, useTempFolder } from '../excel/readBack'
import { CONTEXT, fixture, partnerUsageReports, PERIOD_2026_11 } from './fixtures'

const f = fixture()
const [noord, zuid] = partnerUsageReports(f)
const temp = useTempFolder('usage')

describe('monthly usage report per partner (spec rule 8)', () => {
  it('lists each client with plan, pro rata bundle, minutes, % of bundle, contacts and the outside-bundle flag', async () => {
    const written = await writePartnerUsageWorkbook(join(temp(), 'Verbruik.xlsx'), noord!, CONTEXT)
    const ws = sheet(await readWorkbook(written.path), 'Verbruik')
    expect(ws.getCell('A1').value).toBe('Verbruiksoverzicht Zorggroep Noord')
    expect(ws.getCell('A2').value).toBe('Facturatieperiode 2026-11: 26-10-2026 t/m 25-11-2026')
    expect(rowValues(ws, 5, 11)).toEqual([
      'Cliëntnummer',
      'Naam',
      'Abonnement',
      'Dagen actief',
      'Inbegrepen minuten',
      'Belminuten',
      'Registratie-\nminuten',
      'Totaal minuten',
      '% van bundel',
      'Contacten',
      'Buiten bundel',
    ])
    const first = noord!.rows[0]!
    expect(rowValues(ws, 6, 11)).toEqual([
      first.clientNumber,
      first.clientName,
      first.planLabel,
      16,
      first.includedMinutes,
      first.callMinutes,
      first.registrationMinutes,
      first.totalMinutes,
      first.totalMinutes / first.includedMinutes,
      first.contacts,
      first.outsideBundle ? 'ja' : null,
    ])
    // The client whose plan changed mid-period shows both plans.
    expect(rowValues(ws, 7, 3)[2]).toBe('Basis → Plus')
  })

  it('adds partner totals as formulas with exact cached results and shades rows outside the bundle', async () => {
    const report = noord!
    const written = await writePartnerUsageWorkbook(join(temp(), 'Verbruik.xlsx'), report, CONTEXT)
    const ws = sheet(await readWorkbook(written.path), 'Verbruik')
    const t = 6 + report.rows.length
    const exact = (pick: (r: (typeof report.rows)[number]) => number) => report.rows.reduce((s, r) => s + Math.round(pick(r) * 100), 0) / 100
    expect(ws.getCell(`A${t}`).value).toBe('Totaal partner')
    expect(formulaOf(ws, `E${t}`)).toEqual({ formula: `SUM(E6:E${t - 1})`, result: exact((r) => r.includedMinutes) })
    expect(formulaOf(ws, `H${t}`)).toEqual({ formula: `SUM(H6:H${t - 1})`, result: exact((r) => r.totalMinutes) })
    expect(formulaOf(ws, `I${t}`)).toEqual({ formula: `IF(E${t}=0,"",H${t}/E${t})`, result: exact((r) => r.totalMinutes) / exact((r) => r.includedMinutes) })
    expect(formulaOf(ws, `K${t}`)).toEqual({ formula: `COUNTIF(K6:K${t - 1},"ja")`, result: report.rows.filter((r) => r.outsideBundle).length })
    expect(written.totals).toMatchObject({ totalMinutes: exact((r) => r.totalMinutes), outsideBundle: report.rows.filter((r) => r.outsideBundle).length })
    const outside = report.rows.findIndex((r) => r.outsideBundle)
    const inside = report.rows.findIndex((r) => !r.outsideBundle)
    expect(ws.getCell(`A${6 + outside}`).fill).toMatchObject({ pattern: 'solid' })
    expect(ws.getCell(`A${6 + inside}`).fill).toMatchObject({ pattern: 'none' })
    expect(ws.pageSetup).toMatchObject({ orientation: 'landscape', fitToWidth: 1, fitToHeight: 0, printTitlesRow: '5:5' })
  })

  it('says so when a partner has no clients in the period', async () => {
    const written = await writePartnerUsageWorkbook(join(temp(), 'Leeg.xlsx'), { ...noord!, rows: [] }, CONTEXT)
    const ws = sheet(await readWorkbook(written.path), 'Verbruik')
    expect(ws.getCell('A6').value).toBe('Geen cliënten met een abonnement of verbruik in deze periode.')
    expect(written.rows).toBe(0)
  })
})

describe('internal usage overview across partners', () => {
  it('totals each partner with formulas over its block of rows on the client sheet', async () => {
    const overview = { period: '2026-11', periodFrom: PERIOD_2026_11.from, periodTo: PERIOD_2026_11.last, reports: [noord!, { ...zuid!, rows: [] }, zuid!] }
    const written = await writeUsageOverviewWorkbook(join(temp(), 'Verbruik alle partners 2026-11.xlsx'), overview, CONTEXT)
    const wb = await readWorkbook(written.path)
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Per partner', 'Per cliënt'])
    const summary = sheet(wb, 'Per partner')
    const clients = sheet(wb, 'Per cliënt')
    const n = noord!.rows.length
    const z = zuid!.rows.length
    // Partners without rows are left out; each block is one range on the client sheet.
    expect(summary.getCell('A6').value).toBe('Zorggroep Noord')
    expect(formulaOf(summary, 'B6')).toEqual({ formula: `ROWS('Per cliënt'!B6:B${5 + n})`, result: n })
    expect(formulaOf(summary, 'F6').formula).toBe(`SUM('Per cliënt'!I6:I${5 + n})`)
    expect(formulaOf(summary, 'I6')).toEqual({ formula: `COUNTIF('Per cliënt'!L6:L${5 + n},"ja")`, result: noord!.rows.filter((r) => r.outsideBundle).length })
    expect(summary.getCell('A7').value).toBe(zuid!.partnerName)
    expect(formulaOf(summary, 'F7').formula).toBe(`SUM('Per cliënt'!I${6 + n}:I${5 + n + z})`)
    expect(summary.getCell('A8').value).toBe('Totaal alle partners')
    expect(formulaOf(summary, 'F8')).toEqual({ formula: 'SUM(F6:F7)', result: written.totals.totalMinutes })
    // The block ranges point at the right rows.
    expect(clients.getCell(`A${5 + n}`).value).toBe('Zorggroep Noord')
    expect(clients.getCell(`A${6 + n}`).value).toBe(zuid!.partnerName)
    expect(formulaOf(clients, `I${6 + n + z}`)).toEqual({ formula: `SUM(I6:I${5 + n + z})`, result: written.totals.totalMinutes })
    expect(written).toMatchObject({ rows: n + z, totals: { partners: 2 } })
  })
})
