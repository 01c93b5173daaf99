// Must come first: Dexie looks for IndexedDB when the data layer is first imported.
import 'fake-indexeddb/auto'
import { beforeEach, describe, expect, it } from 'vitest'
import { checkClientHistory } from '@shared/domain/lifecycle/reregistration'
import { parseCalendarDate as d, type Client, type Plan } from '@shared/model'
import { repositories } from '@renderer/data'
import { translate } from '@renderer/i18n'
import { useLifecycleStore } from '@renderer/stores/lifecycle'
import { useChangeRequestsStore } from '@renderer/stores/changeRequests'
import { useDeregistrationsStore } from '@renderer/stores/deregistrations'
import { auditCount, freshStores } from '../stores/storeTestSetup'

beforeEach(freshStores)

const planInput = (code: string, name: string, monthlyFeeCents: number, hasIntakeConversation: boolean, sortOrder: number) =>
  ({ code, name, monthlyFeeCents, includedMinutes: 300, hasIntakeConversation, sortOrder, active: true, isExample: false }) as const

interface Setup {
  client: Client
  licht: Plan
  zwaar: Plan
  basis: Plan
}

/** Licht € 100 and Zwaar € 200 (with intake conversation), Basis without; a client registered on Monday 02-11-2026. */
async function setup(planCode: 'licht' | 'basis' = 'licht'): Promise<Setup> {
  const repos = repositories()
  const licht = await repos.plans.create(planInput('LICHT', 'Licht', 10000, true, 10))
  const zwaar = await repos.plans.create(planInput('ZWAAR', 'Zwaar', 20000, true, 20))
  const basis = await repos.plans.create(planInput('BASIS', 'Basis', 5000, false, 5))
  const partner = await repos.partners.create({
    name: 'Zorggroep Noord',
    shortCode: 'ZGN',
    ecdMode: 'partner',
    invoiceAddress: { street: 'Hoofdstraat 1', postcode: '9711 AA', city: 'Groningen' },
    invoiceEmail: 'facturen@zorggroepnoord.nl',
    debtorReference: '',
    kvkNumber: '',
    oin: '',
    purchaseOrderReference: '',
    contacts: [],
    notes: '',
    active: true,
  })
  const client = await repos.clients.create({
    partnerId: partner.id,
    clientNumber: 'ZN-1001',
    firstName: 'Jan',
    lastName: 'de Boer',
    birthDate: null,
    bsn: '',
    begeleider: { name: 'Petra Smit', email: '', phone: '' },
    representatives: [],
    registrationPlanId: planCode === 'licht' ? licht.id : basis.id,
    registrationReceivedDate: d('2026-11-02'),
    notes: '',
  })
  await useLifecycleStore().load(client.id)
  return { client, licht, zwaar, basis }
}

async function activated(planCode: 'licht' | 'basis' = 'licht'): Promise<Setup> {
  const s = await setup(planCode)
  const outcome = await useLifecycleStore().activate(
    { activationDate: '10-11-2026', loginSentDate: '10-11-2026', intakeFormSentDate: '10-11-2026' },
    d('2026-11-10'),
  )
  if (!outcome.ok) throw new Error(String(outcome.message))
  return s
}

describe('registration and activation', () => {
  it('shows the registration deadline with the working days left, negative once overdue', async () => {
    await setup()
    const store = useLifecycleStore()
    expect(store.registrationDue(d('2026-11-02'))).toEqual({ date: '2026-11-16', workingDaysLeft: 10 })
    expect(store.registrationDue(d('2026-11-10'))).toEqual({ date: '2026-11-16', workingDaysLeft: 4 })
    expect(store.registrationDue(d('2026-11-17'))?.workingDaysLeft).toBe(-1)
  })

  it('puts each activation error at its field and writes nothing', async () => {
    await setup()
    const store = useLifecycleStore()
    const audits = await auditCount()
    const outcome = await store.activate({ activationDate: '31-11-2026', loginSentDate: '11-11-2026', intakeFormSentDate: 'gisteren' }, d('2026-11-10'))
    expect(outcome).toEqual({ ok: false, message: null })
    expect(store.fieldErrors).toEqual({
      activationDate: 'Ongeldige datum (dd-mm-jjjj)',
      loginSentDate: 'Deze datum ligt in de toekomst (vandaag is 10-11-2026)',
      intakeFormSentDate: 'Ongeldige datum (dd-mm-jjjj)',
    })
    expect(await auditCount()).toBe(audits)
    expect(store.client?.status).toBe('aangemeld')
  })

  it("shows the domain's refusal of an activation before the receipt at the date field", async () => {
    await setup()
    const store = useLifecycleStore()
    const audits = await auditCount()
    expect(await store.activate({ activationDate: '30-10-2026', loginSentDate: '', intakeFormSentDate: '' }, d('2026-11-10'))).toEqual({
      ok: false,
      message: null,
    })
    expect(store.fieldErrors.activationDate).toMatch(/vóór de ontvangst van de aanmelding \(02-11-2026\)/)
    expect(await auditCount()).toBe(audits)
  })

  it('activates: billing starts on the activation date, the mail is recorded, the timeline and deadline follow', async () => {
    const { licht } = await activated()
    const store = useLifecycleStore()
    expect(store.client).toMatchObject({ status: 'actief', activationDate: '2026-11-10', loginSentDate: '2026-11-10', intake: { formSentDate: '2026-11-10' } })
    expect(store.periods).toMatchObject([{ planId: licht.id, from: '2026-11-10', until: null }])
    expect(store.registrationDue(d('2026-11-10'))).toBeNull()
    expect(store.currentPlan(d('2026-11-12'))?.name).toBe('Licht')
    expect(store.timeline.map((e) => e.kind)).toEqual(['registration', 'activation', 'period'])
  })
})

describe('intake', () => {
  const intake = { formSentDate: '10-11-2026', formReceivedDate: '', dossierOpenedDate: '', conversationHeldDate: '' }

  it('refuses inconsistent dates at their fields', async () => {
    await activated()
    const store = useLifecycleStore()
    const audits = await auditCount()
    expect((await store.saveIntake({ ...intake, formReceivedDate: '12-11-2026', dossierOpenedDate: '11-11-2026' }, d('2026-11-12'))).ok).toBe(false)
    expect(store.fieldErrors).toEqual({ dossierOpenedDate: 'Ligt vóór de ontvangst van het intakeformulier (12-11-2026).' })
    expect((await store.saveIntake({ ...intake, formReceivedDate: '13-11-2026' }, d('2026-11-12'))).ok).toBe(false)
    expect(store.fieldErrors.formReceivedDate).toMatch(/in de toekomst/)
    expect(await auditCount()).toBe(audits)
  })

  it('records the form, plans the conversation from the planner and records it held', async () => {
    await activated()
    const store = useLifecycleStore()
    expect((await store.saveIntake({ ...intake, formReceivedDate: '12-11-2026', dossierOpenedDate: '12-11-2026' }, d('2026-11-12'))).ok).toBe(true)
    expect(await store.planConversation('', d('2026-11-12'))).toEqual({ ok: false, message: null })
    expect(store.fieldErrors).toEqual({ conversationPlannedAt: 'Kies een tijd' })
    expect((await store.planConversation('2026-11-16T10:00', d('2026-11-12'))).ok).toBe(true)
    expect(store.client?.intake.conversationPlannedAt).toBe('2026-11-16T10:00')
    const held = { ...intake, formReceivedDate: '12-11-2026', dossierOpenedDate: '12-11-2026', conversationHeldDate: '16-11-2026' }
    expect((await store.saveIntake(held, d('2026-11-16'))).ok).toBe(true)
    expect(store.client?.intake).toEqual({
      formSentDate: '2026-11-10',
      formReceivedDate: '2026-11-12',
      dossierOpenedDate: '2026-11-12',
      conversationPlannedAt: '2026-11-16T10:00',
      conversationHeldDate: '2026-11-16',
    })
    expect(await store.cancelConversation(d('2026-11-16'))).toEqual({ ok: false, message: null })
  })

  it('has no conversation for a plan without one (Basis)', async () => {
    await activated('basis')
    const store = useLifecycleStore()
    await store.saveIntake({ ...intake, formReceivedDate: '12-11-2026' }, d('2026-11-12'))
    expect((await store.planConversation('2026-11-16T10:00', d('2026-11-12'))).ok).toBe(false)
    expect(store.fieldErrors.conversationPlannedAt).toBe('Bij deze abonnementsvorm hoort geen intakegesprek.')
  })
})

describe('subscription change', () => {
  it('asks, is approved by both, shows the deadline and processes on the effective date', async () => {
    const { licht, zwaar } = await activated()
    const store = useLifecycleStore()
    const changes = useChangeRequestsStore()

    expect(await changes.create({ initiatedBy: '', toPlanId: '', reason: ' ', requestDate: '18-11-2026' }, d('2026-11-17'))).toEqual({
      ok: false,
      message: null,
    })
    expect(Object.keys(store.fieldErrors).sort()).toEqual(['initiatedBy', 'reason', 'requestDate', 'toPlanId'])

    const created = await changes.create(
      { initiatedBy: 'operator', toPlanId: zwaar.id, reason: 'Belt vaker dan de bundel', requestDate: '17-11-2026' },
      d('2026-11-17'),
    )
    expect(created.ok).toBe(true)
    const cr = store.runningChangeRequest
    expect(cr).toMatchObject({ status: 'open', fromPlanId: licht.id, toPlanId: zwaar.id, operatorApprovalDate: '2026-11-17', partnerApprovalDate: null })
    if (!cr) return
    expect(store.changeRequestDue(cr, d('2026-11-17'))).toBeNull()

    expect(await changes.decide(cr, 'approvePartner', '16-11-2026', d('2026-11-18'))).toEqual({ ok: false, message: null })
    expect(store.fieldErrors.date).toMatch(/vóór de aanvraag/)
    expect((await changes.decide(cr, 'approvePartner', '18-11-2026', d('2026-11-18'))).ok).toBe(true)
    const approved = store.runningChangeRequest
    expect(approved?.status).toBe('akkoord')
    if (!approved) return
    // Spec rule 4: 10 working days after the later approval (Wednesday 18-11-2026).
    expect(store.changeRequestDue(approved, d('2026-11-20'))).toEqual({ date: '2026-12-02', workingDaysLeft: 8 })

    expect(changes.earliestEffectiveDate(d('2026-11-20'))).toBe('2026-10-26')
    expect(changes.previewProcess(approved, '20-10-2026', d('2026-11-20'))).toMatchObject({
      ok: false,
      message: expect.stringMatching(/vóór de lopende facturatieperiode/) as unknown,
    })
    const preview = changes.previewProcess(approved, '21-11-2026', d('2026-11-20'))
    expect(preview?.ok && preview.periods.map((p) => [p.planId, p.from, p.until])).toEqual([
      [licht.id, '2026-11-10', '2026-11-21'],
      [zwaar.id, '2026-11-21', null],
    ])
    expect(store.periods).toHaveLength(1) // a preview writes nothing

    const audits = await auditCount()
    expect(await changes.process(approved, '20-10-2026', d('2026-11-20'))).toEqual({ ok: false, message: null })
    expect(store.fieldErrors.effectiveDate).toMatch(/vóór de lopende facturatieperiode 2026-11/)
    expect(await auditCount()).toBe(audits)

    expect((await changes.process(approved, '21-11-2026', d('2026-11-20'))).ok).toBe(true)
    expect(store.runningChangeRequest).toBeNull()
    expect(store.changeRequests[0]).toMatchObject({ status: 'verwerkt', effectiveDate: '2026-11-21' })
    expect(store.periods.map((p) => [p.planId, p.from, p.until])).toEqual([
      [licht.id, '2026-11-10', '2026-11-21'],
      [zwaar.id, '2026-11-21', null],
    ])
    expect(store.currentPlan(d('2026-11-23'))?.name).toBe('Zwaar')
    // One transaction: the request and both period changes, each with its audit entry.
    expect(await auditCount()).toBe(audits + 3)
  })

  it('rejects and withdraws through the same dialog logic', async () => {
    const { zwaar } = await activated()
    const store = useLifecycleStore()
    const changes = useChangeRequestsStore()
    await changes.create({ initiatedBy: 'partner', toPlanId: zwaar.id, reason: 'Meer contact nodig', requestDate: '17-11-2026' }, d('2026-11-17'))
    const cr = store.runningChangeRequest
    if (!cr) throw new Error('no request')
    expect((await changes.decide(cr, 'reject', '18-11-2026', d('2026-11-18'))).ok).toBe(true)
    expect(store.changeRequests[0]).toMatchObject({ status: 'afgewezen', closedDate: '2026-11-18' })
    expect(store.runningChangeRequest).toBeNull()
    expect(await changes.decide(store.changeRequests[0] ?? cr, 'withdraw', '18-11-2026', d('2026-11-18'))).toEqual({ ok: false, message: null })
    expect(store.fieldErrors.date).toMatch(/kan niet naar "ingetrokken"/)
  })
})

describe('deregistration', () => {
  it('shows the corrected effective date and why, processes it and bills up to it', async () => {
    const { licht, zwaar } = await activated()
    const store = useLifecycleStore()
    const changes = useChangeRequestsStore()
    const deregs = useDeregistrationsStore()
    await changes.create({ initiatedBy: 'operator', toPlanId: zwaar.id, reason: 'Belgedrag', requestDate: '17-11-2026' }, d('2026-11-17'))
    const cr = store.runningChangeRequest
    if (!cr) throw new Error('no request')
    await changes.decide(cr, 'approvePartner', '18-11-2026', d('2026-11-18'))
    const approved = store.runningChangeRequest
    if (!approved) throw new Error('not approved')
    await changes.process(approved, '21-11-2026', d('2026-11-20'))

    // Received Tuesday 01-12-2026 (period 2026-12 runs from 26-11), asked for 20-11: not retroactive.
    expect(deregs.assess({ receivedDate: '01-12-2026', requestedDate: '' })).toBeNull()
    const assessment = deregs.assess({ receivedDate: '01-12-2026', requestedDate: '20-11-2026' })
    expect(assessment?.effectiveDate).toBe('2026-12-01')
    const explanation = assessment?.explanation
    expect(explanation && translate(`lifecycleProblems.${explanation.code}`, explanation.params)).toMatch(
      /^De gevraagde afmelddatum 20-11-2026 ligt vóór de facturatieperiode 2026-12 \(26-11-2026 t\/m 25-12-2026\)/,
    )
    expect(deregs.assess({ receivedDate: '01-12-2026', requestedDate: '31-12-2026' })).toMatchObject({ effectiveDate: '2026-12-31', explanation: null })

    expect(await deregs.create({ receivedDate: '02-12-2026', requestedDate: 'x' }, d('2026-12-01'))).toEqual({ ok: false, message: null })
    expect(store.fieldErrors).toEqual({ receivedDate: 'Deze datum ligt in de toekomst (vandaag is 01-12-2026)', requestedDate: 'Ongeldige datum (dd-mm-jjjj)' })

    expect((await deregs.create({ receivedDate: '01-12-2026', requestedDate: '20-11-2026' }, d('2026-12-01'))).ok).toBe(true)
    const pending = store.pendingDeregistration
    expect(pending).toMatchObject({ effectiveDate: '2026-12-01', processedDate: null })
    if (!pending) return
    expect(store.deregistrationDue(pending, d('2026-12-01'))).toEqual({ date: '2026-12-15', workingDaysLeft: 10 })
    expect(deregs.previewProcess(pending, d('2026-12-01'))?.at(-1)).toMatchObject({ planId: zwaar.id, until: '2026-12-01' })

    expect((await deregs.process(pending, d('2026-12-01'))).ok).toBe(true)
    expect(store.client?.status).toBe('afgemeld')
    expect(store.pendingDeregistration).toBeNull()
    expect(store.periods.map((p) => [p.planId, p.from, p.until])).toEqual([
      [licht.id, '2026-11-10', '2026-11-21'],
      [zwaar.id, '2026-11-21', '2026-12-01'],
    ])
    const entry = store.timeline.find((e) => e.kind === 'deregistration')
    expect(
      entry?.kind === 'deregistration' && entry.explanation ? translate(`lifecycleProblems.${entry.explanation.code}`, entry.explanation.params) : null,
    ).toMatch(/niet met terugwerkende kracht/)

    // Spec rule 7 through the invoicing rule: 2026-11 has 31 days, 2026-12 has 30.
    const billing = store.billing(d('2026-12-01'))
    expect(billing.map((row) => [row.period.name, row.lines.map((l) => [l.planName, l.from, l.until, l.billedDays, l.amountCents]), row.totalCents])).toEqual([
      ['2026-12', [['Zwaar', '2026-11-26', '2026-12-01', 5, 3333]], 3333],
      [
        '2026-11',
        [
          ['Licht', '2026-11-10', '2026-11-21', 11, 3548],
          ['Zwaar', '2026-11-21', '2026-11-26', 5, 3226],
        ],
        6774,
      ],
    ])
  })

  it('removes an unprocessed deregistration entered by mistake', async () => {
    await activated()
    const store = useLifecycleStore()
    const deregs = useDeregistrationsStore()
    await deregs.create({ receivedDate: '01-12-2026', requestedDate: '31-12-2026' }, d('2026-12-01'))
    const pending = store.pendingDeregistration
    if (!pending) throw new Error('none')
    expect((await deregs.remove(pending)).ok).toBe(true)
    expect(store.deregistrations).toEqual([])
  })

  it('registers a deregistered client again, keeping the history', async () => {
    const { client, licht, basis } = await activated()
    const store = useLifecycleStore()
    const deregs = useDeregistrationsStore()
    await deregs.create({ receivedDate: '01-12-2026', requestedDate: '31-12-2026' }, d('2026-12-01'))
    const pending = store.pendingDeregistration
    if (!pending) throw new Error('none')
    await deregs.process(pending, d('2026-12-01'))

    expect(await store.reregister({ registrationPlanId: '', receivedDate: '15-12-2026' }, d('2027-01-11'))).toEqual({ ok: false, message: null })
    expect(store.fieldErrors).toEqual({ registrationPlanId: 'Kies een abonnementsvorm' })
    expect(await store.reregister({ registrationPlanId: basis.id, receivedDate: '15-12-2026' }, d('2027-01-11'))).toEqual({ ok: false, message: null })
    expect(store.fieldErrors.receivedDate).toMatch(/vóór het einde van het vorige abonnement \(31-12-2026\)/)

    expect((await store.reregister({ registrationPlanId: basis.id, receivedDate: '11-01-2027' }, d('2027-01-11'))).ok).toBe(true)
    expect(store.client).toMatchObject({ id: client.id, clientNumber: 'ZN-1001', status: 'aangemeld', registrationPlanId: basis.id, activationDate: null })
    expect(store.registrationDue(d('2027-01-11'))).toEqual({ date: '2027-01-25', workingDaysLeft: 10 })
    expect(store.periods.map((p) => [p.planId, p.from, p.until])).toEqual([[licht.id, '2026-11-10', '2026-12-31']])
    expect(store.timeline.map((e) => e.kind)).toEqual(['period', 'deregistration', 'registration'])
    expect(store.timeline.at(-1)).toMatchObject({ kind: 'registration', again: true })

    expect((await store.activate({ activationDate: '18-01-2027', loginSentDate: '', intakeFormSentDate: '' }, d('2027-01-18'))).ok).toBe(true)
    expect(store.client ? checkClientHistory(store.client, store.periods, store.deregistrations) : null).toEqual([])
  })
})
