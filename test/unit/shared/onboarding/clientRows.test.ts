import { describe, expect, it } from 'vitest'
import type { CalendarDate } from '@shared/calendar/calendarDate'
import type { TableRow } from '@shared/import/table'
import { clientSchema } from '@shared/model/client'
import { parseClientRows, type ClientImportLookups } from '@shared/onboarding/clientRows'
import { CLIENT_FIELDS, type ClientFieldKey } from '@shared/onboarding/fields'

const HEADERS = CLIENT_FIELDS.map((f) => f.header)
const LOOKUPS: ClientImportLookups = {
  today: '2026-12-01' as CalendarDate,
  partners: [
    { id: 'p1', name: 'Zorggroep Noord', shortCode: 'ZGN', ecdMode: 'partner' },
    { id: 'p2', name: 'Eigen Huis', shortCode: 'EH', ecdMode: 'eigen' },
  ],
  plans: [
    { id: 'basis', code: 'BASIS', name: 'Basis' },
    { id: 'plus', code: 'PLUS', name: 'Plus' },
  ],
}

type Row = Partial<Record<ClientFieldKey, string | number>>
const EXAMPLE: Row = Object.fromEntries(CLIENT_FIELDS.map((f) => [f.key, f.example]))
const toCells = (row: Row) => CLIENT_FIELDS.map((f) => row[f.key] ?? null)
const table = (...rows: Row[]): TableRow[] => [{ line: 1, cells: HEADERS }, ...rows.map((row, i) => ({ line: i + 2, cells: toCells(row) }))]
const only = (...rows: Row[]) => {
  const result = parseClientRows(table(...rows), LOOKUPS)
  if (!result.ok) throw new Error(result.problem.code)
  return result
}
const codes = (result: ReturnType<typeof only>) => result.problems.map((p) => [p.line, p.field, p.problem.code])

describe('parseClientRows', () => {
  it("reads the template's example into a client the model accepts, with one open period from the activation date", () => {
    const result = only(EXAMPLE)
    expect(result.problems).toEqual([])
    const client = result.clients[0]!
    expect(client).toMatchObject({
      partnerId: 'p1',
      clientNumber: '100234',
      status: 'actief',
      registrationPlanId: 'basis',
      activationDate: '2026-02-09',
      registrationReceivedDate: '2026-02-02',
      deregistration: null,
    })
    expect(client.representatives).toEqual([{ name: 'Karin Jansen', role: 'mentor', email: '', phone: '' }])
    expect(client.periods).toEqual([{ line: 2, planId: 'basis', from: '2026-02-09', until: null }])
    const { line: _line, lines: _lines, periods: _periods, deregistration: _d, intakeCompletedBeforeTransfer: _i, ...fields } = client
    expect(clientSchema.safeParse({ ...fields, id: 'c1', loginSentDate: null, anonymisedDate: null, clientNumber: fields.clientNumber ?? 'x' }).success).toBe(
      true,
    )
  })

  it('finds the partner by name too, keeps the client number as written and turns history rows into periods', () => {
    const result = only(
      { ...EXAMPLE, partner: 'zorggroep noord', clientNumber: '00042', plan: 'basis', planFrom: '09-02-2026', planUntil: '01-06-2026' },
      { partner: 'ZGN', clientNumber: '00042', plan: 'Plus', planFrom: '2026-06-01' },
    )
    expect(result.problems).toEqual([])
    expect(result.clients).toHaveLength(1)
    expect(result.clients[0]).toMatchObject({ clientNumber: '00042', lines: [2, 3], registrationPlanId: 'basis' })
    expect(result.clients[0]?.periods.map((p) => [p.planId, p.from, p.until])).toEqual([
      ['basis', '2026-02-09', '2026-06-01'],
      ['plus', '2026-06-01', null],
    ])
  })

  it('names the history row that leaves a gap', () => {
    const result = only(
      { ...EXAMPLE, planFrom: '09-02-2026', planUntil: '01-06-2026' },
      { partner: 'ZGN', clientNumber: '100234', plan: 'PLUS', planFrom: '15-06-2026' },
    )
    expect(codes(result)).toEqual([[3, 'planFrom', 'onboarding.periodGap']])
    expect(result.clients).toEqual([])
  })

  it('takes a historical deregistration with its three dates as given and ends the last period there', () => {
    const result = only({
      ...EXAMPLE,
      status: 'afgemeld',
      deregistrationReceivedDate: '10-11-2026',
      deregistrationRequestedDate: '20-10-2026',
      deregistrationEffectiveDate: '20-10-2026',
    })
    expect(result.problems).toEqual([])
    expect(result.clients[0]?.deregistration).toEqual({ receivedDate: '2026-11-10', requestedDate: '2026-10-20', effectiveDate: '2026-10-20' })
    expect(result.clients[0]?.periods.at(-1)?.until).toBe('2026-10-20')
  })

  it('requires birth date and BSN for an eigen partner, where a client without number gets one later', () => {
    const result = only(
      { ...EXAMPLE, partner: 'EH', clientNumber: '', bsn: '', birthDate: '14-03-1958' },
      { ...EXAMPLE, partner: 'EH', clientNumber: '', bsn: 12345672, birthDate: 21259 },
      { ...EXAMPLE, partner: 'ZGN', clientNumber: '' },
    )
    expect(codes(result)).toEqual([
      [2, 'bsn', 'onboarding.requiredForEigen'],
      [4, 'clientNumber', 'onboarding.clientNumberRequired'],
    ])
    expect(result.clients).toHaveLength(1)
    expect(result.clients[0]).toMatchObject({ clientNumber: null, bsn: '012345672', birthDate: '1958-03-15' })
  })

  it('names each bad row with its field and reason', () => {
    const result = only(
      { ...EXAMPLE, clientNumber: '1', partner: 'ONBEKEND' },
      { ...EXAMPLE, clientNumber: '2', status: 'slapend', plan: 'GOUD' },
      { ...EXAMPLE, clientNumber: '3', activationDate: '01-01-2026' },
      { ...EXAMPLE, clientNumber: '4', status: 'aangemeld', planFrom: '' },
      { ...EXAMPLE, clientNumber: '5', registrationDate: '31-13-2026', firstName: '' },
      { ...EXAMPLE, clientNumber: '6', status: 'actief', deregistrationReceivedDate: '01-11-2026' },
      { ...EXAMPLE, clientNumber: '7', intakeCompletedBeforeTransfer: 'ja', representativeRole: 'buurman' },
    )
    expect(codes(result)).toEqual([
      [2, 'partner', 'onboarding.unknownPartner'],
      [3, 'status', 'onboarding.invalidChoice'],
      [3, 'plan', 'onboarding.unknownPlan'],
      [4, 'activationDate', 'onboarding.activationBeforeRegistration'],
      [5, 'activationDate', 'onboarding.activationNotAllowed'],
      [6, 'firstName', 'onboarding.required'],
      [6, 'registrationDate', 'onboarding.invalidDate'],
      [7, null, 'onboarding.deregistrationNotAllowed'],
      [8, 'representativeRole', 'onboarding.invalidChoice'],
    ])
    expect(result.problems.find((p) => p.line === 3 && p.field === 'status')?.problem.params).toEqual({
      column: 'Status',
      value: 'slapend',
      choices: 'aangemeld, actief, afgemeld',
    })
  })

  it("keeps the intake flag and refuses a later row that contradicts the client's first row", () => {
    const flagged = only({ ...EXAMPLE, intakeCompletedBeforeTransfer: 'ja' })
    expect(flagged.clients[0]?.intakeCompletedBeforeTransfer).toBe(true)
    const result = only(
      { ...EXAMPLE, planFrom: '09-02-2026' },
      { partner: 'ZGN', clientNumber: '100234', lastName: 'Pietersen', plan: 'PLUS', planFrom: '01-06-2026' },
    )
    expect(codes(result)).toEqual([[3, 'lastName', 'onboarding.conflictingRow']])
  })

  it('refuses birth date and BSN for a partner in ECD mode partner (privacy)', () => {
    const result = only({ ...EXAMPLE, birthDate: '14-03-1958', bsn: '012345672' })
    expect(codes(result)).toEqual([
      [2, 'birthDate', 'onboarding.notRecordedForPartner'],
      [2, 'bsn', 'onboarding.notRecordedForPartner'],
    ])
  })

  it('refuses the same BSN for two clients', () => {
    const eigen = { ...EXAMPLE, partner: 'EH', birthDate: '14-03-1958' }
    const result = only({ ...eigen, clientNumber: '1', bsn: '012345672' }, { ...eigen, clientNumber: '2', bsn: '012345672' })
    expect(codes(result)).toEqual([[3, 'bsn', 'onboarding.duplicateBsn']])
  })
})

describe('parseClientRows progress', () => {
  it('reports about a hundred steps, rising, ending at the number of clients', () => {
    const rows = Array.from({ length: 250 }, (_, i) => ({ ...EXAMPLE, clientNumber: `N${i}` }))
    const seen: [number, number][] = []
    const result = parseClientRows(table(...rows), LOOKUPS, {}, (done, total) => seen.push([done, total]))
    expect(result.ok && result.clients).toHaveLength(250)
    expect(seen.at(-1)).toEqual([250, 250])
    expect(seen.length).toBeLessThanOrEqual(101)
    expect(seen.every(([done], i) => i === 0 || done > seen[i - 1]![0])).toBe(true)
  })
})
