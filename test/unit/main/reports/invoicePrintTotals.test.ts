import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import JSZip from 'jszip'
import { describe, expect, it } from 'vitest'
import type { Invoice } from '@shared/model/invoice'
import { writeInvoiceWorkbook } from '../../../../src/main/reports/invoiceWorkbook'
import { readWorkbook, rowWithLabel, sheet, useTempFolder } from '../excel/readBack'
import { CONTEXT, fixture, invoicesFor } from './fixtures'

const temp = useTempFolder('invoice-print')

/** Zorggroep Noord's invoice with `n` clients: client 1001 changes plan, so it has `n + 1` lines. */
const invoiceOf = (n: number): Invoice => invoicesFor(fixture(n))[0]!

async function breaksOf(path: string): Promise<number[]> {
  const zip = await JSZip.loadAsync(readFileSync(path))
  const xml = (await zip.file('xl/worksheets/sheet2.xml')?.async('string')) ?? ''
  return [...xml.matchAll(/<brk id="(\d+)"/g)].map((m) => Number(m[1]))
}

describe('invoice client overview on paper', () => {
  it('keeps the total with at least its last two rows: a break before them only where the total would be alone', async () => {
    const broken: number[] = []
    for (let n = 28; n <= 68; n++) {
      const written = await writeInvoiceWorkbook(join(temp(), `f${n}.xlsx`), invoiceOf(n), CONTEXT)
      const ws = sheet(await readWorkbook(written.path), 'Cliëntenoverzicht')
      const totalsRow = rowWithLabel(ws, 'Totaal excl. btw')
      const breaks = await breaksOf(written.path)
      expect(breaks.length).toBeLessThanOrEqual(1)
      // brk id is the last row above the break: the page after it starts with the last two data rows.
      for (const id of breaks) expect(totalsRow - (id + 1)).toBe(2)
      if (breaks.length > 0) broken.push(n)
    }
    // Some lengths end a page right at the last row; most need no break.
    expect(broken.length).toBeGreaterThan(0)
    expect(broken.length).toBeLessThan(10)
  })

  it('counts clients, not lines, in words', async () => {
    const invoice = invoiceOf(6)
    expect(invoice.lines.length).toBe(7)
    const written = await writeInvoiceWorkbook(join(temp(), 'zes.xlsx'), invoice, CONTEXT)
    const text = sheet(await readWorkbook(written.path), 'Factuur')
      .getSheetValues()
      .flat()
      .filter((v): v is string => typeof v === 'string')
      .join(' ')
    expect(text).toContain('voor 6 cliënten')
    expect(text).not.toContain('7 cliënten')
  })
})
