import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { Invoice } from '@shared/model/invoice'
import { EXAMPLE_SUBJECT, EXAMPLE_TEXT, invoiceEmailDraft } from '../../../../src/main/mail/emlDraft'
import { parseEml } from '../../../support/emlParse'
import { tempFolder } from '../tempFolder'
import { finalAndCredit, fixture } from '../reports/fixtures'

const { final, credit } = finalAndCredit(fixture(3))

function draftOf(invoice: Invoice) {
  const path = join(tempFolder('eml'), 'concept.eml')
  writeFileSync(path, invoiceEmailDraft(invoice, [], invoice.id))
  return parseEml(path)
}

describe('e-mail draft', () => {
  it('of a demo invoice or credit note starts its subject and its text with VOORBEELD', () => {
    for (const invoice of [final, credit]) {
      const real = draftOf(invoice)
      const demo = draftOf({ ...invoice, demo: true })
      expect(real.headers['Subject']).not.toContain('VOORBEELD')
      expect(real.text).not.toContain('VOORBEELD')
      expect(demo.headers['Subject']).toBe(`${EXAMPLE_SUBJECT}${real.headers['Subject'] ?? ''}`)
      expect(demo.headers['Subject']?.startsWith('VOORBEELD – ')).toBe(true)
      expect(demo.text.startsWith(EXAMPLE_TEXT)).toBe(true)
      expect(demo.text).toContain('geen echte factuur')
    }
  })

  it('quotes the invoice’s own "uw kenmerk", as overridden on the concept', () => {
    const draft = draftOf({ ...final, partner: { ...final.partner, purchaseOrderReference: 'PO-Ωmega 7' } })
    expect(draft.text).toContain('Uw kenmerk: PO-Ωmega 7')
  })
})
