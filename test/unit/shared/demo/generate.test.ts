import { beforeAll, describe, expect, it } from 'vitest'
import { backupJsonChunks } from '@shared/backup/jsonChunks'
import { makeBackupFile, type BackupData } from '@shared/backup/schema'
import { validateBackup } from '@shared/backup/validate'
import { checkAllSubscriptionPeriods } from '@shared/domain/lifecycle/subscriptionPeriods'
import { deregistrationEffectiveDate } from '@shared/domain/lifecycle/deregistration'
import { parseCalendarDate, isValidBsn, ecdModeIssues, isOwnClientNumber } from '@shared/model'
import { DESIGN_CASE, EXAMPLE_PLANS, demoBackupSource, demoPartnerBatches, generateDemoData } from '@shared/demo'

const today = parseCalendarDate('2026-11-23')
const small = { seed: 7, partners: 6, clients: 300, months: 6, today }

describe('demo data: determinism', () => {
  it('the same seed and day give exactly the same data', () => {
    expect(JSON.stringify(generateDemoData(small))).toBe(JSON.stringify(generateDemoData(small)))
  })

  it('another seed gives other data', () => {
    expect(generateDemoData({ ...small, seed: 8 }).clients[0]?.id).not.toBe(generateDemoData(small).clients[0]?.id)
  })

  it('the streamed backup text is the same document as the data in memory', () => {
    const text = [...backupJsonChunks(demoBackupSource(small, '2026-11-23T10:00:00.000Z'))].join('')
    expect(JSON.parse(text)).toEqual(makeBackupFile(generateDemoData(small), '2026-11-23T10:00:00.000Z'))
  })

  it('batches one partner at a time with the same content', () => {
    const batches = [...demoPartnerBatches(small)]
    expect(batches).toHaveLength(6)
    expect(batches.flatMap((b) => b.clients)).toEqual(generateDemoData(small).clients)
  })
})

describe('demo data: the design case', () => {
  let data: BackupData
  beforeAll(() => {
    data = generateDemoData({ ...DESIGN_CASE, today })
  })

  it('has 60 partners, 5,000 clients and the example catalogue', () => {
    expect(data.partners).toHaveLength(60)
    expect(data.clients).toHaveLength(5000)
    expect(data.plans).toEqual(EXAMPLE_PLANS)
    expect(data.plans.every((p) => p.isExample)).toBe(true)
    const noConversation = data.plans.filter((p) => !p.hasIntakeConversation).map((p) => p.name)
    expect(noConversation.sort()).toEqual(['Basis', 'Waakvlam'])
    expect(data.plans.filter((p) => p.hasIntakeConversation).length).toBeGreaterThanOrEqual(2)
  })

  it('gives every partner a unique KvK number, a few an OIN and some an "uw kenmerk", all in valid formats', () => {
    const kvk = data.partners.map((p) => p.kvkNumber)
    expect(kvk.every((k) => /^\d{8}$/.test(k))).toBe(true)
    expect(new Set(kvk).size).toBe(kvk.length)
    const withOin = data.partners.filter((p) => p.oin !== '')
    expect(withOin.length).toBeGreaterThanOrEqual(3)
    expect(withOin.length).toBeLessThan(data.partners.length / 4)
    expect(withOin.every((p) => p.oin === `00000001${p.kvkNumber}0000`)).toBe(true)
    const withReference = data.partners.filter((p) => p.purchaseOrderReference !== '')
    expect(withReference.length).toBeGreaterThan(0)
    expect(withReference.every((p) => p.purchaseOrderReference.length <= 100)).toBe(true)
  })

  it('is a valid backup: every record passes its schema, every reference resolves', () => {
    const result = validateBackup(JSON.parse(JSON.stringify(makeBackupFile(data, '2026-11-23T10:00:00.000Z'))))
    expect(result.ok ? [] : result.issues.slice(0, 5)).toEqual([])
  })

  it('subscription periods never overlap, leave no gap, start at activation and end at deregistration', () => {
    expect(checkAllSubscriptionPeriods(data.clients, data.subscriptionPeriods, data.deregistrations)).toEqual([])
  })

  it('follows the ECD mode: eigen has a valid, unique BSN and a birth date and six-digit numbers; partner has neither', () => {
    const modeOf = new Map(data.partners.map((p) => [p.id, p.ecdMode]))
    const eigen = data.clients.filter((c) => modeOf.get(c.partnerId) === 'eigen')
    expect(eigen.length).toBeGreaterThan(200)
    expect(eigen.every((c) => isValidBsn(c.bsn) && isOwnClientNumber(c.clientNumber))).toBe(true)
    expect(new Set(eigen.map((c) => c.bsn)).size).toBe(eigen.length)
    expect(data.clients.flatMap((c) => ecdModeIssues(c, modeOf.get(c.partnerId) ?? 'partner'))).toEqual([])
  })

  it('keeps client numbers unique within each partner', () => {
    expect(new Set(data.clients.map((c) => `${c.partnerId}|${c.clientNumber}`)).size).toBe(data.clients.length)
  })

  it('spreads statuses, plans and change requests in every state', () => {
    const count = <T>(values: T[]) => values.reduce((m, v) => m.set(v, (m.get(v) ?? 0) + 1), new Map<T, number>())
    const statuses = count(data.clients.map((c) => c.status))
    expect(statuses.get('aangemeld')).toBeGreaterThan(50)
    expect(statuses.get('actief')).toBeGreaterThan(3000)
    expect(statuses.get('afgemeld')).toBeGreaterThan(300)
    expect([...count(data.subscriptionPeriods.map((p) => p.planId)).keys()].sort()).toEqual(EXAMPLE_PLANS.map((p) => p.id).sort())
    const requestStates = count(data.changeRequests.map((cr) => cr.status))
    for (const state of ['open', 'akkoord', 'verwerkt', 'afgewezen', 'ingetrokken'] as const) expect(requestStates.get(state)).toBeGreaterThan(10)
    const running = data.changeRequests.filter((cr) => cr.status === 'open' || cr.status === 'akkoord').map((cr) => cr.clientId)
    expect(new Set(running).size).toBe(running.length)
  })

  it('has deregistrations processed and still to process, with the effective date of spec rule 5', () => {
    expect(data.deregistrations.filter((d) => d.processedDate === null).length).toBeGreaterThan(5)
    expect(data.deregistrations.filter((d) => d.processedDate !== null).length).toBeGreaterThan(300)
    expect(data.deregistrations.filter((d) => d.effectiveDate !== deregistrationEffectiveDate(d.receivedDate, d.requestedDate, 26))).toEqual([])
    expect(data.deregistrations.some((d) => d.effectiveDate !== d.requestedDate)).toBe(true)
  })

  it('has clients missing their intake form (also on Basis and Waakvlam) and active clients without contact lately', () => {
    const old = data.clients.filter((c) => c.activationDate !== null && c.activationDate < '2026-09-01')
    const missing = old.filter((c) => c.intake.formReceivedDate === null)
    expect(missing.length).toBeGreaterThan(50)
    expect(missing.some((c) => c.registrationPlanId === 'voorbeeld-basis' || c.registrationPlanId === 'voorbeeld-waakvlam')).toBe(true)
    const recent = new Set(data.usage.filter((u) => u.period === '2026-09' || u.period === '2026-10').map((u) => u.clientId))
    const silent = data.clients.filter((c) => c.status === 'actief' && c.activationDate !== null && c.activationDate < '2026-08-01' && !recent.has(c.id))
    expect(silent.length).toBeGreaterThan(20)
  })

  it('has 24 complete billing periods of usage, only where the client was billed', () => {
    const periods = [...new Set(data.usage.map((u) => u.period))].sort()
    expect(periods).toHaveLength(24)
    // Today (23-11-2026) lies in period 2026-11, so the last complete one is 2026-10.
    expect(periods[0]).toBe('2024-11')
    expect(periods.at(-1)).toBe('2026-10')
    const billed = new Map<string, string>()
    for (const p of data.subscriptionPeriods) if (!billed.has(p.clientId) || p.from < billed.get(p.clientId)!) billed.set(p.clientId, p.from)
    expect(data.usage.every((u) => billed.has(u.clientId))).toBe(true)
  })
})
