import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { TableRow } from '@shared/import/table'
import { choicesFromMapping, matchColumns } from '@shared/onboarding/columnMapping'
import { CLIENT_FIELDS, IMPORT_KINDS, PARTNER_FIELDS, fieldsOf, keysOf } from '@shared/onboarding/fields'

const table = (...rows: (string | null)[][]): TableRow[] => rows.map((cells, i) => ({ line: i + 1, cells }))

describe('matchColumns', () => {
  it('recognises the template headers exactly', () => {
    for (const kind of IMPORT_KINDS) {
      const fields = fieldsOf(kind)
      const match = matchColumns(table(fields.map((f) => f.header)), fields)
      expect(match?.recognised.map((r) => r.field)).toEqual(fields.map((f) => f.key))
      expect(match?.missing).toEqual([])
      expect(match?.unmatched).toEqual([])
    }
  })

  it.each([['Cliëntnummer'], ['Clientnr'], ['Client number'], ['CLIENT-NUMMER (ECD)'], ['klantnr.'], ['Dossiernummer']])(
    'knows %s as the client number',
    (header) => {
      const match = matchColumns(table(['Partner', header, 'Voornaam']), CLIENT_FIELDS)
      expect(match?.index['clientNumber']).toBe(1)
    },
  )

  it('reads English exports', () => {
    const match = matchColumns(
      table(['Partner', 'Client number', 'First name', 'Last name', 'Status', 'Registration date', 'Plan', 'Activation date']),
      CLIENT_FIELDS,
    )
    expect(match?.missing).toEqual([])
    expect(match?.index).toMatchObject({ firstName: 2, lastName: 3, status: 4, registrationDate: 5, plan: 6, activationDate: 7 })
  })

  it('finds the header below a title and empty lines, and names the required fields no column gives', () => {
    const match = matchColumns(
      table(['Export ECD 01-12-2026'], [], ['Klantnr', 'Roepnaam', 'Achternaam', 'Onbekend'], ['1', 'Jan', 'Jansen', 'x']),
      CLIENT_FIELDS,
    )
    expect(match?.headerIndex).toBe(2)
    expect(match?.headerLine).toBe(3)
    expect(match?.missing).toEqual(['partner', 'status', 'registrationDate', 'plan'])
    expect(match?.unmatched).toEqual([{ header: 'Onbekend', column: 3 }])
  })

  it('keeps the first of two columns that name one field and reports the field', () => {
    const match = matchColumns(table(['Naam', 'Partnernaam', 'Korte code']), PARTNER_FIELDS)
    expect(match?.index['name']).toBe(0)
    expect(match?.doubled).toEqual(['name'])
  })

  it('returns null when nothing looks like a header', () => {
    expect(matchColumns(table(['a', 'b'], ['1', '2']), CLIENT_FIELDS)).toBeNull()
  })

  it('applies remembered choices before names, and can leave a named column out', () => {
    const rows = table(['Org', 'Nr', 'Naam', 'Voornaam'])
    const match = matchColumns(rows, CLIENT_FIELDS, { org: 'partner', nr: 'clientNumber', naam: null })
    expect(match?.index).toMatchObject({ partner: 0, clientNumber: 1, firstName: 3 })
    expect(match?.index['lastName']).toBeUndefined()
    expect(match?.recognised.find((r) => r.field === 'partner')?.by).toBe('clerk')
    // A choice naming a field this import does not have is ignored.
    expect(matchColumns(rows, CLIENT_FIELDS, { org: 'shortCode' })?.index['partner']).toBeUndefined()
  })

  it("turns the mapping screen's picks into choices that give the same columns next time", () => {
    const rows = table(['Org', 'Nr', 'Naam', 'Voornaam', 'Status'])
    const first = matchColumns(rows, CLIENT_FIELDS)!
    const headers = ['Org', 'Nr', 'Naam', 'Voornaam', 'Status']
    const choices = choicesFromMapping(first, headers, { partner: 0, clientNumber: 1 })
    const again = matchColumns(rows, CLIENT_FIELDS, choices)!
    expect(again.index).toMatchObject({ partner: 0, clientNumber: 1, lastName: 2, firstName: 3, status: 4 })
    expect(again.layoutKey).toBe(first.layoutKey)
  })

  it('gives every header key to one field only, within each kind', () => {
    for (const kind of IMPORT_KINDS) {
      const seen = new Map<string, string>()
      for (const field of fieldsOf(kind)) {
        for (const key of keysOf(field)) {
          expect(seen.get(key) ?? field.key, `${kind}: ${key}`).toBe(field.key)
          seen.set(key, field.key)
        }
      }
    }
  })

  it('finds each field by its header however the case, accents and spacing are written (property)', () => {
    const fields = CLIENT_FIELDS
    fc.assert(
      fc.property(fc.shuffledSubarray([...fields], { minLength: 1 }), fc.boolean(), (subset, upper) => {
        const headers = subset.map((f) => (upper ? f.header.toUpperCase() : ` ${f.header.normalize('NFD')} `))
        const match = matchColumns(table(headers), fields)
        subset.forEach((f, i) => expect(match?.index[f.key]).toBe(i))
      }),
    )
  })
})
