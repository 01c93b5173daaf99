import type { BackupData } from '../backup/schema'
import type { BackupSource } from '../backup/jsonChunks'
import type { CalendarDate } from '../calendar/calendarDate'
import { defaultSettings } from '../model/settings'
import type { Partner } from '../model/partner'
import type { Plan } from '../model/plan'
import type { ChangeRequest, Deregistration, SubscriptionPeriod } from '../model/subscription'
import type { Client } from '../model/client'
import type { Usage } from '../model/usage'
import type { Clerk } from '../model/clerk'
import { formatOwnClientNumber } from '../model/clientRules'
import { EXAMPLE_PLANS, PLAN_WEIGHTS } from './catalogue'
import { clientHistory, clientSkeleton, type PartnerContext } from './clientHistory'
import { makePartner, PartnerNamer } from './partners'
import { Random } from './random'
import { makeTimeline, type DemoTimeline } from './timeline'

export interface DemoOptions {
  readonly seed: number
  /** The day the data set is "now"; nothing reads the clock. */
  readonly today: CalendarDate
  readonly partners: number
  readonly clients: number
  /** Complete billing periods of usage before today's period. */
  readonly months: number
}

/** The design case of the spec: 60 partners, 5,000 clients, 24 months of usage. */
export const DESIGN_CASE = { seed: 20261123, partners: 60, clients: 5_000, months: 24 } as const
/** The stress case: 500 partners, 100,000 clients, 24 months of usage. */
export const STRESS_CASE = { seed: 20261123, partners: 500, clients: 100_000, months: 24 } as const

/** One partner with everything that hangs off it. */
export interface DemoPartnerBatch {
  readonly partner: Partner
  readonly clients: Client[]
  readonly subscriptionPeriods: SubscriptionPeriod[]
  readonly changeRequests: ChangeRequest[]
  readonly deregistrations: Deregistration[]
  readonly usage: Usage[]
}

const INACTIVE_PARTNER_SHARE = 0.03

/** How many clients each partner gets: a few large partners, many small ones; exactly `total` overall. */
function clientCounts(rng: Random, active: readonly boolean[], total: number): number[] {
  const weights = active.map((a) => (a ? 1 / Math.pow(0.05 + rng.next(), 0.9) : 0))
  const sum = weights.reduce((a, b) => a + b, 0)
  if (sum === 0) return active.map(() => 0)
  const exact = weights.map((w) => (w / sum) * total)
  const counts = exact.map(Math.floor)
  let rest = total - counts.reduce((a, b) => a + b, 0)
  const byRemainder = exact.map((e, i) => [e - Math.floor(e), i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1])
  for (const [, i] of byRemainder) {
    if (rest-- <= 0) break
    counts[i] = (counts[i] ?? 0) + 1
  }
  return counts
}

function partnerNumbering(rng: Random, partner: Partner): (index: number) => string {
  if (partner.ecdMode === 'eigen') return (index) => formatOwnClientNumber(index + 1)
  // Partners with their own ECD use their own numbering; each a different style.
  const style = rng.int(0, 2)
  const start = rng.int(1000, 90000)
  if (style === 0) return (index) => String(start * 10 + index * 7)
  if (style === 1) return (index) => `${partner.shortCode}-${String(start + index).padStart(6, '0')}`
  return (index) => `C${String(start * 3 + index)}`
}

/**
 * The demo data set, one partner at a time, entirely determined by the options: running it again yields
 * the same batches, so the data can be produced again table by table (backup/jsonChunks.ts) without ever
 * holding the 100,000-client case in memory as a whole. Each partner draws from its own random stream.
 */
export function* demoPartnerBatches(options: DemoOptions): Generator<DemoPartnerBatch> {
  const timeline: DemoTimeline = makeTimeline(options.today, options.months, defaultSettings.billingPeriodStartDay)
  const setup = Random.derive(options.seed, 0)
  const active = Array.from({ length: options.partners }, (_, i) => i < 2 || !setup.chance(INACTIVE_PARTNER_SHARE))
  const counts = clientCounts(setup, active, options.clients)
  const plans: readonly Plan[] = EXAMPLE_PLANS
  const planWeights = plans.map((p) => [p, PLAN_WEIGHTS.get(p.id) ?? 1] as const)
  const namer = new PartnerNamer()
  const usedBsns = new Set<string>()

  for (let index = 0; index < options.partners; index++) {
    const rng = Random.derive(options.seed, index + 1)
    const partner = makePartner(rng, index, namer, active[index] ?? true)
    const ctx: PartnerContext = { partner, domain: partner.invoiceEmail.split('@')[1] ?? 'voorbeeld.nl', timeline, plans, planWeights, usedBsns }
    const number = partnerNumbering(rng, partner)
    // Numbers follow the order in which registrations arrived.
    const skeletons = Array.from({ length: counts[index] ?? 0 }, () => clientSkeleton(rng, timeline)).sort((a, b) => a.registrationN - b.registrationN)
    const batch: DemoPartnerBatch = { partner, clients: [], subscriptionPeriods: [], changeRequests: [], deregistrations: [], usage: [] }
    skeletons.forEach((skeleton, i) => {
      const history = clientHistory(rng, ctx, skeleton, number(i))
      batch.clients.push(history.client)
      batch.subscriptionPeriods.push(...history.periods)
      batch.changeRequests.push(...history.changeRequests)
      batch.deregistrations.push(...history.deregistrations)
      for (const u of history.usage) batch.usage.push(u)
    })
    yield batch
  }
}

/** The demo clerks: the first matches the demo settings' clerk name; the last is inactive to show deactivation. */
export function demoClerks(): Clerk[] {
  return [
    { id: 'clerk-1', name: 'Demo-medewerker', initials: 'DM', active: true },
    { id: 'clerk-2', name: 'Anna de Vries', initials: 'ADV', active: true },
    { id: 'clerk-3', name: 'Pieter Bakker', initials: 'PB', active: false },
  ]
}

/** The demo settings: the defaults, with the demo clerk's name. */
export function demoSettings(): BackupData['settings'] {
  return { ...structuredClone(defaultSettings), clerkName: 'Demo-medewerker', demoData: true }
}

function collect(options: DemoOptions, withUsage: boolean): BackupData {
  const data: BackupData = {
    settings: demoSettings(),
    clerks: demoClerks(),
    partners: [],
    plans: EXAMPLE_PLANS.map((p) => ({ ...p })),
    clients: [],
    subscriptionPeriods: [],
    changeRequests: [],
    deregistrations: [],
    usage: [],
    invoices: [],
    auditEntries: [],
    imports: [],
  }
  for (const batch of demoPartnerBatches(options)) {
    data.partners.push(batch.partner)
    for (const c of batch.clients) data.clients.push(c)
    for (const p of batch.subscriptionPeriods) data.subscriptionPeriods.push(p)
    for (const cr of batch.changeRequests) data.changeRequests.push(cr)
    for (const d of batch.deregistrations) data.deregistrations.push(d)
    if (withUsage) for (const u of batch.usage) data.usage.push(u)
  }
  return data
}

/**
 * The whole demo data set in the backup shape (app, command line and benchmarks share it). No invoices
 * (finance makes them) and no audit entries (loading the data is logged). For the stress case prefer
 * `demoBackupSource` or `demoPartnerBatches`: held whole it takes about 400 MB.
 */
export function generateDemoData(options: DemoOptions): BackupData {
  return collect(options, true)
}

/**
 * The demo data set as a streamed backup source (backup/jsonChunks.ts): one pass keeps everything but the
 * usage (about a tenth of the stress case's memory), a second pass streams the usage rows.
 */
export function demoBackupSource(options: DemoOptions, exportedAt: string): BackupSource {
  let withoutUsage: BackupData | undefined
  const rest = (): BackupData => (withoutUsage ??= collect(options, false))
  return {
    exportedAt,
    settings: demoSettings(),
    tables: {
      clerks: () => demoClerks(),
      partners: () => rest().partners,
      plans: () => rest().plans,
      clients: () => rest().clients,
      subscriptionPeriods: () => rest().subscriptionPeriods,
      changeRequests: () => rest().changeRequests,
      deregistrations: () => rest().deregistrations,
      usage: function* () {
        for (const batch of demoPartnerBatches(options)) yield* batch.usage
      },
      invoices: () => [],
      auditEntries: () => [],
      imports: () => [],
    },
  }
}
