import 'fake-indexeddb/auto'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { repositories } from '@renderer/data'
import { forgetKeptReads } from '@renderer/workers/keptRead'
import { KEEP_AFTER_MS } from '@renderer/workers/keptResults'
import { computeUsageChart, computeWorkOverview, forgetOverview, leavesKeptResults, leavesUsageChart } from '@renderer/workers/overviewJobs'
import { usageChartSchema, workOverviewSchema } from '@renderer/workers/keptResultSchemas'
import { parseCalendarDate as d, type AuditEntry } from '@shared/model'
import { seedBilledClient, clientInput } from '../data/testDb'
import { freshStores } from '../stores/storeTestSetup'

const TODAY = d('2026-12-07')
const noProgress = () => undefined

/** A new window: its worker has neither the tables nor the last lists; only the database keeps anything. */
function newWindow() {
  forgetOverview()
  forgetKeptReads()
}

/** Waits until the result computed last is in the database (it is written while the answer goes back). */
async function keptOverview() {
  const repos = repositories()
  let kept: Awaited<ReturnType<typeof repos.keptResults.get>> | undefined
  await vi.waitFor(
    async () => {
      kept = await repos.keptResults.get('overview', workOverviewSchema)
      expect(kept).toBeDefined()
    },
    { timeout: KEEP_AFTER_MS + 3000 },
  )
  return kept!
}

/** Each kind of audit entry with whether `leaves` says it leaves a kept result as it was. */
const ENTRIES = [
  ['clerk', 'switch'],
  ['invoice', 'create'],
  ['database', 'export'],
  ['plan', 'print'],
  ['usage', 'import'],
  ['client', 'update'],
  ['changeRequest', 'create'],
  ['deregistration', 'delete'],
  ['subscriptionPeriod', 'update'],
  ['settings', 'update'],
  ['partner', 'update'],
  ['client', 'import'],
  ['database', 'restore'],
] as const satisfies readonly (readonly [AuditEntry['entity'], AuditEntry['action']])[]
const spared = (leaves: (entry: Pick<AuditEntry, 'entity' | 'action'>) => boolean) =>
  ENTRIES.map(([entity, action]) => [entity, action, leaves({ entity, action })])

/** One active client (missing intake form) and one registered, not yet activated: two lists with a row. */
async function seed() {
  const repos = repositories()
  const { partner, plan, client } = await seedBilledClient(repos)
  const registered = await repos.clients.create(clientInput(partner, plan, { clientNumber: '2002', lastName: 'Bakker' }))
  const clerk = await repos.clerks.create({ name: 'Anna de Vries', initials: 'ADV', active: true })
  return { repos, client, registered, clerk }
}

beforeEach(async () => {
  await freshStores()
  newWindow()
})
afterEach(() => vi.restoreAllMocks())

describe('the start page kept across windows', () => {
  it('is shown in a new window after a sign-in without reading the tables, and computed there a little later', async () => {
    const { repos, clerk } = await seed()
    const computed = await computeWorkOverview({ today: TODAY }, noProgress)
    expect(computed.lists.some((l) => l.rows.length > 0)).toBe(true)
    expect((await keptOverview()).value).toEqual(computed)

    newWindow()
    await repos.clerks.signIn(clerk.id)
    const allClients = vi.spyOn(repos.overview, 'allClients')
    const shown = await computeWorkOverview({ today: TODAY, warmUpAfterMs: 0 }, noProgress)
    expect(shown).toEqual(computed)
    expect(allClients).not.toHaveBeenCalled()
    // The warm-up reads the tables once, after the answer.
    await vi.waitFor(() => expect(allClients).toHaveBeenCalledTimes(1))
    // The next opening waits for the warm-up and brings its result up to date: nothing changed.
    expect(await computeWorkOverview({ today: TODAY }, noProgress)).toEqual(computed)
    expect(allClients).toHaveBeenCalledTimes(1)
  })

  it('a clerk edit before the warm-up starts it at once, then reads only that client again; the lists come out as computed whole', async () => {
    const { repos, client } = await seed()
    await computeWorkOverview({ today: TODAY }, noProgress)
    await keptOverview()
    newWindow()
    const allClients = vi.spyOn(repos.overview, 'allClients')
    // Far off: the next opening must not wait for it.
    await computeWorkOverview({ today: TODAY, warmUpAfterMs: 3_600_000 }, noProgress)
    expect(allClients).not.toHaveBeenCalled()

    await repos.clients.update({ ...client, lastName: 'de Boer-Visser' })
    const updated = await computeWorkOverview({ today: TODAY }, noProgress)
    expect(allClients).toHaveBeenCalledTimes(1)
    const names = updated.lists.flatMap((l) => l.rows.map((r) => r.clientName))
    expect(names.some((n) => n.includes('de Boer-Visser'))).toBe(true)
    newWindow()
    await repos.keptResults.keep({ ...(await keptOverview()), key: 'overview', value: null })
    expect(await computeWorkOverview({ today: TODAY }, noProgress)).toEqual(updated)
  })

  it('is shown again after another sign-in without waiting for the warm-up', async () => {
    const { repos, clerk, client } = await seed()
    const computed = await computeWorkOverview({ today: TODAY }, noProgress)
    await keptOverview()
    newWindow()
    const allClients = vi.spyOn(repos.overview, 'allClients')
    // Far off: a job that waited for it would time out.
    expect(await computeWorkOverview({ today: TODAY, warmUpAfterMs: 3_600_000 }, noProgress)).toEqual(computed)
    await repos.clerks.signIn(clerk.id)
    expect(await computeWorkOverview({ today: TODAY }, noProgress)).toEqual(computed)
    expect(allClients).not.toHaveBeenCalled()
    // A write it depends on starts the warm-up at once and waits for it.
    await repos.clients.update({ ...client, lastName: 'Jansen' })
    await computeWorkOverview({ today: TODAY }, noProgress)
    expect(allClients).toHaveBeenCalledTimes(1)
  })

  it('is computed again after a write it depends on, on another day and with other settings', async () => {
    const { repos, registered } = await seed()
    const before = await computeWorkOverview({ today: TODAY }, noProgress)
    await keptOverview()

    newWindow()
    await repos.clients.activate(registered.id, d('2026-12-01'))
    const allClients = vi.spyOn(repos.overview, 'allClients')
    const after = await computeWorkOverview({ today: TODAY }, noProgress)
    expect(allClients).toHaveBeenCalledTimes(1)
    expect(after).not.toEqual(before)

    newWindow()
    await keptOverview()
    const tomorrow = await computeWorkOverview({ today: d('2026-12-08') }, noProgress)
    expect(allClients).toHaveBeenCalledTimes(2)
    expect(tomorrow.today).toBe('2026-12-08')

    newWindow()
    await vi.waitFor(async () => expect((await repos.keptResults.get('overview', workOverviewSchema))?.today).toBe('2026-12-08'), {
      timeout: KEEP_AFTER_MS + 3000,
    })
    // Settings are audited too, but a kept result does not lean on that alone.
    await repos.keptResults.keep({ ...(await keptOverview()), key: 'overview', settings: '{"billingPeriodStartDay":1}' })
    await computeWorkOverview({ today: d('2026-12-08') }, noProgress)
    expect(allClients).toHaveBeenCalledTimes(3)
  })

  it('counts sign-ins, invoices, exports and prints as leaving it as it was, and nothing else', () => {
    expect(spared(leavesKeptResults)).toEqual([
      ['clerk', 'switch', true],
      ['invoice', 'create', true],
      ['database', 'export', true],
      ['plan', 'print', true],
      ['usage', 'import', false],
      ['client', 'update', false],
      ['changeRequest', 'create', false],
      ['deregistration', 'delete', false],
      ['subscriptionPeriod', 'update', false],
      ['settings', 'update', false],
      ['partner', 'update', false],
      ['client', 'import', false],
      ['database', 'restore', false],
    ])
  })
})

describe('the usage chart kept across windows', () => {
  it("is shown again while nothing it depends on changed, a client's details included, and computed again when a period changed", async () => {
    const { repos, clerk, client, registered } = await seed()
    const computed = await computeUsageChart({ today: TODAY }, noProgress)
    await vi.waitFor(async () => expect(await repos.keptResults.get('usage-chart', usageChartSchema)).toBeDefined(), { timeout: KEEP_AFTER_MS + 3000 })

    newWindow()
    await repos.clerks.signIn(clerk.id)
    await repos.clients.update({ ...client, lastName: 'de Boer-Visser' })
    const sums = vi.spyOn(repos.overview, 'usageSums')
    expect(await computeUsageChart({ today: TODAY }, noProgress)).toEqual(computed)
    expect(sums).not.toHaveBeenCalled()

    // Activating starts a subscription period: its own entry, which the chart is not spared from.
    await repos.clients.activate(registered.id, d('2026-12-01'))
    await computeUsageChart({ today: TODAY }, noProgress)
    expect(sums).toHaveBeenCalledTimes(1)
  })

  it('is spared by work on clients, requests and deregistrations, never by a period, plan, usage, settings or import', () => {
    expect(spared(leavesUsageChart)).toEqual([
      ['clerk', 'switch', true],
      ['invoice', 'create', true],
      ['database', 'export', true],
      ['plan', 'print', true],
      ['usage', 'import', false],
      ['client', 'update', true],
      ['changeRequest', 'create', true],
      ['deregistration', 'delete', true],
      ['subscriptionPeriod', 'update', false],
      ['settings', 'update', false],
      ['partner', 'update', false],
      ['client', 'import', false],
      ['database', 'restore', false],
    ])
  })
})
