import { describe, expect, it } from 'vitest'
import type { TableRow } from '@shared/import/table'
import { PARTNER_FIELDS } from '@shared/onboarding/fields'
import { parsePartnerRows } from '@shared/onboarding/partnerRows'
import { partnerSchema } from '@shared/model/partner'

const HEADERS = PARTNER_FIELDS.map((f) => f.header)
const table = (...rows: (string | number | null)[][]): TableRow[] => rows.map((cells, i) => ({ line: i + 1, cells }))
const example = PARTNER_FIELDS.map((f) => f.example)
const withCell = (row: (string | number)[], header: string, value: string | number) => row.map((cell, i) => (HEADERS[i] === header ? value : cell))

describe('parsePartnerRows', () => {
  it("reads the template's example row into a partner the model accepts, with the e-invoice fields", () => {
    const result = parsePartnerRows(table(HEADERS, example))
    expect(result.ok && result.problems).toEqual([])
    const partner = result.ok ? result.partners[0]! : null
    expect(partner?.fields).toMatchObject({
      name: 'Zorggroep Noord',
      shortCode: 'ZGN',
      ecdMode: 'partner',
      kvkNumber: '12345678',
      oin: '',
      purchaseOrderReference: 'PO-2026-17',
      active: true,
    })
    expect(partner?.contact).toEqual({ name: 'Anna de Vries', role: 'Teamleider', email: 'a.devries@zorggroepnoord.nl', phone: '050 123 45 67' })
    expect(partnerSchema.safeParse({ id: 'x', ...partner?.fields, contacts: [partner?.contact] }).success).toBe(true)
  })

  it('names every bad cell with its row, field and column, and a short code used twice', () => {
    const bad = withCell(withCell(withCell(example, 'ECD-modus', 'extern'), 'KvK-nummer', '123'), 'Postcode', '97111')
    const result = parsePartnerRows(table(HEADERS, example, bad, withCell(example, 'Korte code', 'zgn')))
    expect(result.ok && result.partners).toHaveLength(1)
    expect(result.ok && result.problems.map((p) => [p.line, p.field, p.problem.code])).toEqual([
      [3, 'ecdMode', 'onboarding.invalidChoice'],
      [3, 'postcode', 'onboarding.invalidPostcode'],
      [3, 'kvkNumber', 'onboarding.invalidKvk'],
      [3, 'shortCode', 'onboarding.duplicateShortCode'],
      [4, 'shortCode', 'onboarding.duplicateShortCode'],
    ])
  })

  it('reads an English export with other column names', () => {
    const result = parsePartnerRows(
      table(
        ['Name', 'Code', 'ECD mode', 'Address', 'Zip', 'City', 'E-mail', 'OIN', 'Your reference'],
        ['Thuiszorg Zuid', 'tzd', 'eigen', 'Markt 1', '5611AA', 'Eindhoven', 'f@tz.nl', '00000001234567890000', 'K-9'],
      ),
    )
    expect(result.ok && result.problems).toEqual([])
    expect(result.ok && result.partners[0]?.fields).toMatchObject({
      shortCode: 'TZD',
      ecdMode: 'eigen',
      invoiceAddress: { postcode: '5611 AA' },
      oin: '00000001234567890000',
      purchaseOrderReference: 'K-9',
    })
  })

  it('refuses a file without a required column, naming it', () => {
    const result = parsePartnerRows(table(['Naam', 'Korte code'], ['A', 'AA']))
    expect(result.ok).toBe(false)
    expect(!result.ok && result.problem).toEqual({
      code: 'onboarding.missingColumns',
      params: { columns: 'ECD-modus, Factuuradres, Postcode, Plaats, Factuur e-mail', line: 1 },
    })
  })
})
