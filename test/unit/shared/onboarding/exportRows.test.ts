import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { CalendarDate } from '@shared/calendar/calendarDate'
import { addDays } from '@shared/calendar/dateMath'
import type { TableRow } from '@shared/import/table'
import { emptyIntake, type Client, type Representative } from '@shared/model/client'
import type { Partner } from '@shared/model/partner'
import type { Deregistration, SubscriptionPeriod } from '@shared/model/subscription'
import { parseClientRows, type ClientImportLookups } from '@shared/onboarding/clientRows'
import { clientExportRows, partnerExportRow, type ClientExportRow, type ClientExportSource, type PartnerExportRow } from '@shared/onboarding/exportRows'
import { CLIENT_FIELDS, PARTNER_FIELDS } from '@shared/onboarding/fields'
import { parsePartnerRows } from '@shared/onboarding/partnerRows'
import { planClientImport, planPartnerImport } from '@shared/onboarding/preview'

const TODAY = '2026-12-01' as CalendarDate
const PLANS = [
  { id: 'plan-basis', code: 'BASIS', name: 'Basis' },
  { id: 'plan-plus', code: 'PLUS', name: 'Plus' },
]
const planCode = (id: string) => PLANS.find((p) => p.id === id)!.code
const LOOKUPS: ClientImportLookups = {
  today: TODAY,
  partners: [
    { id: 'p1', name: 'Zorggroep Noord', shortCode: 'ZGN', ecdMode: 'partner' },
    { id: 'p2', name: 'Eigen Huis', shortCode: 'EH', ecdMode: 'eigen' },
  ],
  plans: PLANS,
}

/** The rows as the import reads a file: the template's header, then each row's cells (empty cells as nothing). */
function clientTable(rows: readonly ClientExportRow[]): TableRow[] {
  return [
    { line: 1, cells: CLIENT_FIELDS.map((f) => f.header) },
    ...rows.map((row, i) => ({ line: i + 2, cells: CLIENT_FIELDS.map((f) => (row[f.key] === '' ? null : row[f.key])) })),
  ]
}
function partnerTable(rows: readonly PartnerExportRow[]): TableRow[] {
  return [
    { line: 1, cells: PARTNER_FIELDS.map((f) => f.header) },
    ...rows.map((row, i) => ({ line: i + 2, cells: PARTNER_FIELDS.map((f) => (row[f.key] === '' ? null : row[f.key])) })),
  ]
}

const CLIENT: Client = {
  id: 'c1',
  partnerId: 'p2',
  clientNumber: '000123',
  firstName: 'Jan',
  lastName: 'de Vries',
  birthDate: '1948-03-14' as CalendarDate,
  bsn: '012345672',
  begeleider: { name: 'Petra Bakker', email: 'p.bakker@example.nl', phone: '06 12345678' },
  representatives: [
    { name: 'Karin de Vries', role: 'mentor', email: '', phone: '' },
    { name: 'Piet de Vries', role: 'ouder', email: 'piet@example.nl', phone: '' },
  ],
  status: 'afgemeld',
  registrationPlanId: 'plan-basis',
  registrationReceivedDate: '2025-01-02' as CalendarDate,
  activationDate: '2025-01-09' as CalendarDate,
  loginSentDate: null,
  intake: { ...emptyIntake, formSentDate: '2025-01-09' as CalendarDate, completedBeforeTransfer: true },
  notes: 'Sleutel bij de buren',
  anonymisedDate: null,
}
const PERIODS: SubscriptionPeriod[] = [
  { id: 's2', clientId: 'c1', planId: 'plan-plus', from: '2025-06-01' as CalendarDate, until: '2026-03-01' as CalendarDate },
  { id: 's1', clientId: 'c1', planId: 'plan-basis', from: '2025-01-09' as CalendarDate, until: '2025-06-01' as CalendarDate },
]
const DEREGISTRATION: Deregistration = {
  id: 'd1',
  clientId: 'c1',
  receivedDate: '2026-02-10' as CalendarDate,
  requestedDate: '2026-02-15' as CalendarDate,
  effectiveDate: '2026-03-01' as CalendarDate,
  processedDate: '2026-02-11' as CalendarDate,
}
const SOURCE: ClientExportSource = { client: CLIENT, partnerCode: 'EH', periods: PERIODS, deregistrations: [DEREGISTRATION] }

describe('clientExportRows', () => {
  it('writes the client on its first row, one row per period in date order and one representative per row, dates dd-mm-jjjj', () => {
    const rows = clientExportRows(SOURCE, { includeBsn: true, planCode })
    expect(rows).toHaveLength(2)
    expect(rows[0]).toMatchObject({
      partner: 'EH',
      clientNumber: '000123',
      firstName: 'Jan',
      birthDate: '14-03-1948',
      bsn: '012345672',
      status: 'afgemeld',
      registrationDate: '02-01-2025',
      activationDate: '09-01-2025',
      plan: 'BASIS',
      planFrom: '09-01-2025',
      planUntil: '01-06-2025',
      representativeName: 'Karin de Vries',
      representativeRole: 'mentor',
      intakeFormSentDate: '09-01-2025',
      intakeCompletedBeforeTransfer: 'ja',
      deregistrationReceivedDate: '10-02-2026',
      deregistrationRequestedDate: '15-02-2026',
      deregistrationEffectiveDate: '01-03-2026',
    })
    expect(rows[1]).toEqual({
      ...Object.fromEntries(CLIENT_FIELDS.map((f) => [f.key, ''])),
      partner: 'EH',
      clientNumber: '000123',
      plan: 'PLUS',
      planFrom: '01-06-2025',
      planUntil: '01-03-2026',
      representativeName: 'Piet de Vries',
      representativeRole: 'ouder',
      representativeEmail: 'piet@example.nl',
    })
  })

  it('leaves the BSN out unless asked, and writes no deregistration for a client that is not deregistered', () => {
    const active = { ...CLIENT, status: 'actief' as const }
    const rows = clientExportRows({ ...SOURCE, client: active, periods: [{ ...PERIODS[1]!, until: null }] }, { includeBsn: false, planCode })
    expect(rows[0]).toMatchObject({ bsn: '', birthDate: '14-03-1948', deregistrationReceivedDate: '', deregistrationEffectiveDate: '', planUntil: '' })
  })

  it('writes a registered client (and a re-registered one) with its registration plan and no history', () => {
    const registered = { ...CLIENT, status: 'aangemeld' as const, activationDate: null, registrationPlanId: 'plan-plus', representatives: [] }
    const rows = clientExportRows({ ...SOURCE, client: registered }, { includeBsn: false, planCode })
    expect(rows).toHaveLength(1)
    expect(rows[0]).toMatchObject({ plan: 'PLUS', planFrom: '', planUntil: '', activationDate: '', deregistrationReceivedDate: '' })
  })

  it('an export without BSNs reads back as the stored client, unchanged; a new client of an eigen partner still needs one', () => {
    const rows = clientExportRows(SOURCE, { includeBsn: false, planCode })
    const isStored = (partnerId: string, clientNumber: string) => partnerId === 'p2' && clientNumber === '000123'
    const parsed = parseClientRows(clientTable(rows), { ...LOOKUPS, isStored })
    expect(parsed.ok && parsed.problems).toEqual([])
    const plan = planClientImport(parsed.ok ? parsed.clients : [], [CLIENT])
    expect(plan.update).toEqual([])
    expect(plan.unchanged).toEqual([2])

    const refused = parseClientRows(clientTable(rows), LOOKUPS)
    expect(refused.ok && refused.problems.map((p) => [p.field, p.problem.code])).toEqual([['bsn', 'onboarding.requiredForEigen']])
  })

  it('an edited cell shows as old → new in the preview', () => {
    const rows = clientExportRows(SOURCE, { includeBsn: false, planCode })
    rows[0] = { ...rows[0]!, lastName: 'Jansen' }
    const parsed = parseClientRows(clientTable(rows), { ...LOOKUPS, isStored: () => true })
    const plan = planClientImport(parsed.ok ? parsed.clients : [], [CLIENT])
    expect(plan.update[0]?.changes).toEqual([{ field: 'lastName', before: 'de Vries', after: 'Jansen' }])
  })
})

const PARTNER: Partner = {
  id: 'p1',
  name: 'Zorggroep Noord',
  shortCode: 'ZGN',
  ecdMode: 'partner',
  invoiceAddress: { street: 'Hoofdstraat 12', postcode: '9711 AB', city: 'Groningen' },
  invoiceEmail: 'facturen@zgn.nl',
  debtorReference: 'D-1001',
  kvkNumber: '01234567',
  oin: '',
  purchaseOrderReference: 'PO-17',
  contacts: [{ name: 'Anna de Vries', role: 'Teamleider', email: 'anna@zgn.nl', phone: '050 123 45 67' }],
  notes: '',
  active: false,
}

describe('partnerExportRow', () => {
  it("writes the partner in the template's columns, its first contact person and ja/nee", () => {
    expect(partnerExportRow(PARTNER)).toEqual({
      name: 'Zorggroep Noord',
      shortCode: 'ZGN',
      ecdMode: 'partner',
      street: 'Hoofdstraat 12',
      postcode: '9711 AB',
      city: 'Groningen',
      invoiceEmail: 'facturen@zgn.nl',
      debtorReference: 'D-1001',
      kvkNumber: '01234567',
      oin: '',
      purchaseOrderReference: 'PO-17',
      contactName: 'Anna de Vries',
      contactRole: 'Teamleider',
      contactEmail: 'anna@zgn.nl',
      contactPhone: '050 123 45 67',
      active: 'nee',
      notes: '',
    })
  })
})

// ---- Round trip properties: records → export rows → the import's own parser and preview → the same records.

const word = fc.stringMatching(/^[A-Z][a-z]{1,11}$/)
const optionalWord = fc.oneof(fc.constant(''), word)
const email = fc.oneof(
  fc.constant(''),
  word.map((w) => `${w.toLowerCase()}@example.nl`),
)
const phone = fc.constantFrom('', '06 12345678', '050 123 45 67', '+31 20 1234567')
const BSNS = ['012345672', '111222333', '123456782', '999999990', '100000009']
const START = '2019-01-01' as CalendarDate
const day = (min: number, max: number) => fc.integer({ min, max }).map((n) => addDays(START, n))
const representative: fc.Arbitrary<Representative> = fc.record({
  name: word,
  role: fc.constantFrom('wettelijk vertegenwoordiger', 'mentor', 'curator', 'ouder', 'gemachtigd contactpersoon'),
  email,
  phone,
})
const nullableDay = fc.option(day(0, 2000), { nil: null })

/** A stored client as the lifecycle leaves it: contiguous periods from its activation, closed at a processed deregistration. */
const storedClient = fc
  .record({
    eigen: fc.boolean(),
    number: fc.stringMatching(/^[0-9A-Z-]{1,12}$/),
    firstName: word,
    lastName: fc.tuple(fc.constantFrom('', 'van ', 'de '), word).map(([a, b]) => `${a}${b}`),
    birthDay: day(-30000, -7000),
    bsn: fc.constantFrom(...BSNS),
    begeleider: fc.record({ name: optionalWord, email, phone }),
    representatives: fc.uniqueArray(representative, { maxLength: 4, selector: (r) => `${r.name}|${r.role}` }),
    status: fc.constantFrom('aangemeld', 'actief', 'afgemeld'),
    registered: fc.integer({ min: 0, max: 1500 }),
    waitDays: fc.integer({ min: 0, max: 30 }),
    lengths: fc.array(fc.integer({ min: 1, max: 200 }), { minLength: 1, maxLength: 5 }),
    plans: fc.array(fc.constantFrom('plan-basis', 'plan-plus'), { minLength: 5, maxLength: 5 }),
    intake: fc.record({ formSentDate: nullableDay, formReceivedDate: nullableDay, dossierOpenedDate: nullableDay, conversationHeldDate: nullableDay }),
    completed: fc.boolean(),
    notes: fc.oneof(fc.constant(''), fc.lorem({ maxCount: 6 })),
  })
  .map((g): ClientExportSource => {
    const registration = addDays(START, g.registered)
    const activation = g.status === 'aangemeld' ? null : addDays(registration, g.waitDays)
    const periods: SubscriptionPeriod[] = []
    let from = activation
    if (from !== null) {
      for (const [i, days] of g.lengths.entries()) {
        const until = addDays(from, days)
        periods.push({ id: `s${i}`, clientId: 'c', planId: g.plans[i]!, from, until: i === g.lengths.length - 1 && g.status !== 'afgemeld' ? null : until })
        from = until
      }
    }
    const end = periods.at(-1)?.until ?? null
    const deregistrations: Deregistration[] =
      g.status === 'afgemeld' && end !== null
        ? [{ id: 'd', clientId: 'c', receivedDate: addDays(end, -20), requestedDate: addDays(end, -5), effectiveDate: end, processedDate: addDays(end, -19) }]
        : []
    const client: Client = {
      id: 'c',
      partnerId: g.eigen ? 'p2' : 'p1',
      clientNumber: g.number,
      firstName: g.firstName,
      lastName: g.lastName,
      birthDate: g.eigen ? g.birthDay : null,
      bsn: g.eigen ? g.bsn : '',
      begeleider: g.begeleider,
      representatives: g.representatives,
      status: g.status,
      registrationPlanId: periods[0]?.planId ?? g.plans[0]!,
      registrationReceivedDate: registration,
      activationDate: activation,
      loginSentDate: null,
      intake: { ...g.intake, conversationPlannedAt: null, ...(g.completed ? { completedBeforeTransfer: true as const } : {}) },
      notes: g.notes,
      anonymisedDate: null,
    }
    return { client, partnerCode: g.eigen ? 'EH' : 'ZGN', periods, deregistrations }
  })

describe('list export round trip (properties)', () => {
  it("clients → export rows → the import's parser gives the same clients, periods and deregistrations; re-importing changes nothing", () => {
    fc.assert(
      fc.property(storedClient, fc.boolean(), (source, includeBsn) => {
        const { client } = source
        const rows = clientExportRows(source, { includeBsn, planCode })
        const parsed = parseClientRows(clientTable(rows), { ...LOOKUPS, isStored: () => true })
        if (!parsed.ok) throw new Error(parsed.problem.code)
        expect(parsed.problems).toEqual([])
        expect(parsed.clients).toHaveLength(1)
        const read = parsed.clients[0]!
        const { id: _id, loginSentDate: _l, anonymisedDate: _a, intake, ...fields } = client
        expect(read).toMatchObject({ ...fields, bsn: includeBsn ? client.bsn : '' })
        expect(read.intake).toEqual({ ...intake, completedBeforeTransfer: undefined, conversationPlannedAt: null })
        expect(read.intakeCompletedBeforeTransfer).toBe(intake.completedBeforeTransfer === true)
        expect(read.periods.map(({ planId, from, until }) => ({ planId, from, until }))).toEqual(
          source.periods.map(({ planId, from, until }) => ({ planId, from, until })),
        )
        const d = source.deregistrations[0]
        expect(read.deregistration).toEqual(d ? { receivedDate: d.receivedDate, requestedDate: d.requestedDate, effectiveDate: d.effectiveDate } : null)
        const plan = planClientImport(parsed.clients, [client])
        expect(plan.create).toEqual([])
        expect(plan.update).toEqual([])
      }),
    )
  })

  it("partners → export rows → the import's parser gives the same partners; re-importing changes nothing", () => {
    const partner: fc.Arbitrary<Partner> = fc.record({
      id: fc.constant('p'),
      name: word,
      shortCode: fc.stringMatching(/^[A-Z0-9]{2,10}$/),
      ecdMode: fc.constantFrom('partner', 'eigen'),
      invoiceAddress: fc.record({ street: word.map((w) => `${w}straat 1`), postcode: fc.constantFrom('9711 AB', '1234 XY'), city: word }),
      invoiceEmail: word.map((w) => `${w.toLowerCase()}@example.nl`),
      debtorReference: optionalWord,
      kvkNumber: fc.oneof(fc.constant(''), fc.stringMatching(/^\d{8}$/)),
      oin: fc.oneof(fc.constant(''), fc.stringMatching(/^\d{20}$/)),
      purchaseOrderReference: optionalWord,
      contacts: fc.array(fc.record({ name: word, role: optionalWord, email, phone }), { maxLength: 1 }),
      notes: fc.oneof(fc.constant(''), fc.lorem({ maxCount: 6 })),
      active: fc.boolean(),
    })
    fc.assert(
      fc.property(fc.uniqueArray(partner, { maxLength: 5, selector: (p) => p.shortCode }), (partners) => {
        if (partners.length === 0) return
        const parsed = parsePartnerRows(partnerTable(partners.map(partnerExportRow)))
        if (!parsed.ok) throw new Error(parsed.problem.code)
        expect(parsed.problems).toEqual([])
        expect(parsed.partners.map((p) => ({ ...p.fields, contacts: p.contact ? [p.contact] : [] }))).toEqual(partners.map(({ id: _id, ...p }) => ({ ...p })))
        const plan = planPartnerImport(parsed.partners, partners)
        expect(plan.create).toEqual([])
        expect(plan.update).toEqual([])
      }),
    )
  })
})

describe("representatives on a client's later rows", () => {
  it('keeps two representatives of one name and role that differ in their details', () => {
    const twins = {
      ...CLIENT,
      representatives: [
        { name: 'Lisa Wijnaldum', role: 'ouder' as const, email: '', phone: '06 53587040' },
        { name: 'Lisa Wijnaldum', role: 'ouder' as const, email: '', phone: '06 22878799' },
      ],
    }
    const rows = clientExportRows({ ...SOURCE, client: twins }, { includeBsn: true, planCode })
    const parsed = parseClientRows(clientTable(rows), LOOKUPS)
    expect(parsed.ok && parsed.clients[0]?.representatives).toEqual(twins.representatives)
  })
})
