import { describe, expect, it } from 'vitest'
import type { CalendarDate } from '@shared/calendar/calendarDate'
import type { TableRow } from '@shared/import/table'
import { verifyBackup } from '@shared/verify'
import { CLIENT_FIELDS, PARTNER_FIELDS, type ClientFieldKey } from '@shared/onboarding/fields'
import { parseClientRows } from '@shared/onboarding/clientRows'
import { parsePartnerRows } from '@shared/onboarding/partnerRows'
import { planClientImport, planPartnerImport } from '@shared/onboarding/preview'
import { ValidationError } from '@renderer/data'
import { clientInput, partnerInput, planInput, testData } from './testDb'

const TODAY = '2026-11-23' as CalendarDate
type Row = Partial<Record<ClientFieldKey, string | number>>
const clientTable = (...rows: Row[]): TableRow[] => [
  { line: 1, cells: CLIENT_FIELDS.map((f) => f.header) },
  ...rows.map((row, i) => ({ line: i + 2, cells: CLIENT_FIELDS.map((f) => row[f.key] ?? null) })),
]

async function setup() {
  const t = testData('onboarding')
  const basis = await t.repos.plans.create(planInput())
  const plus = await t.repos.plans.create(planInput({ code: 'PLUS', name: 'Plus', sortOrder: 30, hasIntakeConversation: true }))
  const zgn = await t.repos.partners.create(partnerInput())
  const eigen = await t.repos.partners.create(partnerInput({ name: 'Eigen Huis', shortCode: 'EH', ecdMode: 'eigen' }))
  const lookups = { today: TODAY, partners: [zgn, eigen], plans: [basis, plus] }
  const parse = (...rows: Row[]) => {
    const parsed = parseClientRows(clientTable(...rows), lookups)
    if (!parsed.ok) throw new Error(parsed.problem.code)
    expect(parsed.problems).toEqual([])
    return parsed.clients
  }
  return { ...t, basis, plus, zgn, eigen, parse }
}

const ACTIVE: Row = {
  partner: 'ZGN',
  clientNumber: '00042',
  firstName: 'Jan',
  lastName: 'Jansen',
  status: 'actief',
  registrationDate: '02-02-2026',
  activationDate: '09-02-2026',
  plan: 'BASIS',
  planFrom: '09-02-2026',
  planUntil: '01-06-2026',
}

describe('onboarding repository', () => {
  it('stores new clients with their periods and a historical deregistration in one go, audited per record and once for the import', async () => {
    const t = await setup()
    const clients = t.parse(
      ACTIVE,
      { partner: 'ZGN', clientNumber: '00042', plan: 'PLUS', planFrom: '01-06-2026' },
      {
        partner: 'EH',
        firstName: 'Els',
        lastName: 'Eigen',
        birthDate: '01-01-1950',
        bsn: '111222333',
        status: 'afgemeld',
        registrationDate: '01-03-2026',
        activationDate: '02-03-2026',
        plan: 'basis',
        deregistrationReceivedDate: '10-11-2026',
        deregistrationRequestedDate: '20-10-2026',
        deregistrationEffectiveDate: '20-10-2026',
      },
      {
        partner: 'ZGN',
        clientNumber: '7',
        firstName: 'Anna',
        lastName: 'Aangemeld',
        status: 'aangemeld',
        registrationDate: '01-11-2026',
        plan: 'PLUS',
        intakeCompletedBeforeTransfer: 'ja',
      },
    )
    const plan = planClientImport(clients, [])
    expect(plan.create).toHaveLength(3)
    const auditBefore = (await t.db.auditEntries.toArray()).length
    expect(await t.repos.onboarding.importClients(plan, 'clienten.xlsx', false)).toEqual({ created: 3, updated: 0 })

    const stored = await t.repos.onboarding.clientsOfPartners([t.zgn.id, t.eigen.id])
    const jan = stored.find((c) => c.clientNumber === '00042')!
    const els = stored.find((c) => c.lastName === 'Eigen')!
    expect(els.clientNumber).toMatch(/^\d{6}$/)
    const periods = await t.db.subscriptionPeriods.where('clientId').equals(jan.id).sortBy('from')
    expect(periods.map((p) => [p.planId, p.from, p.until])).toEqual([
      [t.basis.id, '2026-02-09', '2026-06-01'],
      [t.plus.id, '2026-06-01', null],
    ])
    expect((await t.db.clients.get(jan.id))?.currentPlanId).toBe(t.plus.id)
    const dereg = await t.db.deregistrations.where('clientId').equals(els.id).first()
    expect(dereg).toMatchObject({ effectiveDate: '2026-10-20', historical: true })
    expect(stored.find((c) => c.clientNumber === '7')?.intake.completedBeforeTransfer).toBe(true)
    const audit = (await t.db.auditEntries.toArray()).slice(auditBefore)
    expect(audit.map((a) => a.event).sort()).toEqual([
      'clientImported',
      'clientImported',
      'clientImported',
      'clientsImported',
      'deregistrationImported',
      'periodImported',
      'periodImported',
      'periodImported',
    ])
    expect(audit.find((a) => a.event === 'clientsImported')?.params).toEqual({ source: 'clienten.xlsx', created: 3, updated: 0 })

    // The whole administration passes verify, the historical deregistration included.
    const backup = await t.repos.database.exportBackup()
    expect(verifyBackup(backup.data, TODAY)).toEqual([])
  })

  it('updates existing clients only when asked, with old → new per field, and keeps their lifecycle', async () => {
    const t = await setup()
    await t.repos.clients.create(clientInput(t.zgn, t.basis, { clientNumber: '00042', firstName: 'Jan', lastName: 'Janssen' }))
    const existing = await t.repos.onboarding.clientsOfPartners([t.zgn.id])
    const plan = planClientImport(t.parse({ ...ACTIVE, planUntil: '' }), existing)
    expect(plan.create).toHaveLength(0)
    expect(plan.update[0]?.changes).toEqual(expect.arrayContaining([{ field: 'lastName', before: 'Janssen', after: 'Jansen' }]))
    expect(await t.repos.onboarding.importClients(plan, 'f.xlsx', false)).toEqual({ created: 0, updated: 0 })
    expect((await t.repos.onboarding.clientsOfPartners([t.zgn.id]))[0]?.lastName).toBe('Janssen')
    expect(await t.repos.onboarding.importClients(plan, 'f.xlsx', true)).toEqual({ created: 0, updated: 1 })
    const after = (await t.repos.onboarding.clientsOfPartners([t.zgn.id]))[0]!
    expect(after).toMatchObject({ lastName: 'Jansen', status: 'aangemeld', activationDate: null })
  })

  it('stores nothing when one record is refused', async () => {
    const t = await setup()
    const plan = planClientImport(t.parse({ ...ACTIVE, planUntil: '' }, { ...ACTIVE, clientNumber: '2', planUntil: '' }), [])
    // A client number stored meanwhile: the whole import is refused.
    await t.repos.clients.create(clientInput(t.zgn, t.basis, { clientNumber: '2' }))
    const count = await t.db.clients.count()
    await expect(t.repos.onboarding.importClients(plan, 'f.xlsx', false)).rejects.toBeInstanceOf(ValidationError)
    expect(await t.db.clients.count()).toBe(count)
    expect(await t.db.subscriptionPeriods.count()).toBe(0)
  })

  it('imports partners: new ones, changed ones when asked, each audited', async () => {
    const t = await setup()
    const parsed = parsePartnerRows([
      { line: 1, cells: PARTNER_FIELDS.map((f) => f.header) },
      { line: 2, cells: PARTNER_FIELDS.map((f) => f.example) },
      {
        line: 3,
        cells: PARTNER_FIELDS.map((f) =>
          f.key === 'shortCode' ? 'ZGN' : f.key === 'purchaseOrderReference' ? 'PO-1' : f.key === 'name' ? 'Zorggroep Noord' : f.example,
        ),
      },
    ])
    if (!parsed.ok) throw new Error('file')
    expect(parsed.problems.map((p) => p.problem.code)).toEqual(['onboarding.duplicateShortCode'])
    const plan = planPartnerImport(parsed.partners, await t.repos.partners.list())
    expect(plan.update).toHaveLength(1)
    expect(plan.update[0]?.changes).toEqual(expect.arrayContaining([{ field: 'purchaseOrderReference', before: '', after: 'PO-2026-17' }]))
    expect(await t.repos.onboarding.importPartners(plan, 'partners.xlsx', true)).toEqual({ created: 0, updated: 1 })
    expect((await t.repos.partners.get(t.zgn.id))?.kvkNumber).toBe('12345678')
  })

  it("remembers the clerk's column choices per file layout in the settings, and the settings screen keeps them", async () => {
    const t = await setup()
    expect(await t.repos.onboarding.columnChoices('clients|org|nr')).toEqual({})
    await t.repos.onboarding.rememberColumns('clients|org|nr', { org: 'partner', nr: 'clientNumber' })
    expect(await t.repos.onboarding.columnChoices('clients|org|nr')).toEqual({ org: 'partner', nr: 'clientNumber' })
    const { importColumnChoices: _kept, ...edited } = await t.repos.settings.get()
    await t.repos.settings.save({ ...edited, clerkName: 'Els' })
    expect(await t.repos.onboarding.columnChoices('clients|org|nr')).toEqual({ org: 'partner', nr: 'clientNumber' })
    expect((await t.db.auditEntries.toArray()).filter((a) => a.event === 'settingsUpdated')).toHaveLength(2)
  })
})
