import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { formatDate } from '@shared/format/date'
import { formatMoney } from '@shared/format/money'
import { isValidBetalingskenmerk } from '@shared/payment/betalingskenmerk'
import { validateBackup } from '@shared/backup/validate'
import type { BackupData } from '@shared/backup/schema'
import { summarySchema, type Summary } from '@shared/summary'
import { EXIT } from '../../../src/cli/exitCodes'
import { main } from '../../../src/cli/main'
import { memoryIo } from './memoryIo'
import { parseEml } from '../../support/emlParse'
import { pdfPages, qrCodesOnPage } from '../../support/pdfReadBack'
import { CREDIT_NOTE_XSD, INVOICE_XSD, schematronFatal, xmllintAll } from '../../support/ublValidation'

/**
 * The design-case demo data, finalised for 2026-10 with `finalise`, then `run` over the new backup: every
 * document a partner receives, checked against summary.json and by the independent readers.
 */
const TODAY = '2026-11-23'
let dir = ''
let out = ''
let data: BackupData
let summary: Summary
let finaliseErr: string[] = []

const flat = (text: string) => text.replace(/[ \t]+/g, ' ')

beforeAll(async () => {
  // One folder for the whole file (tempFolder removes its folder after each test).
  dir = mkdtempSync(join(tmpdir(), 'cli-documents-'))
  expect(await main(['demo', '--out', 'demo.json', '--today', TODAY], memoryIo(dir, TODAY))).toBe(EXIT.ok)
  const finalise = memoryIo(dir, TODAY)
  expect(await main(['finalise', '--backup', 'demo.json', '--period', '2026-10', '--out', 'definitief.json'], finalise)).toBe(EXIT.ok)
  finaliseErr = finalise.stderr
  const validation = validateBackup(JSON.parse(readFileSync(join(dir, 'definitief.json'), 'utf8')))
  if (!validation.ok) throw new Error(validation.problem.code)
  data = validation.file.data
  expect(await main(['run', '--backup', 'definitief.json', '--period', '2026-10', '--out', 'uit'], memoryIo(dir, TODAY))).toBe(EXIT.ok)
  out = join(dir, 'uit')
  summary = summarySchema.parse(JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8')))
}, 300_000)

afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('finalise → run: the documents of a final period', () => {
  it('finalise numbers every partner’s invoice gaplessly, in partner-name order, and records it in the audit trail', () => {
    const finals = data.invoices.filter((i) => i.period === '2026-10' && i.status === 'definitief')
    const billed = summary.partners.filter((p) => p.invoice !== null)
    expect(finals).toHaveLength(billed.length)
    const byName = [...finals].sort((a, b) => a.partner.name.localeCompare(b.partner.name, 'nl'))
    expect(byName.map((i) => i.number)).toEqual(byName.map((_, n) => `2026-${String(n + 1).padStart(4, '0')}`))
    expect(finals.every((i) => i.invoiceDate === TODAY && i.finalisedDate === TODAY)).toBe(true)
    expect(data.auditEntries.filter((e) => e.event === 'invoiceFinalised')).toHaveLength(finals.length)
    expect(finaliseErr.join('\n')).toMatch(
      new RegExp(`Definitief gemaakt: ${finals.length} facturen, 2026-0001 t/m 2026-${String(finals.length).padStart(4, '0')}`),
    )
  })

  it('lists every file in summary.json: per final invoice the workbook, PDF, e-invoice and e-mail draft', () => {
    expect(readdirSync(out).sort()).toEqual([...summary.files.map((f) => f.fileName), 'summary.json'].sort())
    for (const partner of summary.partners.filter((p) => p.invoice !== null)) {
      const invoice = partner.invoice!
      expect(invoice.status).toBe('definitief')
      expect(isValidBetalingskenmerk(invoice.paymentReference ?? '')).toBe(true)
      const base = `VOORBEELD Factuur ${invoice.number} ${partner.name} 2026-10`
      const kinds = summary.files.filter((f) => f.partnerId === partner.partnerId && f.fileName.startsWith(base)).map((f) => [f.kind, f.fileName])
      // Every demo partner has a KvK number, so every final invoice has its e-invoice.
      expect(kinds).toEqual([
        ['factuur', `${base}.xlsx`],
        ['factuur-pdf', `${base}.pdf`],
        ['e-factuur', `${base}.xml`],
        ['e-mailconcept', `${base}.eml`],
      ])
    }
  })

  it('every e-invoice passes the UBL 2.1 schema and the SI-UBL 2.0 rules with zero fatal findings, and its total is the summary’s', () => {
    const xml = summary.files.filter((f) => f.kind === 'e-factuur')
    expect(xml.length).toBeGreaterThan(50)
    xmllintAll(
      xml.map((f) => join(out, f.fileName)),
      INVOICE_XSD,
    )
    // Saxon reads a folder; the run's folder holds other files, so the e-invoices are copied to their own.
    const inDir = join(dir, 'ubl-in')
    mkdirSync(inDir)
    xml.forEach((f, n) => copyFileSync(join(out, f.fileName), join(inDir, `f${n}.xml`)))
    const fatal = schematronFatal(inDir, join(dir, 'ubl-out'))
    expect(Object.keys(fatal)).toHaveLength(xml.length)
    expect(Object.entries(fatal).filter(([, ids]) => ids.length > 0)).toEqual([])
    for (const file of xml) {
      const text = readFileSync(join(out, file.fileName), 'utf8')
      const invoice = summary.partners.find((p) => p.partnerId === file.partnerId)!.invoice!
      const payable = /<cbc:PayableAmount currencyID="EUR">([\d.]+)<\/cbc:PayableAmount>/.exec(text)?.[1]
      expect(Math.round(Number(payable) * 100)).toBe(invoice.totalCents)
      expect(text).toContain(`<cbc:PaymentID>${invoice.paymentReference}</cbc:PaymentID>`)
      expect(text.match(/<cac:InvoiceLine>/g)).toHaveLength(invoice.lines.length)
    }
    expect(CREDIT_NOTE_XSD).toMatch(/CreditNote/)
  }, 300_000)

  it('each PDF shows the summary’s number, total, lines and betalingskenmerk, and the QR code pays exactly that', () => {
    const partners = summary.partners.filter((p) => p.invoice !== null).slice(0, 4)
    for (const partner of partners) {
      const invoice = partner.invoice!
      const path = join(out, `VOORBEELD Factuur ${invoice.number} ${partner.name} 2026-10.pdf`)
      const pages = pdfPages(path).map(flat)
      const first = pages[0]!
      expect(first).toContain(`Factuurnummer ${invoice.number}`)
      expect(first).toContain(`Totaal te betalen ${formatMoney(invoice.totalCents)}`)
      expect(first).toContain(`Betalingskenmerk ${invoice.paymentReference!.replace(/(\d{4})(?=\d)/g, '$1 ')}`)
      const rest = pages.slice(1).join('\n')
      const stored = data.invoices.find((i) => i.number === invoice.number)!
      for (const line of invoice.lines) {
        const client = stored.lines.find((l) => l.clientId === line.clientId && l.from === line.from)!
        expect(rest).toContain(`${line.clientNumber} ${client.clientName}`)
        expect(rest).toContain(`${formatDate(line.from)} `)
        expect(rest).toContain(formatMoney(line.amountCents))
      }
      expect(rest).toContain(`${formatMoney(invoice.subtotalCents)}`)
      if (partner.invoice?.buyerReference) expect(first).toContain(`Uw kenmerk ${partner.invoice.buyerReference}`)
    }
    const one = partners[0]!.invoice!
    const qr = qrCodesOnPage(join(out, `VOORBEELD Factuur ${one.number} ${partners[0]!.name} 2026-10.pdf`), 1)[0] ?? ''
    const lines = qr.replace(/\n$/, '').split('\n')
    expect(lines.slice(0, 4)).toEqual(['BCD', '002', '1', 'SCT'])
    expect(lines[6]).toBe(data.settings.operator.iban)
    expect(lines[7]).toBe(`EUR${(one.totalCents / 100).toFixed(2)}`)
    expect(lines[10]).toBe(one.paymentReference)
  })

  it('each e-mail draft is an unsent message to the partner with the PDF and the e-invoice attached, as written', () => {
    const drafts = summary.files.filter((f) => f.kind === 'e-mailconcept')
    for (const draft of drafts.slice(0, 5)) {
      const partner = summary.partners.find((p) => p.partnerId === draft.partnerId)!
      const stored = data.partners.find((p) => p.id === draft.partnerId)!
      const invoice = partner.invoice!
      const eml = parseEml(join(out, draft.fileName))
      expect(eml.headers['X-Unsent']).toBe('1')
      expect(eml.headers.To).toContain(`<${stored.invoiceEmail}>`)
      expect(eml.headers.Subject).toBe(`VOORBEELD – Factuur ${invoice.number} 2026-10 ${data.settings.operator.name}`)
      expect(eml.text).toContain(`factuur ${invoice.number}`)
      expect(eml.text).toContain(formatMoney(invoice.totalCents))
      const base = `VOORBEELD Factuur ${invoice.number} ${partner.name} 2026-10`
      expect(eml.attachments.map((a) => [a.fileName, a.contentType])).toEqual([
        [`${base}.pdf`, 'application/pdf'],
        [`${base}.xml`, 'application/xml'],
      ])
      expect(Buffer.from(eml.attachments[0]!.base64, 'base64').equals(readFileSync(join(out, `${base}.pdf`)))).toBe(true)
      expect(Buffer.from(eml.attachments[1]!.base64, 'base64').equals(readFileSync(join(out, `${base}.xml`)))).toBe(true)
    }
  })
})
