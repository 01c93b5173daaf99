import 'fake-indexeddb/auto'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { repositories, type Repositories } from '@renderer/data'
import type { AuditMark } from '@renderer/data/repositories/overview'
import { REFRESH_LIMIT } from '@renderer/workers/keptRead'
import {
  DASHBOARD_PERIODS,
  computeWorkOverview,
  leavesListRecords,
  readListRecords,
  refreshListRecords,
  signalUsagePeriods,
} from '@renderer/workers/overviewJobs'
import { leavesWholeTables, readWholeTables, refreshWholeTables, wholeTables } from '@renderer/workers/wholeTables'
import { computeSignalLists, overviewFigures, periodNameOf, periodNamesBetween, shiftPeriodName } from '@shared/domain'
import { defaultSettings, parseCalendarDate as d, usageId, type Client, type Partner, type PeriodName } from '@shared/model'
import { clientInput, planInput, seedBilledClient } from '../data/testDb'
import { freshStores } from '../stores/storeTestSetup'

beforeEach(freshStores)
afterEach(() => vi.restoreAllMocks())

const PERIODS: readonly PeriodName[] = ['2026-10', '2026-11']

async function importUsage(repos: Repositories, partner: Partner, clients: readonly Client[]) {
  await repos.usage.importRows(
    clients.map((client, i) => ({
      id: usageId(client.id, '2026-11'),
      clientId: client.id,
      partnerId: partner.id,
      period: '2026-11' as const,
      callMinutes: 10 + i,
      registrationMinutes: 2,
      contacts: 1 + i,
    })),
    'verbruik.csv',
  )
}

/** Three more clients beside the seeded active one, usage for all, so the lists' order is tested across several. */
async function seedSeveral() {
  const repos = repositories()
  const { partner, plan, client } = await seedBilledClient(repos)
  const plus = await repos.plans.create(planInput({ code: 'PLUS', name: 'Plus', includedMinutes: 120, sortOrder: 2 }))
  const others: Client[] = []
  for (const [clientNumber, lastName] of [
    ['2002', 'Bakker'],
    ['2003', 'Visser'],
    ['2004', 'Smit'],
  ] as const)
    others.push(await repos.clients.create(clientInput(partner, plan, { clientNumber, lastName })))
  for (const other of others.slice(0, 2)) await repos.clients.activate(other.id, d('2026-11-05'))
  await importUsage(repos, partner, [client, ...others.slice(0, 2)])
  return { repos, partner, plan, plus, client, others }
}

const TODAY = d('2026-12-07')

/**
 * The worker's start page lists and key figures, which after a clerk's work bring its last ones up to date
 * client by client, must equal those computed whole from a fresh read.
 */
async function expectWorkerOverviewFresh(repos: Repositories) {
  const overview = await computeWorkOverview({ today: TODAY }, () => undefined)
  const settings = await repos.settings.get()
  const startDay = settings.billingPeriodStartDay
  const tables = await readWholeTables(repos)
  const { changeRequests, deregistrations, usage } = await readListRecords(repos, signalUsagePeriods(TODAY, startDay))
  const current = periodNameOf(TODAY, startDay)
  const periods = periodNamesBetween(shiftPeriodName(current, 1 - DASHBOARD_PERIODS), current)
  expect(overview).toEqual({
    today: TODAY,
    lists: computeSignalLists({ today: TODAY, settings, ...tables, changeRequests, deregistrations, usage }),
    ...overviewFigures({ today: TODAY, startDay, periods, ...tables, deregistrations }),
  })
}

/**
 * Follows the writes one by one as the worker does: the changes since the last mark, applied to the copies
 * kept so far. After each, both copies must equal a fresh read exactly, order included.
 */
function follower(repos: Repositories) {
  let mark: AuditMark
  let tables: Awaited<ReturnType<typeof readWholeTables>>
  let records: Awaited<ReturnType<typeof readListRecords>>
  return {
    async start() {
      mark = await repos.overview.auditMark()
      tables = await readWholeTables(repos)
      records = await readListRecords(repos, PERIODS)
      await expectWorkerOverviewFresh(repos)
    },
    async follow() {
      const [forTables, forRecords] = await Promise.all([
        repos.overview.changesSince(mark, leavesWholeTables, REFRESH_LIMIT),
        repos.overview.changesSince(mark, leavesListRecords, REFRESH_LIMIT),
      ])
      expect(forTables?.length).toBeGreaterThan(0)
      const patchedTables = await refreshWholeTables(repos, tables, forTables ?? [])
      const patchedRecords = await refreshListRecords(repos, records, forRecords ?? [])
      expect(patchedTables).toEqual(await readWholeTables(repos))
      expect(patchedRecords).toEqual(await readListRecords(repos, PERIODS))
      tables = patchedTables ?? tables
      records = patchedRecords ?? records
      mark = await repos.overview.auditMark()
      await expectWorkerOverviewFresh(repos)
    },
  }
}

describe('kept tables follow a clerk’s work client by client', () => {
  it('equal a fresh read after each lifecycle step, record for record and in the same order', async () => {
    const { repos, partner, plan, plus, client, others } = await seedSeveral()
    const [second, third, fourth] = others as [Client, Client, Client]
    const follow = follower(repos)
    await follow.start()

    const added = await repos.clients.create(clientInput(partner, plan, { clientNumber: '2005', lastName: 'Mulder' }))
    await follow.follow()
    await repos.clients.activate(fourth.id, d('2026-11-06'))
    await follow.follow()
    await repos.clients.update({ ...third, lastName: 'de Visser' })
    await follow.follow()

    const request = await repos.changeRequests.create({
      clientId: client.id,
      toPlanId: plus.id,
      initiatedBy: 'partner',
      reason: 'Meer contact',
      requestDate: d('2026-11-12'),
    })
    await follow.follow()
    await repos.changeRequests.approve(request.id, 'operator', d('2026-11-13'))
    await repos.changeRequests.process(request.id, d('2026-11-26'), d('2026-11-16'))
    await follow.follow()

    const deregistration = await repos.deregistrations.create({ clientId: second.id, receivedDate: d('2026-11-20'), requestedDate: d('2026-11-30') })
    await follow.follow()
    await repos.deregistrations.process(deregistration.id, d('2026-11-23'))
    await follow.follow()
    const mistaken = await repos.deregistrations.create({ clientId: fourth.id, receivedDate: d('2026-11-21'), requestedDate: d('2026-12-31') })
    await follow.follow()
    await repos.deregistrations.remove(mistaken.id)
    await follow.follow()

    await repos.clients.remove(added.id)
    await follow.follow()
  })

  it('equal a fresh read after an anonymisation, whose audit entries are rewritten', async () => {
    const { repos, others } = await seedSeveral()
    const second = others[0] as Client
    const deregistration = await repos.deregistrations.create({ clientId: second.id, receivedDate: d('2026-11-20'), requestedDate: d('2026-11-30') })
    await repos.deregistrations.process(deregistration.id, d('2026-11-23'))
    await repos.settings.save({ ...defaultSettings, retentionMonths: 12 })
    const follow = follower(repos)
    await follow.start()
    await repos.clients.anonymise(second.id, d('2027-11-30'))
    await follow.follow()
  })

  it('is what the worker’s whole tables do after a client write: no second read of 100,000 clients', async () => {
    const { repos, partner, plan } = await seedSeveral()
    const first = await wholeTables(repos)
    const allClients = vi.spyOn(repos.overview, 'allClients')
    const added = await repos.clients.create(clientInput(partner, plan, { clientNumber: '2005', lastName: 'Mulder' }))
    const after = await wholeTables(repos)
    expect(allClients).not.toHaveBeenCalled()
    expect(after).not.toBe(first)
    expect(after.clients.map((c) => c.id)).toContain(added.id)
    expect(Object.isFrozen(after.clients)).toBe(true)
    expect(after).toEqual(await readWholeTables(repos))
  })

  it('reads afresh after writes that are not one client’s: a partner, a plan, an import of clients', async () => {
    const { repos, partner, plan } = await seedSeveral()
    const kept = await readWholeTables(repos)
    const mark = await repos.overview.auditMark()
    await repos.partners.update({ ...partner, name: 'Zorggroep Zuid' })
    const changes = await repos.overview.changesSince(mark, leavesWholeTables, REFRESH_LIMIT)
    expect(await refreshWholeTables(repos, kept, changes ?? [])).toBeNull()

    const afterPartner = await repos.overview.auditMark()
    await repos.plans.update({ ...plan, name: 'Basis oud' })
    expect(await refreshWholeTables(repos, kept, (await repos.overview.changesSince(afterPartner, leavesWholeTables, REFRESH_LIMIT)) ?? [])).toBeNull()

    const allClients = vi.spyOn(repos.overview, 'allClients')
    await wholeTables(repos)
    await repos.plans.update({ ...plan, name: 'Basis' })
    await wholeTables(repos)
    expect(allClients).toHaveBeenCalledTimes(2)
  })

  it('reads afresh when more changes followed than are worth applying one by one', async () => {
    const { repos, partner, plan } = await seedSeveral()
    const mark = await repos.overview.auditMark()
    await repos.clients.create(clientInput(partner, plan, { clientNumber: '2005', lastName: 'Mulder' }))
    await repos.clients.create(clientInput(partner, plan, { clientNumber: '2006', lastName: 'de Boer' }))
    expect(await repos.overview.changesSince(mark, leavesWholeTables, 1)).toBeNull()
    expect(await repos.overview.changesSince(mark, leavesWholeTables, 2)).toHaveLength(2)
  })
})
