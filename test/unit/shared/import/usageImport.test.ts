import { describe, expect, it } from 'vitest'
import { checkUsageImport, type UsageImportLookups, type UsageImportPreview } from '@shared/import/usageImport'
import type { TableCell, TableRow } from '@shared/import/table'
import { importText } from '@shared/problems/words'
import { d, period } from '../domain/fixtures'

/** Rows as a clerk writes them: line 1 is the header. */
function table(...rows: TableCell[][]): TableRow[] {
  return rows.map((cells, i) => ({ line: i + 1, cells }))
}

const lookups: UsageImportLookups = {
  today: d('2026-11-23'),
  startDay: 26,
  partners: [
    { id: 'p1', shortCode: 'ZGN', name: 'Zorggroep Noord' },
    { id: 'p2', shortCode: 'HZW', name: 'Huis ter Zwaluw' },
  ],
  clients: [
    { id: 'c1', partnerId: 'p1', clientNumber: '1001' },
    { id: 'c2', partnerId: 'p1', clientNumber: '1002' },
    { id: 'c3', partnerId: 'p2', clientNumber: '1002' },
    { id: 'c4', partnerId: 'p2', clientNumber: '000123' },
    { id: 'c5', partnerId: 'p1', clientNumber: 'ZN-7' },
  ],
  subscriptionPeriods: [
    period('c1', 'plus', '2026-01-12', null),
    period('c2', 'basis', '2026-09-01', null),
    period('c3', 'plus', '2026-01-01', null),
    period('c4', 'plus', '2026-01-01', null),
    // c5 started on 10-11-2026: earlier contacts fall outside its subscription.
    period('c5', 'plus', '2026-11-10', null),
  ],
}

function check(rows: TableRow[], today = lookups.today): UsageImportPreview {
  const result = checkUsageImport(rows, { ...lookups, today })
  if (!result.ok) throw new Error(importText(result.problem, 'nl'))
  return result.preview
}

/** The rejected rows with their reasons as the Dutch preview shows them. */
function rejected(p: UsageImportPreview) {
  return p.rejected.map((r) => ({ line: r.line, clientNumber: r.clientNumber, reason: r.problems.map((problem) => importText(problem, 'nl')).join('; ') }))
}

function fileError(rows: TableRow[]): string {
  const result = checkUsageImport(rows, lookups)
  if (result.ok) throw new Error('verwacht een fout')
  return importText(result.problem, 'nl')
}

const CONTACT = ['Cliëntnummer', 'Datum', 'Belminuten', 'Registratieminuten']
const PERIOD = ['Cliëntnummer', 'Periode', 'Belminuten', 'Registratieminuten', 'Contacten']

describe('checkUsageImport: one row per contact', () => {
  it('sums contacts per client per billing period (26th up to the 25th), with decimal commas', () => {
    const p = check(
      table(
        CONTACT,
        ['1001', '25-10-2026', '2', '1'],
        ['1001', '26-10-2026', '10,5', '2'],
        ['1001', '25-11-2026', '4,5', '0,25'],
        ['ZN-7', '10-11-2026', '3', ''],
      ),
      d('2026-11-25'),
    )
    expect(p.shape).toBe('contact')
    expect(p.decimalStyle).toBe('comma')
    expect(p.rejected).toEqual([])
    expect(p.acceptedRows).toBe(4)
    expect(p.usage).toEqual([
      { id: 'c1|2026-10', clientId: 'c1', partnerId: 'p1', period: '2026-10', callMinutes: 2, registrationMinutes: 1, contacts: 1 },
      { id: 'c1|2026-11', clientId: 'c1', partnerId: 'p1', period: '2026-11', callMinutes: 15, registrationMinutes: 2.25, contacts: 2 },
      { id: 'c5|2026-11', clientId: 'c5', partnerId: 'p1', period: '2026-11', callMinutes: 3, registrationMinutes: 0, contacts: 1 },
    ])
    expect(p.periods).toEqual(['2026-10', '2026-11'])
  })

  it('rejects each bad row with its line and every reason, and keeps the good ones', () => {
    const p = check(
      table(
        CONTACT,
        ['1001', '02-11-2026', '5', '1'], // 2 good
        ['9999', '02-11-2026', '5', '1'], // 3 unknown client
        ['ZN-7', '05-11-2026', '5', '1'], // 4 before its subscription began
        ['1001', '30-11-2026', '5', '1'], // 5 future
        ['1001', '31-11-2026', '5', '1'], // 6 no such day
        ['1001', '03-11-2026', '-5', '1'], // 7 negative
        ['1001', '03-11-2026', 'vijf', 'x'], // 8 not numbers
        ['1001', '02-11-2026', '5', '1'], // 9 duplicate of 2
        ['', '02-11-2026', '5', '1'], // 10 no client number
        ['1002', '02-11-2026', '5', '1'], // 11 two partners use 1002
        ['1001', '', '5', '1'], // 12 no date
        ['1001', '04-11-2026', '2000', '1'], // 13 more than a day
      ),
    )
    expect(p.dataRows).toBe(12)
    expect(p.acceptedRows).toBe(1)
    expect(rejected(p)).toEqual([
      { line: 3, clientNumber: '9999', reason: 'Onbekend cliëntnummer 9999' },
      { line: 4, clientNumber: 'ZN-7', reason: 'Datum 05-11-2026 valt buiten de abonnementsperiodes van de cliënt' },
      { line: 5, clientNumber: '1001', reason: 'Datum 30-11-2026 ligt in de toekomst' },
      { line: 6, clientNumber: '1001', reason: 'Ongeldige datum "31-11-2026" (dd-mm-jjjj)' },
      { line: 7, clientNumber: '1001', reason: 'Belminuten zijn negatief (-5)' },
      { line: 8, clientNumber: '1001', reason: 'Belminuten "vijf" is geen getal; Registratieminuten "x" is geen getal' },
      { line: 9, clientNumber: '1001', reason: 'Dubbele regel: gelijk aan regel 2' },
      { line: 10, clientNumber: '', reason: 'Cliëntnummer ontbreekt' },
      { line: 11, clientNumber: '1002', reason: 'Cliëntnummer 1002 komt bij meer dan één cliënt voor (HZW, ZGN); voeg de kolom Partner (korte code) toe' },
      { line: 12, clientNumber: '1001', reason: 'Datum ontbreekt' },
      { line: 13, clientNumber: '1001', reason: 'Belminuten (2000) is meer dan 24 uur voor één contact' },
    ])
    expect(p.usage).toEqual([{ id: 'c1|2026-11', clientId: 'c1', partnerId: 'p1', period: '2026-11', callMinutes: 5, registrationMinutes: 1, contacts: 1 }])
    // c1's November lost rows to their content (not to a duplicate): the preview warns before it replaces.
    expect(p.partialUsageIds).toEqual(['c1|2026-11'])
  })

  it('tells two contacts on one day apart by their time, and a repeated row by being identical', () => {
    const p = check(
      table(
        ['Cliëntnummer', 'Datum', 'Belminuten', 'Registratieminuten'],
        ['1001', '02-11-2026 09:15', '5', '1'],
        ['1001', '02-11-2026 14:40', '5', '1'],
        ['1001', '02-11-2026 14:40', '5', '1'],
      ),
    )
    expect(p.acceptedRows).toBe(2)
    expect(rejected(p)).toEqual([{ line: 4, clientNumber: '1001', reason: 'Dubbele regel: gelijk aan regel 3' }])
    expect(p.usage[0]?.contacts).toBe(2)
    expect(p.partialUsageIds).toEqual([])
  })

  it('uses the Partner column (short code or name) to tell equal client numbers apart', () => {
    const p = check(
      table(
        ['Partner', 'Cliëntnummer', 'Datum', 'Belminuten', 'Registratieminuten'],
        ['zgn', '1002', '02-11-2026', '1', '0'],
        ['Huis ter Zwaluw', '1002', '02-11-2026', '2', '0'],
        ['XYZ', '1002', '02-11-2026', '3', '0'],
        ['HZW', '1001', '02-11-2026', '3', '0'],
      ),
    )
    expect(p.usage.map((u) => [u.clientId, u.callMinutes])).toEqual([
      ['c2', 1],
      ['c3', 2],
    ])
    expect(rejected(p)).toEqual([
      { line: 4, clientNumber: '1002', reason: 'Onbekende partner "XYZ"' },
      { line: 5, clientNumber: '1001', reason: 'Onbekend cliëntnummer 1001 bij HZW' },
    ])
  })

  it('checks the date against a Periode column beside it', () => {
    const p = check(
      table(
        ['Cliëntnummer', 'Periode', 'Datum', 'Belminuten', 'Registratieminuten'],
        ['1001', '2026-11', '02-11-2026', '1', '0'],
        ['1001', '2026-11', '20-10-2026', '1', '0'],
      ),
    )
    expect(p.shape).toBe('contact')
    expect(rejected(p)).toEqual([{ line: 3, clientNumber: '1001', reason: 'Datum 20-10-2026 valt buiten periode 2026-11 (26-10-2026 t/m 25-11-2026)' }])
  })

  it('reads .xlsx cells: numbers, ISO dates, a client number that lost its leading zeros', () => {
    const p = check(table(CONTACT, [123, '2026-11-02', 7.5, 0.5], [1001, '2026-11-03 10:00', 1, 0]))
    expect(p.rejected).toEqual([])
    expect(p.usage.map((u) => [u.clientId, u.callMinutes, u.registrationMinutes])).toEqual([
      ['c1', 1, 0],
      ['c4', 7.5, 0.5],
    ])
  })

  it('reads a comma-separated English-style file with decimal points', () => {
    const p = check(table(CONTACT, ['1001', '2026-11-02', '12.5', '1.25'], ['1001', '2026-11-03', '1', '0']))
    expect(p.decimalStyle).toBe('point')
    expect(p.usage[0]).toMatchObject({ callMinutes: 13.5, registrationMinutes: 1.25, contacts: 2 })
  })
})

describe('checkUsageImport: one row per client per period', () => {
  it('stores each row as the usage of that period', () => {
    const p = check(table(PERIOD, ['1001', '2026-10', '1.234,5', '60', '14'], ['ZN-7', 'nov 2026', '30', '0', '3']))
    expect(p.shape).toBe('period')
    expect(p.rejected).toEqual([])
    expect(p.usage).toEqual([
      { id: 'c1|2026-10', clientId: 'c1', partnerId: 'p1', period: '2026-10', callMinutes: 1234.5, registrationMinutes: 60, contacts: 14 },
      { id: 'c5|2026-11', clientId: 'c5', partnerId: 'p1', period: '2026-11', callMinutes: 30, registrationMinutes: 0, contacts: 3 },
    ])
  })

  it('rejects a second row for the same client and period, periods without a subscription or not yet begun, broken counts', () => {
    const p = check(
      table(
        PERIOD,
        ['1001', '2026-10', '10', '0', '1'],
        ['1001', '2026-10', '12', '0', '1'],
        ['ZN-7', '2026-10', '10', '0', '1'],
        ['1001', '2026-12', '10', '0', '1'],
        ['1001', '2026-09', '10', '0', '2,5'],
        ['1001', '', '10', '0', '1'],
        ['1001', '2026-08-15', '10', '0', '1'],
        ['1001', '2026-07', '50000', '0', '1'],
      ),
    )
    expect(rejected(p)).toEqual([
      { line: 3, clientNumber: '1001', reason: 'Dubbele regel: cliënt 1001 periode 2026-10 staat al op regel 2' },
      { line: 4, clientNumber: 'ZN-7', reason: 'Cliënt had in periode 2026-10 geen abonnement (26-09-2026 t/m 25-10-2026)' },
      { line: 5, clientNumber: '1001', reason: 'Periode 2026-12 is nog niet begonnen (begint 26-11-2026)' },
      { line: 6, clientNumber: '1001', reason: 'Contacten "2,5" is geen geheel getal' },
      { line: 7, clientNumber: '1001', reason: 'Periode ontbreekt' },
      { line: 8, clientNumber: '1001', reason: 'Periode "15-08-2026" is een datum; schrijf de periode als jjjj-mm' },
      { line: 9, clientNumber: '1001', reason: 'Belminuten (50000) is meer dan 31 dagen voor één periode' },
    ])
    expect(p.usage.map((u) => u.id)).toEqual(['c1|2026-10'])
  })
})

describe('checkUsageImport: the file as a whole', () => {
  it('finds the header below a title line and lists columns it does not use', () => {
    const p = check(
      table(
        ['Export telefonie november'],
        [],
        ['Cliënt-nummer', 'Datum (contact)', 'Belminuten (min)', 'Registratietijd', 'Medewerker', 'Contacten'],
        ['1001', '02-11-2026', '1', '1', 'Piet', '1'],
      ),
    )
    expect(p.recognised.map((r) => r.header)).toEqual(['Cliënt-nummer', 'Datum (contact)', 'Belminuten (min)', 'Registratietijd'])
    expect(p.ignored).toEqual(['Medewerker', 'Contacten'])
    expect(p.acceptedRows).toBe(1)
  })

  it('reads the column names the English UI uses, as English messages name them', () => {
    const contact = check(table(['Client number', 'Date', 'Call minutes', 'Registration minutes'], ['1001', '02-11-2026', '3', '1']))
    expect(contact.recognised.map((r) => r.field)).toEqual(['clientNumber', 'date', 'callMinutes', 'registrationMinutes'])
    expect(contact.acceptedRows).toBe(1)
    const perPeriod = check(table(['Client number', 'Period', 'Call minutes', 'Registration minutes', 'Contacts'], ['1001', '2026-11', '3', '1', '2']))
    expect(perPeriod.recognised.map((r) => r.field)).toEqual(['clientNumber', 'period', 'callMinutes', 'registrationMinutes', 'contacts'])
  })

  it('refuses a file without a header, without the needed columns or without rows', () => {
    expect(fileError(table(['a', 'b'], ['1', '2']))).toMatch(/^Geen kopregel gevonden/)
    expect(fileError(table(['Cliëntnummer', 'Belminuten', 'Registratieminuten']))).toBe(
      'Kolom Datum (één regel per contact) of Periode (één regel per cliënt per periode) ontbreekt in de kopregel (regel 1).',
    )
    expect(fileError(table(['Cliëntnummer', 'Datum', 'Belminuten']))).toBe('Kolom Registratieminuten ontbreekt in de kopregel (regel 1).')
    expect(fileError(table(['Cliëntnummer', 'Periode', 'Belminuten', 'Registratieminuten']))).toBe('Kolom Contacten ontbreekt in de kopregel (regel 1).')
    expect(fileError(table(['Cliëntnummer', 'Datum', 'Datum', 'Belminuten', 'Registratieminuten']))).toBe(
      'Kolom Datum komt meer dan één keer voor in de kopregel (regel 1).',
    )
    expect(fileError(table(CONTACT, [], ['', '']))).toBe('Het bestand bevat geen regels onder de kopregel (regel 1).')
  })

  it('names each problem by its code and parameters, so the preview and the command line word it in their language', () => {
    const p = check(table(CONTACT, ['1001', '03-11-2026', '-5', 'x'], ['9999', '02-11-2026', '5', '1']))
    expect(p.rejected).toEqual([
      {
        line: 2,
        clientNumber: '1001',
        problems: [
          { code: 'import.negative', params: { column: 'callMinutes', value: '-5' } },
          { code: 'import.notANumber', params: { column: 'registrationMinutes', value: 'x' } },
        ],
      },
      { line: 3, clientNumber: '9999', problems: [{ code: 'import.unknownClientNumber', params: { clientNumber: '9999' } }] },
    ])
    expect(p.rejected[0]!.problems.map((problem) => importText(problem, 'en'))).toEqual([
      'Call minutes are negative (-5)',
      'Registration minutes "x" is not a number',
    ])
    const missing = checkUsageImport(table(['Cliëntnummer', 'Datum']), lookups)
    expect(missing).toEqual({ ok: false, problem: { code: 'import.missingColumns', params: { columns: ['callMinutes', 'registrationMinutes'], line: 1 } } })
    if (!missing.ok) expect(importText(missing.problem, 'en')).toBe('The header row (row 1) lacks the column Call minutes, Registration minutes.')
  })

  it('reports progress while it works through a large file', () => {
    const rows = table(CONTACT, ...Array.from({ length: 5000 }, (_, i) => ['1001', '02-11-2026', String(i % 60), '0']))
    const seen: [number, number][] = []
    const result = checkUsageImport(rows, lookups, { onProgress: (done, total) => seen.push([done, total]), progressEvery: 2000 })
    expect(seen).toEqual([
      [2000, 5000],
      [4000, 5000],
      [5000, 5000],
    ])
    expect(result.ok && result.preview.acceptedRows).toBe(60)
  })
})

describe('checkUsageImport: the decimal style', () => {
  const PERIOD_ROWS = (...rows: TableCell[][]) => table(PERIOD, ...rows)

  it('with no evidence in the file, reads Dutch but asks the clerk about every line with a number that reads two ways', () => {
    const p = check(PERIOD_ROWS(['1001', '2026-11', '12.345', '0', '3'], ['ZN-7', '2026-11', '45', '1', '2']))
    expect(p.decimal).toEqual({ style: 'comma', basis: 'default', commaCells: 0, pointCells: 0, twoWayLines: [2], needsChoice: true })
    expect(p.usage.find((u) => u.clientId === 'c1')?.callMinutes).toBe(12345)
  })

  it("reads the clerk's choice, which then needs no more asking", () => {
    const rows = PERIOD_ROWS(['1001', '2026-11', '12.345', '0', '3'])
    const result = checkUsageImport(rows, lookups, { decimalStyle: 'point' })
    if (!result.ok) throw new Error('verwacht een voorbeeld')
    expect(result.preview.decimal).toMatchObject({ style: 'point', basis: 'clerk', twoWayLines: [2], needsChoice: false })
    expect(result.preview.usage[0]?.callMinutes).toBe(12.35)
  })

  it('follows the file when other cells show its style, and says how many', () => {
    const p = check(PERIOD_ROWS(['1001', '2026-11', '12.345', '0,5', '3'], ['ZN-7', '2026-11', '4,25', '1', '2']))
    expect(p.decimal).toEqual({ style: 'comma', basis: 'file', commaCells: 2, pointCells: 0, twoWayLines: [2], needsChoice: false })
  })

  it('asks nothing when no number reads two ways', () => {
    expect(check(PERIOD_ROWS(['1001', '2026-11', '12', '0', '3'])).decimal).toMatchObject({ basis: 'default', twoWayLines: [], needsChoice: false })
  })
})
