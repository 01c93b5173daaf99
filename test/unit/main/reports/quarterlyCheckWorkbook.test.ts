import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { OUTCOME_LABEL } from '@shared/reports/quarterlyCheckReport'
import { writeOverallCheckWorkbook, writePartnerCheckWorkbook } from '../../../../src/main/reports/quarterlyCheckWorkbook'
import { formulaOf, readWorkbook, rowValues, sheet, useTempFolder } from '../excel/readBack'
import { checkReport, CONTEXT, fixture } from './fixtures'

const f = fixture()
const report = checkReport(f)
const noordRows = report.rows.filter((r) => r.partnerId === 'p1')
const temp = useTempFolder('check')

async function partnerSheet() {
  const written = await writePartnerCheckWorkbook(join(temp(), 'check.xlsx'), { ...report, rows: noordRows, partnerName: 'Zorggroep Noord' }, CONTEXT)
  return { written, ws: sheet(await readWorkbook(written.path), 'Abonnementscheck') }
}

describe('quarterly check list per partner (spec rule 9)', () => {
  it('has the outcome, usage / bundle per period, advice, begeleider and empty follow-up columns', async () => {
    const { ws } = await partnerSheet()
    expect(ws.getCell('A1').value).toBe('Abonnementscheck 2026-Q4 — Zorggroep Noord')
    expect(ws.getCell('A2').text).toContain('Contactpersoon partner: Carla Contact, 0501234567')
    expect(rowValues(ws, 5, 12)).toEqual([
      'Cliënt-\nnummer',
      'Naam',
      'Abonne-\nment, advies',
      'Uit-\nkomst',
      '2026-10\nverbr. / bundel',
      '2026-11\nverbr. / bundel',
      '2026-12\nverbr. / bundel',
      'Gem. per maand',
      'Begeleider',
      'Besproken met',
      'Datum',
      'Besluit',
    ])
    const lastRow = 5 + noordRows.length
    for (let row = 6; row <= lastRow; row++) {
      expect(rowValues(ws, row, 12).slice(9)).toEqual([null, null, null])
      expect(ws.getCell(row, 12).border).toMatchObject({ bottom: { style: 'thin' } })
      expect(ws.getRow(row).height).toBeGreaterThanOrEqual(30)
    }
    expect(ws.getCell(6, 9).value).toBe('Bea Begeleider\n0612345678')
  })

  it('puts deviations first: boven, onder, binnen, te kort actief', async () => {
    const { ws, written } = await partnerSheet()
    const outcomes = Array.from({ length: noordRows.length }, (_, i) => ws.getCell(6 + i, 4).value)
    const order = Object.values(OUTCOME_LABEL)
    expect([...outcomes].sort((a, b) => order.indexOf(a as string) - order.indexOf(b as string))).toEqual(outcomes)
    expect(outcomes).toContain('Boven bundel')
    expect(outcomes).toContain('Onder bundel')
    expect(outcomes).toContain('Te kort actief')
    expect(written.totals.boven + written.totals.onder + written.totals.binnen + written.totals.teKortActief).toBe(noordRows.length)
  })

  it('leaves a period empty when the client was not active in it, and gives no advice for te kort actief', async () => {
    const { ws } = await partnerSheet()
    // Client 1000 was activated on 10-11-2026: nothing in 2026-10, a partial 2026-11.
    const row = Array.from({ length: noordRows.length }, (_, i) => 6 + i).find((r) => ws.getCell(r, 1).value === '1000')!
    expect(ws.getCell(row, 4).value).toBe('Te kort actief')
    expect(rowValues(ws, row, 8).slice(4)).toEqual([null, expect.stringMatching(/^[\d.,]+ \/ 154,8$/), expect.stringMatching(/ \/ 300$/), null])
    expect(ws.getCell(row, 3).value).toBe('Plus')
  })

  it('advises only boven and onder; binnen and te kort actief show none', async () => {
    const { ws } = await partnerSheet()
    for (let row = 6; row < 6 + noordRows.length; row++) {
      const outcome = ws.getCell(row, 4).value
      const plan = ws.getCell(row, 3).text
      if (outcome === 'Binnen bundel' || outcome === 'Te kort actief') expect(plan).not.toContain('→')
      else expect(plan).toMatch(/\n→ \S/)
    }
  })

  it('counts the clients in a formula and prints landscape A4 at 82% (9 pt), header repeated', async () => {
    const { ws } = await partnerSheet()
    const t = 6 + noordRows.length
    expect(ws.getCell(`A${t}`).value).toBe('Aantal cliënten')
    expect(formulaOf(ws, `C${t}`)).toEqual({ formula: `COUNTA(C6:C${t - 1})`, result: noordRows.length })
    expect(ws.pageSetup).toMatchObject({ orientation: 'landscape', paperSize: 9, scale: 82, printTitlesRow: '5:5' })
    expect(ws.pageSetup.fitToPage).toBeFalsy()
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 5 })
  })
})

describe('overall quarterly check list', () => {
  it('counts the outcomes per partner with formulas over its block and lists every client with partner and contact', async () => {
    const written = await writeOverallCheckWorkbook(join(temp(), 'alle.xlsx'), report, CONTEXT)
    const wb = await readWorkbook(written.path)
    const summary = sheet(wb, 'Per partner')
    const clients = sheet(wb, 'Per cliënt')
    const n = noordRows.length
    const sorted = ["Zorg & Welzijn 'De Brug' / Zuid", 'Zorggroep Noord']
    // One subtitle line: the header is row 4, the partners rows 5 and 6.
    expect(summary.getCell('A4').value).toBe('Partner')
    expect([summary.getCell('A5').value, summary.getCell('A6').value]).toEqual(sorted)
    const z = report.rows.length - n
    expect(formulaOf(summary, 'C6')).toEqual({
      formula: `COUNTIF('Per cliënt'!E${6 + z}:E${5 + z + n},"Boven bundel")`,
      result: written.totals.boven - report.rows.filter((r) => r.partnerId === 'p2' && r.outcome === 'boven').length,
    })
    expect(formulaOf(summary, 'B7')).toEqual({ formula: 'SUM(B5:B6)', result: report.rows.length })
    expect(clients.getCell(5, 1).value).toBe('Partner, contact-\npersoon')
    expect(clients.getCell(6 + z, 1).value).toBe('Zorggroep Noord\nCarla Contact\n0501234567')
    expect(rowValues(clients, 5, 13).slice(10)).toEqual(['Besproken met', 'Datum', 'Besluit'])
    expect(written).toMatchObject({ rows: report.rows.length, totals: { partners: 2 } })
  })
})
