import { describe, expect, it } from 'vitest'
import { formatIban, InconsistentInvoiceError, invoiceView } from '@shared/reports/invoiceReport'
import type { Invoice } from '@shared/model/invoice'
import { finalAndCredit, fixture, invoicesFor } from '../../main/reports/fixtures'
import { PLANS } from '../domain/fixtures'

const f = fixture(8)
const concept = (): Invoice => invoicesFor(f)[0]!

describe('invoiceView', () => {
  it('names a concept CONCEPT and describes the service, its period and extent (spec F1)', () => {
    const view = invoiceView(concept())
    expect(view).toMatchObject({
      isConcept: true,
      isCredit: false,
      documentTitle: 'CONCEPTFACTUUR',
      numberText: 'CONCEPT',
      clientCount: 8,
      vatLabel: 'Btw',
      totalLabel: 'Totaal te betalen',
    })
    expect(view.description).toContain('Begeleiding op afstand (24x7, telefonisch en via beeldbellen) op abonnementsbasis voor 8 cliënten')
    expect(view.description).toContain('facturatieperiode 2026-11 (26-10-2026 t/m 25-11-2026)')
    expect(view.paymentText).toContain('onder vermelding van het factuurnummer')
  })

  it('uses the number of a final invoice and asks for payment by the due date, quoting its betalingskenmerk', () => {
    const { final } = finalAndCredit(f)
    const view = invoiceView(final)
    // 2026-0001 → body 000000020260001, check digit 2 (weights 2, 4, 8, 5, 10, 9, 7, 3, 6, 1 from the right).
    expect(view).toMatchObject({
      isConcept: false,
      documentTitle: 'FACTUUR',
      numberText: '2026-0001',
      vatLabel: 'Btw 21%',
      paymentReference: '2000000020260001',
    })
    expect(view.paymentText).toMatch(
      /uiterlijk 31-12-2026 over te maken op rekening NL91 ABNA 0417 1643 00 ten name van .*, onder vermelding van betalingskenmerk 2000 0000 2026 0001\./,
    )
  })

  it('gives concepts and credit notes no betalingskenmerk, and each plan its monthly fee (unit price)', () => {
    const { credit } = finalAndCredit(f)
    expect(invoiceView(credit).paymentReference).toBeNull()
    const concept = invoicesFor(f)[0]!
    const view = invoiceView(concept)
    expect(view.paymentReference).toBeNull()
    for (const row of view.planRows) expect(row.feeCents).toBe(PLANS.find((p) => row.label.startsWith(p.name))?.monthlyFeeCents)
  })

  it('marks a credit invoice and refers to the invoice it corrects', () => {
    const { credit } = finalAndCredit(f)
    const view = invoiceView(credit)
    expect(view).toMatchObject({ isCredit: true, documentTitle: 'CREDITNOTA', numberText: '2026-0002', totalLabel: 'Totaal te crediteren' })
    expect(view.description).toMatch(/^Creditering van factuur 2026-0001/)
    expect(view.planRows.every((p) => p.amountCents < 0)).toBe(true)
  })

  it('shows the last billed day, the day before the exclusive end', () => {
    const line = invoiceView(concept()).lines.find((l) => l.clientNumber === '1002')
    // Deregistered with effective date 20-11-2026: billed up to and including 19-11-2026.
    expect(line).toMatchObject({ from: '2026-10-26', lastDay: '2026-11-19', billedDays: 25 })
  })

  it('makes plan labels unique when two plans share a name, so the per-plan totals stay exact', () => {
    const invoice = concept()
    const twin: Invoice = {
      ...invoice,
      planSummary: invoice.planSummary.map((s) => ({ ...s, planName: 'Abonnement' })),
      lines: invoice.lines.map((l) => ({ ...l, planName: 'Abonnement' })),
    }
    const labels = invoiceView(twin).planRows.map((p) => p.label)
    expect(new Set(labels).size).toBe(labels.length)
    expect(labels).toContain('Abonnement (PLUS)')
  })

  it('refuses an invoice whose lines do not add up to its totals', () => {
    const invoice = concept()
    expect(() => invoiceView({ ...invoice, subtotalCents: invoice.subtotalCents + 1 })).toThrow(InconsistentInvoiceError)
    expect(() => invoiceView({ ...invoice, totalCents: invoice.totalCents + 1 })).toThrow(InconsistentInvoiceError)
    expect(() => invoiceView({ ...invoice, planSummary: invoice.planSummary.slice(1) })).toThrow(InconsistentInvoiceError)
    expect(() => invoiceView({ ...invoice, lines: [], planSummary: [], subtotalCents: 0, totalCents: 0 })).toThrow(
      expect.objectContaining({ check: 'no-lines' }),
    )
  })

  it('prints an IBAN in groups of four', () => {
    expect(formatIban('NL91ABNA0417164300')).toBe('NL91 ABNA 0417 1643 00')
  })
})
