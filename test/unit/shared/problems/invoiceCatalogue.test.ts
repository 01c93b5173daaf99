import { describe, expect, it } from 'vitest'
import { paramsOf, sourceTexts } from './sourceFiles'
import { invoiceEn } from '@shared/i18n/invoice.en'
import { invoiceNl } from '@shared/i18n/invoice.nl'
import { INVOICE_PROBLEMS, isInvoiceProblemCode, type InvoiceProblemCode } from '@shared/problems/invoice'
import { InconsistentInvoiceError } from '@shared/reports/invoiceReport'

const codes = Object.keys(INVOICE_PROBLEMS) as InvoiceProblemCode[]

describe('the invoice catalogue', () => {
  it('has words for every code in Dutch and English, with exactly the catalogue parameters and no other syntax', () => {
    expect(Object.keys(invoiceNl).sort()).toEqual([...codes].sort())
    expect(Object.keys(invoiceEn).sort()).toEqual([...codes].sort())
    for (const code of codes) {
      const expected = [...INVOICE_PROBLEMS[code]].sort()
      for (const [language, message] of [['nl', invoiceNl[code]], ['en', invoiceEn[code]]] as const) {
        expect(paramsOf(message), `${language} ${code}`).toEqual(expected)
        expect(message, `${language} ${code}`).not.toMatch(/[@|$]|\{(?!\w+\})/)
      }
      expect(invoiceEn[code], code).not.toMatch(/\b(factuur|niet|het|van|zonder|cliëntregels)\b/i)
    }
  })

  it('knows every invoice problem the source throws', () => {
    const thrown = new Set<string>()
    for (const text of sourceTexts('src')) for (const m of text.matchAll(/new InconsistentInvoiceError\('([\w-]+)'/g)) thrown.add(m[1]!)
    expect(thrown.size).toBe(codes.length)
    for (const code of thrown) expect(isInvoiceProblemCode(code), `${code} is thrown in src but not in the catalogue`).toBe(true)
  })

  it('carries code and parameters, with the Dutch words for the failure the clerk reads', () => {
    const error = new InconsistentInvoiceError('factuur-bedrag-abonnement', { plan: 'Plus' })
    expect(error).toMatchObject({ code: 'factuur-bedrag-abonnement', params: { plan: 'Plus' } })
    expect(error.message).toBe('Factuur kan niet worden gemaakt: het bedrag van Plus wijkt af van de cliëntregels.')
  })
})
