import { execFileSync } from 'node:child_process'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { formatDate } from '@shared/format/date'
import { formatMoney } from '@shared/format/money'
import type { Invoice } from '@shared/model/invoice'
import { isValidBetalingskenmerk } from '@shared/payment/betalingskenmerk'
import { invoicePaymentReference } from '@shared/reports/paymentReference'
import { addDays } from '@shared/calendar/dateMath'
import { writeInvoicePdf } from '../../../../src/main/pdf/invoicePdf'
import { pdfFontList, pdfPageCount, pdfPages, qrCodesOnPage } from '../../../support/pdfReadBack'
import { tempFolder } from '../tempFolder'
import { pngImage } from '../../../support/pngImage'
import { finalAndCredit, fixture, invoicesFor, TODAY } from '../reports/fixtures'
import { d } from '../../shared/domain/fixtures'
import { finaliseInvoice } from '@shared/domain/invoicing/numbering'
import { partialCreditInvoice } from '@shared/domain/invoicing/partialCredit'

const f = fixture(80)
const { final, credit } = finalAndCredit(f)
const concept = invoicesFor(f)[0]!

async function pdfOf(invoice: Invoice, generatedOn = TODAY, name = 'factuur.pdf'): Promise<{ path: string; pages: string[] }> {
  const written = await writeInvoicePdf(join(tempFolder('pdf'), name), invoice, { generatedOn })
  return { path: written.path, pages: pdfPages(written.path) }
}

/** Text as pdftotext lays it out, with runs of spaces made one, so a test need not know the columns. */
const flat = (text: string) => text.replace(/[ \t]+/g, ' ')

describe('invoice PDF: a final invoice', () => {
  it('prints every field the Belastingdienst requires, with the invoice’s own figures (spec F1)', async () => {
    const { pages } = await pdfOf(final)
    const first = flat(pages[0]!)
    const op = final.operator
    for (const text of [
      op.name,
      op.street,
      `${op.postcode} ${op.city}`,
      `KvK ${op.kvkNumber}`,
      `Btw-id ${op.vatNumber}`,
      final.partner.name,
      final.partner.invoiceAddress.street,
      `${final.partner.invoiceAddress.postcode} ${final.partner.invoiceAddress.city}`,
      `Factuurnummer ${final.number}`,
      `Factuurdatum ${formatDate(final.invoiceDate)}`,
      `Vervaldatum ${formatDate(final.dueDate)}`,
      `Periode ${formatDate(final.periodFrom)} t/m ${formatDate(final.periodTo)}`,
      'Begeleiding op afstand',
      `Subtotaal excl. btw ${formatMoney(final.subtotalCents)}`,
      `Btw ${final.vatRatePercent}% ${formatMoney(final.vatCents)}`,
      `Totaal te betalen ${formatMoney(final.totalCents)}`,
    ]) {
      expect(first, text).toContain(text)
    }
    expect(first).toContain('FACTUUR')
    expect(first).not.toContain('CONCEPT')
    for (const plan of final.planSummary)
      expect(first).toMatch(new RegExp(`${plan.planName} ${plan.clients} € [\\d.,]+ ${formatMoney(plan.amountCents).replace(/[.€]/g, '\\$&')}`))
  })

  it('lists every client line in the overview, and its total is the invoice’s subtotal', async () => {
    const { pages } = await pdfOf(final)
    const overview = flat(pages.slice(1).join('\n'))
    for (const line of final.lines) {
      expect(overview).toContain(`${line.clientNumber} ${line.clientName} `)
      expect(overview).toContain(
        `${formatDate(line.from)} ${formatDate(addDays(line.until, -1))} ${line.billedDays} ${formatMoney(line.feeCents)} ${formatMoney(line.amountCents)}`,
      )
    }
    const clients = new Set(final.lines.map((l) => l.clientId)).size
    expect(overview).toContain(`Totaal excl. btw (${clients} cliënten, ${final.lines.length} regels) ${formatMoney(final.subtotalCents)}`)
    // No BSN of any client appears, although every client of this partner has one.
    for (const bsn of f.bsns) expect(overview).not.toContain(bsn)
  })

  it('numbers every page "Pagina X van Y" and embeds every font it uses', async () => {
    const { path, pages } = await pdfOf(final)
    expect(pages.length).toBe(pdfPageCount(path))
    expect(pages.length).toBeGreaterThanOrEqual(3)
    pages.forEach((page, i) => expect(flat(page)).toContain(`Pagina ${i + 1} van ${pages.length}`))
    const fonts = pdfFontList(path)
    expect(fonts.length).toBeGreaterThan(0)
    expect(fonts.every((font) => font.embedded)).toBe(true)
    expect(fonts.map((font) => font.name.replace(/^[A-Z]{6}\+/, '')).sort()).toEqual(['LiberationSans', 'LiberationSans-Bold'])
  })

  it('carries the betalingskenmerk and an EPC QR code whose every field is right, on the first page only', async () => {
    const { path, pages } = await pdfOf(final)
    const reference = invoicePaymentReference(final)!
    expect(isValidBetalingskenmerk(reference)).toBe(true)
    expect(flat(pages[0]!)).toContain(`Betalingskenmerk ${reference.replace(/(\d{4})(?=\d)/g, '$1 ')}`)
    const [qr, ...more] = qrCodesOnPage(path, 1)
    expect(more).toEqual([])
    const amount = `EUR${Math.floor(final.totalCents / 100)}.${String(final.totalCents % 100).padStart(2, '0')}`
    expect(qr?.replace(/\n$/, '').split('\n')).toEqual(['BCD', '002', '1', 'SCT', '', final.operator.name, final.operator.iban, amount, '', '', reference])
    expect(qrCodesOnPage(path, 2)).toEqual([])
  })

  it('reprints with the same content: only the footer’s date differs (spec F2)', async () => {
    const first = await pdfOf(final, TODAY, 'eerste.pdf')
    const later = await pdfOf(final, d('2027-03-01'), 'later.pdf')
    const content = (pages: string[]) => pages.map((p) => p.replace(/gemaakt \d{2}-\d{2}-\d{4}/, ''))
    expect(content(later.pages)).toEqual(content(first.pages))
    expect(later.pages).not.toEqual(first.pages)
  })
})

describe('invoice PDF: concepts and credit notes', () => {
  it('marks every page of demo data VOORBEELD, final or concept, in the title and the footer', async () => {
    for (const invoice of [
      { ...final, demo: true as const },
      { ...concept, demo: true as const },
    ]) {
      const { pages } = await pdfOf(invoice)
      for (const page of pages) expect(flat(page)).toMatch(/VOORBEELD · (CONCEPT · )?Pagina \d+ van \d+/)
      expect(flat(pages[0]!)).toMatch(/VOORBEELD (CONCEPT)?FACTUUR/)
    }
  })

  it('marks every page of a concept CONCEPT, with neither betalingskenmerk nor QR code', async () => {
    const { path, pages } = await pdfOf(concept)
    expect(pages.length).toBeGreaterThanOrEqual(3)
    for (const page of pages) expect(flat(page)).toMatch(/CONCEPT · Pagina \d+ van \d+/)
    expect(flat(pages[0]!)).toContain('CONCEPTFACTUUR')
    expect(flat(pages[0]!)).toContain('Betalingskenmerk volgt bij de definitieve factuur')
    expect(qrCodesOnPage(path, 1)).toEqual([])
  })

  it('says Creditnota, Creditnotadatum and the credited invoice, never "Factuur aan", and carries no QR code', async () => {
    const { path, pages } = await pdfOf(credit)
    const first = flat(pages[0]!)
    expect(first).toContain('CREDITNOTA')
    expect(first).toContain('Creditnota aan')
    expect(first).toContain(`Creditnotanummer ${credit.number}`)
    expect(first).toContain(`Creditnotadatum ${formatDate(credit.invoiceDate)}`)
    expect(first).toContain(`Corrigeert factuur ${final.number}`)
    expect(first).toContain(`Totaal te crediteren ${formatMoney(credit.totalCents)}`)
    expect(first).not.toContain('Factuur aan')
    expect(first).not.toContain('Betalingskenmerk')
    expect(qrCodesOnPage(path, 1)).toEqual([])
  })

  it('a partial credit note: only the credited clients, the credited invoice and the reason', async () => {
    const clientIds = [...new Set(final.lines.map((l) => l.clientId))].slice(0, 2)
    const partial = finaliseInvoice(
      partialCreditInvoice(final, [], { id: 'credit-2', invoiceDate: d('2026-12-10'), paymentTermDays: 30, clientIds, reason: 'Verkeerde startdatum' }),
      {
        existingNumbers: [final.number!],
        finalisedDate: d('2026-12-10'),
        paymentTermDays: 30,
      },
    )
    const { pages } = await pdfOf(partial, TODAY, 'deelcredit.pdf')
    const first = flat(pages[0]!)
    for (const text of [
      'CREDITNOTA',
      'Creditnota aan',
      `Creditnotadatum ${formatDate(partial.invoiceDate)}`,
      `Corrigeert factuur ${final.number}`,
      'Reden: Verkeerde startdatum',
      `Totaal te crediteren ${formatMoney(partial.totalCents)}`,
    ]) {
      expect(first, text).toContain(text)
    }
    expect(first).not.toContain('Factuur aan')
    const overview = flat(pages.slice(1).join('\n'))
    for (const line of final.lines) expect(overview.includes(line.clientNumber), line.clientNumber).toBe(clientIds.includes(line.clientId))
  })

  it('a correction says which invoice it corrects', async () => {
    const { pages } = await pdfOf({ ...final, correctsInvoiceId: 'x', correctsInvoiceNumber: '2026-0007' }, TODAY, 'correctie.pdf')
    expect(flat(pages.join('\n'))).toContain('Correctie op factuur 2026-0007')
  })

  it('keeps the total with at least the last two client rows, also where a page fills up', async () => {
    // The first overview page holds 51 rows, the next ones 53: the counts around both page breaks.
    const long = finalAndCredit(fixture(120)).final
    const pageSizes: number[][] = []
    for (const count of [49, 50, 51, 52, 53, 54, 102, 103, 104, 105, 106, 107]) {
      const invoice = { ...long, lines: long.lines.slice(0, count) }
      const subtotalCents = invoice.lines.reduce((s, l) => s + l.amountCents, 0)
      const byPlan = new Map<string, { clients: Set<string>; cents: number }>()
      for (const l of invoice.lines) {
        const entry = byPlan.get(l.planId) ?? { clients: new Set(), cents: 0 }
        entry.clients.add(l.clientId)
        entry.cents += l.amountCents
        byPlan.set(l.planId, entry)
      }
      const planSummary = long.planSummary
        .filter((p) => byPlan.has(p.planId))
        .map((p) => ({ ...p, clients: byPlan.get(p.planId)!.clients.size, amountCents: byPlan.get(p.planId)!.cents }))
      const vatCents = Math.round((subtotalCents * long.vatRatePercent) / 100)
      const { pages } = await pdfOf({ ...invoice, planSummary, subtotalCents, vatCents, totalCents: subtotalCents + vatCents }, TODAY, `lines-${count}.pdf`)
      const last = pages.at(-1)!
      expect(last, `${count} lines`).toContain('Totaal excl. btw (')
      const rows = last.split('\n').filter((line) => /^\s*\d{4}\s/.test(line))
      expect(rows.length, `${count} lines`).toBeGreaterThanOrEqual(2)
      pageSizes.push(pages.slice(1).map((page) => page.split('\n').filter((line) => /^\s*\d{4}\s/.test(line)).length))
    }
    // The counts do cross the page breaks: some runs end with a short last page, all rows are there.
    expect(pageSizes.some((sizes) => sizes.length === 2 && sizes[1]! <= 3)).toBe(true)
    expect(pageSizes.some((sizes) => sizes.length === 3 && sizes[2]! <= 3)).toBe(true)
  }, 60_000)
})

describe('invoice PDF: the operator’s logo', () => {
  /** `pdfimages -list`: one row per image with its page and size in pixels. */
  const images = (path: string) =>
    execFileSync('pdfimages', ['-list', path], { encoding: 'utf8' })
      .split('\n')
      .slice(2)
      .filter((row) => row.trim() !== '')
      .map((row) => row.trim().split(/\s+/))
      .map((cells) => ({ page: Number(cells[0]), width: Number(cells[3]), height: Number(cells[4]) }))

  it('embeds the logo on page 1 of an invoice, a credit note and a concept, and nothing without one', async () => {
    const logo = { bytes: pngImage(400, 100), width: 400, height: 100 }
    for (const invoice of [final, credit, concept]) {
      const written = await writeInvoicePdf(join(tempFolder('pdf'), 'logo.pdf'), invoice, { generatedOn: TODAY, logo })
      expect(images(written.path).filter((image) => image.width === 400 && image.height === 100)).toEqual([{ page: 1, width: 400, height: 100 }])
      // The text of page 1 is all still there beside it.
      expect(pdfPages(written.path)[0]).toContain(invoice.partner.name)
    }
    const without = await writeInvoicePdf(join(tempFolder('pdf'), 'zonder.pdf'), concept, { generatedOn: TODAY })
    expect(images(without.path)).toEqual([])
  })
})
