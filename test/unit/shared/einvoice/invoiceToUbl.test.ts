import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { buyerLegalId, buyerReference, EXAMPLE_NOTE, invoiceToUbl } from '@shared/einvoice/invoiceToUbl'
import type { Invoice } from '@shared/model/invoice'
import { defaultSettings } from '@shared/model/settings'
import { finalAndCredit, fixture } from '../../main/reports/fixtures'
import { CREDIT_NOTE_XSD, INVOICE_XSD, schematronFatal, xmllintAll } from '../../../support/ublValidation'

// The operator invoices exempt care: the fixture's 21 % becomes the shipped exemption here.
const asExempt = (invoice: Invoice): Invoice => ({
  ...invoice,
  vatRatePercent: 0,
  vatCents: 0,
  totalCents: invoice.subtotalCents,
  vatExemptionText: defaultSettings.vatExemptionText,
})
const pair = finalAndCredit(fixture(6))
const final = asExempt(pair.final)
const credit = asExempt(pair.credit)
const withKvk = (invoice: Invoice, ids: { kvkNumber?: string; oin?: string } = { kvkNumber: '41000000' }): Invoice => ({
  ...invoice,
  partner: { ...invoice.partner, kvkNumber: '', oin: '', ...ids },
})

describe('invoiceToUbl', () => {
  it('gives no file for a concept, a partner without KvK or OIN, missing operator ids, VAT or no exemption text', () => {
    const concept: Invoice = { ...withKvk(final), status: 'concept', number: null }
    expect(invoiceToUbl(concept)).toEqual({ ok: false, reason: 'concept' })
    expect(invoiceToUbl(withKvk(final, {}))).toEqual({ ok: false, reason: 'no-buyer-id' })
    expect(invoiceToUbl({ ...withKvk(final), operator: { ...final.operator, kvkNumber: '' } })).toEqual({ ok: false, reason: 'seller-kvk' })
    expect(invoiceToUbl({ ...withKvk(final), operator: { ...final.operator, vatNumber: '' } })).toEqual({ ok: false, reason: 'seller-vat' })
    expect(invoiceToUbl({ ...withKvk(final), vatRatePercent: 21 })).toEqual({ ok: false, reason: 'not-exempt' })
    expect(invoiceToUbl({ ...withKvk(final), vatExemptionText: ' ' })).toEqual({ ok: false, reason: 'exemption-text' })
  })

  it('names the buyer by OIN when it has one (scheme 0190), else by KvK number (0106)', () => {
    expect(buyerLegalId({ kvkNumber: '41000000', oin: '00000001410000000000' })).toEqual({ scheme: '0190', value: '00000001410000000000' })
    expect(buyerLegalId({ kvkNumber: '41000000', oin: '' })).toEqual({ scheme: '0106', value: '41000000' })
    expect(buyerLegalId({ kvkNumber: '', oin: '' })).toBeNull()
  })

  it('carries the invoice’s own "uw kenmerk" (overridden on the concept) as BuyerReference', () => {
    const overridden = invoiceToUbl(withKvk({ ...final, partner: { ...final.partner, purchaseOrderReference: 'PO 2026 & 17', debtorReference: 'DEB-1' } }))
    if (!overridden.ok) throw new Error('no UBL')
    expect(overridden.xml).toContain('<cbc:BuyerReference>PO 2026 &amp; 17</cbc:BuyerReference>')
  })

  it('quotes "uw kenmerk" as BuyerReference, else the debtor reference, else the short code (BR-NL-2)', () => {
    expect(buyerReference({ purchaseOrderReference: 'IO-1', debtorReference: 'DEB-1', shortCode: 'ZN' })).toBe('IO-1')
    expect(buyerReference({ purchaseOrderReference: '', debtorReference: 'DEB-1', shortCode: 'ZN' })).toBe('DEB-1')
    expect(buyerReference({ purchaseOrderReference: '', debtorReference: '', shortCode: 'ZN' })).toBe('ZN')
  })

  it('says VOORBEELD in the one note (BT-22) of a demo invoice and credit note, and nothing for a real one', () => {
    const real = invoiceToUbl(withKvk(final))
    const demo = invoiceToUbl(withKvk({ ...final, demo: true }))
    const demoCredit = invoiceToUbl(withKvk({ ...credit, demo: true }))
    if (!real.ok || !demo.ok || !demoCredit.ok) throw new Error('no UBL')
    expect(EXAMPLE_NOTE).toBe('VOORBEELD – geen echte factuur')
    expect(real.xml).not.toContain('<cbc:Note>')
    for (const xml of [demo.xml, demoCredit.xml]) expect(xml.match(/<cbc:Note>[^<]*<\/cbc:Note>/g)).toEqual([`<cbc:Note>${EXAMPLE_NOTE}</cbc:Note>`])
  })

  it('writes an Invoice and a CreditNote that pass the UBL 2.1 schema and the SI-UBL 2.0 rules, also with the demo note', () => {
    const invoice = invoiceToUbl(withKvk({ ...final, partner: { ...final.partner, purchaseOrderReference: 'IO-2026/17' } }))
    const creditNote = invoiceToUbl(withKvk({ ...credit, creditReason: 'Verkeerde startdatum <1001>' }, { oin: '00000001410000000000' }))
    const demoInvoice = invoiceToUbl(withKvk({ ...final, demo: true }))
    // A demo credit note with a reason: both share the one note PEPPOL allows (PEPPOL-EN16931-R002).
    const demoCredit = invoiceToUbl(withKvk({ ...credit, demo: true, creditReason: 'Dubbel gefactureerd' }))
    if (!invoice.ok || !creditNote.ok || !demoInvoice.ok || !demoCredit.ok) throw new Error('no UBL')
    expect(demoCredit.xml.match(/<cbc:Note>/g)).toHaveLength(1)
    expect(demoCredit.xml).toContain('<cbc:Note>VOORBEELD – geen echte factuur – Reden: Dubbel gefactureerd</cbc:Note>')
    expect(invoice.kind).toBe('Invoice')
    expect(creditNote.kind).toBe('CreditNote')
    expect(invoice.xml).toContain('<cbc:BuyerReference>IO-2026/17</cbc:BuyerReference>')
    expect(invoice.xml.match(/<cac:InvoiceLine>/g)).toHaveLength(final.lines.length)
    expect(invoice.xml).toContain(`<cbc:PayableAmount currencyID="EUR">${(final.totalCents / 100).toFixed(2)}</cbc:PayableAmount>`)
    // A credit note states positive amounts and refers to the credited invoice.
    expect(creditNote.xml).toContain(`<cbc:PayableAmount currencyID="EUR">${(-credit.totalCents / 100).toFixed(2)}</cbc:PayableAmount>`)
    expect(creditNote.xml).toContain(`<cac:InvoiceDocumentReference><cbc:ID>${final.number}</cbc:ID>`)
    expect(creditNote.xml).toContain('<cbc:CompanyID schemeID="0190">00000001410000000000</cbc:CompanyID>')
    // The reason of a (partial) credit note goes along as the document's note (BT-22).
    expect(creditNote.xml).toContain('<cbc:Note>Reden: Verkeerde startdatum &lt;1001&gt;</cbc:Note>')
    const correction = invoiceToUbl(withKvk({ ...final, correctsInvoiceId: 'x', correctsInvoiceNumber: '2026-0007' }))
    if (!correction.ok) throw new Error('no UBL')
    expect(correction.xml).toContain('<cbc:Note>Correctie op factuur 2026-0007.</cbc:Note>')
    const dir = mkdtempSync(join(tmpdir(), 'ubl-map-'))
    try {
      mkdirSync(join(dir, 'in'))
      writeFileSync(join(dir, 'in', 'invoice.xml'), invoice.xml)
      writeFileSync(join(dir, 'in', 'credit.xml'), creditNote.xml)
      writeFileSync(join(dir, 'in', 'demo-invoice.xml'), demoInvoice.xml)
      writeFileSync(join(dir, 'in', 'demo-credit.xml'), demoCredit.xml)
      writeFileSync(join(dir, 'in', 'correction.xml'), correction.xml)
      xmllintAll([join(dir, 'in', 'invoice.xml'), join(dir, 'in', 'demo-invoice.xml'), join(dir, 'in', 'correction.xml')], INVOICE_XSD)
      xmllintAll([join(dir, 'in', 'credit.xml'), join(dir, 'in', 'demo-credit.xml')], CREDIT_NOTE_XSD)
      expect(schematronFatal(join(dir, 'in'), join(dir, 'out'))).toEqual({ invoice: [], credit: [], 'demo-invoice': [], 'demo-credit': [], correction: [] })
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  }, 120_000)
})
