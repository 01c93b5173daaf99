import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { Invoice } from '@shared/model/invoice'
import { writeInvoiceWorkbook } from '../../../../src/main/reports/invoiceWorkbook'
import { invoiceFileName } from '../../../../src/main/reports/reportFileNames'
import { allCellTexts, filesIn, formulaOf, readWorkbook, rowWithLabel, sheet, useTempFolder, utcDate } from '../excel/readBack'
import { CONTEXT, finalAndCredit, fixture, invoicesFor } from './fixtures'

const f = fixture()
const temp = useTempFolder('invoice')

async function write(invoice: Invoice) {
  const written = await writeInvoiceWorkbook(join(temp(), invoiceFileName(invoice)), invoice, CONTEXT)
  const wb = await readWorkbook(written.path)
  return { written, wb, invoiceSheet: sheet(wb, 'Factuur'), overview: sheet(wb, 'Cliëntenoverzicht') }
}

/** The value next to a label on the Factuur sheet. */
function field(ws: Awaited<ReturnType<typeof write>>['invoiceSheet'], label: string): unknown {
  return ws.getCell(rowWithLabel(ws, label), 2).value
}

describe('invoice workbook (spec rule 7, F1, F2)', () => {
  it('has the sheets Factuur and Cliëntenoverzicht and a name that says what it is', async () => {
    const invoice = invoicesFor(f)[0]!
    const { written, wb } = await write(invoice)
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Factuur', 'Cliëntenoverzicht'])
    expect(filesIn(temp())).toEqual(['Factuur CONCEPT Zorggroep Noord 2026-11.xlsx'])
    expect(written).toMatchObject({ rows: invoice.lines.length, totals: { subtotalCents: invoice.subtotalCents, totalCents: invoice.totalCents } })
  })

  it('carries every field the Belastingdienst requires, from the frozen snapshots', async () => {
    const { final } = finalAndCredit(f)
    const { invoiceSheet: ws } = await write(final)
    const texts = allCellTexts(ws.workbook)
    const op = final.operator
    for (const expected of [
      op.name,
      op.street,
      `${op.postcode} ${op.city}`,
      `KvK ${op.kvkNumber} · Btw-id ${op.vatNumber}`,
      'Zorggroep Noord',
      'Hoofdstraat 1',
      '1234 AB Groningen',
    ]) {
      expect(texts).toContain(expected)
    }
    expect(ws.getCell('D1').value).toBe('FACTUUR')
    expect(field(ws, 'Factuurnummer')).toBe('2026-0001')
    expect(field(ws, 'Factuurdatum')).toEqual(utcDate('2026-12-01'))
    expect(ws.getCell(rowWithLabel(ws, 'Factuurdatum'), 2).numFmt).toBe('dd-mm-yyyy')
    expect(field(ws, 'Vervaldatum')).toEqual(utcDate('2026-12-31'))
    expect(field(ws, 'Uw debiteurnummer')).toBe('DEB-0042')
    expect(field(ws, 'Facturatieperiode')).toBe('2026-11')
    expect(field(ws, 'Periode van')).toEqual(utcDate('2026-10-26'))
    expect(field(ws, 'Periode tot en met')).toEqual(utcDate('2026-11-25'))
    expect(ws.getCell(rowWithLabel(ws, 'Omschrijving') + 1, 1).value).toMatch(/^Begeleiding op afstand/)
    expect(field(ws, 'IBAN')).toBe('NL91 ABNA 0417 1643 00')
    expect(field(ws, 'Betalingskenmerk')).toBe('2000 0000 2026 0001')
  })

  it('totals each plan from the client overview, then subtotal, VAT and total, all with exact cached results', async () => {
    const { final } = finalAndCredit(f)
    const { invoiceSheet: ws, overview } = await write(final)
    const header = rowWithLabel(ws, 'Abonnementsvorm')
    final.planSummary.forEach((plan, i) => {
      const row = header + 1 + i
      expect(ws.getCell(row, 1).value).toBe(plan.planName)
      // The unit price per plan: its monthly fee.
      expect(ws.getCell(row, 2).value).toBe(final.lines.find((l) => l.planId === plan.planId)!.feeCents / 100)
      expect(ws.getCell(row, 3).value).toBe(plan.clients)
      const last = 5 + final.lines.length
      expect(formulaOf(ws, `D${row}`)).toEqual({
        formula: `SUMPRODUCT(('Cliëntenoverzicht'!$C$6:$C$${last}=A${row})*'Cliëntenoverzicht'!$H$6:$H$${last})`,
        result: plan.amountCents / 100,
      })
    })
    const sub = rowWithLabel(ws, 'Subtotaal excl. btw')
    expect(formulaOf(ws, `D${sub}`)).toEqual({ formula: `SUM(D${header + 1}:D${sub - 1})`, result: final.subtotalCents / 100 })
    expect(ws.getCell(sub + 1, 1).value).toBe('Btw 21%')
    expect(formulaOf(ws, `D${sub + 1}`)).toEqual({ formula: `ROUND(D${sub}*21/100,2)`, result: final.vatCents / 100 })
    expect(ws.getCell(sub + 2, 1).value).toBe('Totaal te betalen')
    expect(formulaOf(ws, `D${sub + 2}`)).toEqual({ formula: `D${sub}+D${sub + 1}`, result: final.totalCents / 100 })
    expect(ws.getCell(`D${sub + 2}`).numFmt).toBe('"€" #,##0.00;"€" -#,##0.00')
    // The overview adds up to the same subtotal.
    const totalRow = 6 + final.lines.length
    expect(formulaOf(overview, `H${totalRow}`)).toEqual({ formula: `SUM(H6:H${totalRow - 1})`, result: final.subtotalCents / 100 })
  })

  it('prints the exemption text instead of a VAT amount for exempt care', async () => {
    const invoice = invoicesFor(f)[0]!
    const { invoiceSheet: ws } = await write(invoice)
    const vatRow = rowWithLabel(ws, 'Btw')
    expect(ws.getCell(vatRow, 2).value).toBe(invoice.vatExemptionText)
    expect(ws.getCell(vatRow, 4).value).toBeNull()
    const sub = rowWithLabel(ws, 'Subtotaal excl. btw')
    expect(formulaOf(ws, `D${vatRow + 1}`)).toEqual({ formula: `D${sub}`, result: invoice.totalCents / 100 })
  })

  it('marks a concept CONCEPT in the title, the number and the file name', async () => {
    const { invoiceSheet: ws } = await write(invoicesFor(f)[0]!)
    expect(ws.getCell('D1').value).toBe('CONCEPTFACTUUR')
    expect(field(ws, 'Factuurnummer')).toBe('CONCEPT')
  })

  it('marks a credit invoice CREDITNOTA with the number of the invoice it corrects', async () => {
    const { credit } = finalAndCredit(f)
    const { invoiceSheet: ws, overview } = await write(credit)
    expect(ws.getCell('D1').value).toBe('CREDITNOTA')
    expect(field(ws, 'Creditnotanummer')).toBe('2026-0002')
    expect(field(ws, 'Correctie van factuur')).toBe('2026-0001')
    const total = rowWithLabel(ws, 'Totaal te crediteren')
    expect(formulaOf(ws, `D${total}`).result).toBe(credit.totalCents / 100)
    expect(credit.totalCents).toBeLessThan(0)
    expect(overview.getCell('A1').value).toBe('Cliëntenoverzicht bij creditnota 2026-0002')
    // Never "Factuur aan" or "Factuurdatum" on a credit note; no betalingskenmerk.
    expect(rowWithLabel(ws, 'Creditnota aan')).toBeGreaterThan(0)
    expect(field(ws, 'Creditnotadatum')).toBeInstanceOf(Date)
    expect(() => rowWithLabel(ws, 'Factuur aan')).toThrow()
    expect(() => rowWithLabel(ws, 'Betalingskenmerk')).toThrow()
    expect(filesIn(temp())).toEqual(['Creditnota 2026-0002 Zorggroep Noord 2026-11.xlsx'])
  })

  it('lists every client billed with from and the last billed day, inclusive, as the header says', async () => {
    const invoice = invoicesFor(f)[0]!
    const { overview: ws } = await write(invoice)
    expect(ws.getRow(5).values).toEqual([
      undefined,
      'Cliëntnummer',
      'Naam',
      'Abonnement',
      'Van',
      'Tot en met (laatste dag)',
      'Gefactureerde dagen',
      'Tarief per maand',
      'Bedrag excl. btw',
    ])
    expect(ws.getCell('A3').text).toContain('"Tot en met" is de laatste gefactureerde dag')
    // Client 1000 was activated on 10-11-2026: 16 of 31 days of € 100,00 = € 51,61 (spec rule 7 example).
    expect(ws.getRow(6).values).toEqual([undefined, '1000', 'Maria de Vries-Jansen 1', 'Plus', utcDate('2026-11-10'), utcDate('2026-11-25'), 16, 100, 51.61])
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 5 })
    expect(ws.autoFilter).toBe(`A5:H${5 + invoice.lines.length}`)
    expect(ws.pageSetup).toMatchObject({ paperSize: 9, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '5:5' })
  })

  it('prints the invoice on A4 with page numbers and the generation date in the footer', async () => {
    const { invoiceSheet: ws } = await write(invoicesFor(f)[0]!)
    expect(ws.pageSetup).toMatchObject({ paperSize: 9, orientation: 'portrait', fitToWidth: 1, fitToHeight: 0 })
    expect(ws.headerFooter.oddFooter).toBe('&L&8Factuur CONCEPT Zorggroep Noord 2026-11&C&8Pagina &P van &N&R&8Aangemaakt op 01-12-2026')
  })

  it('never contains a BSN, although every client of this partner has one', async () => {
    const { final, credit } = finalAndCredit(f)
    for (const invoice of [invoicesFor(f)[0]!, final, credit]) {
      const { wb } = await write(invoice)
      const texts = allCellTexts(wb).join('\n')
      for (const bsn of f.bsns) expect(texts).not.toContain(bsn)
    }
    // The invoice model itself has no place for one.
    expect(Object.keys(final.lines[0]!)).not.toContain('bsn')
    expect(Object.keys(final.partner)).not.toContain('bsn')
  })
})
