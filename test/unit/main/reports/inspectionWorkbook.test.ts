import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { chainEntry, GENESIS_HASH } from '@shared/audit/chain'
import { emptyIntake, parseCalendarDate as d, type AuditEntry, type Client } from '@shared/model'
import { inspectionReportSchema, type InspectionReport } from '@shared/reports/inspection'
import { writeInspectionWorkbook } from '../../../../src/main/reports/inspectionWorkbook'
import { inspectionFileName } from '../../../../src/main/reports/reportFileNames'
import { readWorkbook, rowValues, rowWithLabel, sheet, useTempFolder, utcDate } from '../excel/readBack'
import { CONTEXT } from './fixtures'

const temp = useTempFolder('inspection')
const CLIENT_ID = '00000000-0000-4000-8000-000000000001'
const PARTNER_ID = '00000000-0000-4000-8000-000000000002'
const PLAN_ID = '00000000-0000-4000-8000-000000000003'
const PERIOD_ID = '00000000-0000-4000-8000-000000000004'

const client: Client = {
  id: CLIENT_ID,
  partnerId: PARTNER_ID,
  clientNumber: '000123',
  firstName: 'Anna',
  lastName: 'de Boer',
  birthDate: d('1948-05-02'),
  bsn: '111222333',
  begeleider: { name: 'Petra Smit', email: 'petra@example.nl', phone: '06 1234 5678' },
  representatives: [{ name: 'Kees de Boer', role: 'mentor', email: 'kees@example.nl', phone: '' }],
  status: 'afgemeld',
  registrationPlanId: PLAN_ID,
  registrationReceivedDate: d('2026-10-01'),
  activationDate: d('2026-10-12'),
  loginSentDate: null,
  intake: emptyIntake,
  notes: '=HYPERLINK("x")',
  anonymisedDate: null,
}

const entry = (): AuditEntry => ({
  id: 1,
  ...chainEntry(
    {
      at: '2026-10-01T08:00:00.000Z',
      clerk: 'Medewerker',
      entity: 'client',
      recordId: CLIENT_ID,
      action: 'update',
      changes: [{ field: 'lastName', before: 'Boer', after: 'de Boer' }],
      outcome: 'ok',
      event: 'clientUpdated',
      params: { clientNumber: '000123', clientName: 'Anna de Boer' },
    },
    { count: 0, hash: GENESIS_HASH },
    '0'.repeat(32),
  ),
})

function report(): InspectionReport {
  return inspectionReportSchema.parse({
    client,
    partnerName: 'Zorggroep Noord',
    planNames: { [PLAN_ID]: 'Basis' },
    subscriptionPeriods: [{ id: PERIOD_ID, clientId: CLIENT_ID, planId: PLAN_ID, from: '2026-10-12', until: '2026-12-01' }],
    changeRequests: [],
    deregistrations: [
      {
        id: '00000000-0000-4000-8000-000000000005',
        clientId: CLIENT_ID,
        receivedDate: '2026-11-16',
        requestedDate: '2026-12-01',
        effectiveDate: '2026-12-01',
        processedDate: '2026-11-17',
      },
    ],
    usage: [
      { id: `${CLIENT_ID}|2026-11`, clientId: CLIENT_ID, partnerId: PARTNER_ID, period: '2026-11', callMinutes: 42.5, registrationMinutes: 10, contacts: 3 },
    ],
    invoiceLines: [
      {
        invoiceNumber: '2026-0001',
        kind: 'factuur',
        status: 'definitief',
        period: '2026-11',
        invoiceDate: '2026-11-27',
        line: {
          clientId: CLIENT_ID,
          clientNumber: '000123',
          clientName: 'Anna de Boer',
          planId: PLAN_ID,
          planCode: 'BASIS',
          planName: 'Basis',
          feeCents: 10000,
          from: '2026-10-26',
          until: '2026-11-26',
          billedDays: 31,
          periodDays: 31,
          amountCents: 10000,
        },
      },
    ],
    auditEntries: [entry()],
  })
}

describe('inspection workbook (AVG art. 15)', () => {
  it('holds every kind of data about the client, one sheet each', async () => {
    const written = await writeInspectionWorkbook(join(temp(), inspectionFileName('000123', 'Zorggroep Noord', '2026-12-01')), report(), CONTEXT)
    expect(written.path).toBe(join(temp(), 'Inzage cliënt 000123 Zorggroep Noord 2026-12-01.xlsx'))
    const book = await readWorkbook(written.path)
    expect(book.worksheets.map((ws) => ws.name)).toEqual([
      'Cliënt',
      'Vertegenwoordigers',
      'Abonnementen',
      'Wijzigingen',
      'Afmeldingen',
      'Verbruik',
      'Factuurregels',
      'Audittrail',
    ])

    const person = sheet(book, 'Cliënt')
    const value = (label: string) => person.getCell(rowWithLabel(person, label), 2).value
    expect(value('Achternaam')).toBe('de Boer')
    expect(value('BSN')).toBe('111222333')
    expect(value('Geboortedatum')).toBe('02-05-1948')
    expect(value('Begeleider e-mail')).toBe('petra@example.nl')
    // A value that looks like a formula stays text (X1).
    expect(person.getCell(rowWithLabel(person, 'Notities'), 2).formula).toBeUndefined()
    expect(value('Notities')).toBe('\'=HYPERLINK("x")')

    const reps = sheet(book, 'Vertegenwoordigers')
    expect(rowValues(reps, rowWithLabel(reps, 'Kees de Boer'), 4)).toEqual(['Kees de Boer', 'mentor', 'kees@example.nl', null])

    const periods = sheet(book, 'Abonnementen')
    expect(rowValues(periods, rowWithLabel(periods, 'Basis'), 3)).toEqual(['Basis', utcDate('2026-10-12'), utcDate('2026-12-01')])

    const deregs = sheet(book, 'Afmeldingen')
    expect(deregs.getCell(rowWithLabel(deregs, 'Ontvangen') + 1, 3).value).toEqual(utcDate('2026-12-01'))

    const usage = sheet(book, 'Verbruik')
    expect(rowValues(usage, rowWithLabel(usage, '2026-11'), 4)).toEqual(['2026-11', 42.5, 10, 3])

    const lines = sheet(book, 'Factuurregels')
    const line = rowValues(lines, rowWithLabel(lines, '2026-0001'), 10)
    expect(line[4]).toBe('Anna de Boer')
    expect(line[9]).toBe(100)

    const trail = sheet(book, 'Audittrail')
    const change = rowValues(trail, rowWithLabel(trail, '2026-10-01T08:00:00.000Z'), 8)
    expect(change).toEqual(['2026-10-01T08:00:00.000Z', 'Medewerker', 'client', 'update', 'clientUpdated', 'lastName', 'Boer', 'de Boer'])
    expect(sheet(book, 'Wijzigingen').getCell(rowWithLabel(sheet(book, 'Wijzigingen'), 'Geen gegevens.'), 1).value).toBe('Geen gegevens.')
  })
})
