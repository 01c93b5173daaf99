import { fromDayNumber as day, toDayNumber } from '../calendar/dateMath'
import { deregistrationEffectiveDate } from '../domain/lifecycle/deregistration'
import type { Client, Intake, Representative, RepresentativeRole } from '../model/client'
import type { Partner } from '../model/partner'
import type { Plan } from '../model/plan'
import type { ChangeRequest, ChangeRequestStatus, Deregistration, Initiator, SubscriptionPeriod } from '../model/subscription'
import { usageId, type Usage } from '../model/usage'
import { CHANGE_REASONS_DOWN, CHANGE_REASONS_UP, NOTES } from './names'
import { birthDate, emailOf, mobileNumber, personName, validBsn } from './people'
import type { Random } from './random'
import type { DemoTimeline } from './timeline'

/** Everything one client contributes to the data set. */
export interface ClientHistory {
  readonly client: Client
  readonly periods: SubscriptionPeriod[]
  readonly changeRequests: ChangeRequest[]
  readonly deregistrations: Deregistration[]
  readonly usage: Usage[]
}

export interface ClientSkeleton {
  /** Day the registration arrived. */
  readonly registrationN: number
  /** null: registration not processed yet (status aangemeld). */
  readonly activationN: number | null
}

export interface PartnerContext {
  readonly partner: Partner
  readonly domain: string
  readonly timeline: DemoTimeline
  /** Small → large. */
  readonly plans: readonly Plan[]
  readonly planWeights: readonly (readonly [Plan, number])[]
  /** BSNs handed out in this data set, so none repeats. */
  readonly usedBsns: Set<string>
}

/** Registration → activation lag and the share of registrations still waiting. */
export function clientSkeleton(rng: Random, timeline: DemoTimeline): ClientSkeleton {
  const { todayN, earliestActivationN } = timeline
  if (rng.chance(0.035)) return { registrationN: todayN - rng.int(0, 20), activationN: null }
  // More recent activations than old ones: the service grows.
  const activationN = earliestActivationN + Math.floor((todayN - 1 - earliestActivationN) * Math.sqrt(rng.next()))
  return { registrationN: activationN - rng.int(1, 14), activationN }
}

const REPRESENTATIVE_ROLES: readonly (readonly [RepresentativeRole, number])[] = [
  ['wettelijk vertegenwoordiger', 3],
  ['mentor', 3],
  ['curator', 1],
  ['ouder', 3],
  ['gemachtigd contactpersoon', 2],
]

function representatives(rng: Random, lastName: string): Representative[] {
  const count = rng.weighted<number>([
    [0, 70],
    [1, 25],
    [2, 5],
  ])
  return Array.from({ length: count }, () => {
    const role = rng.weighted(REPRESENTATIVE_ROLES)
    const person = role === 'ouder' ? { firstName: personName(rng).firstName, lastName } : personName(rng)
    return { name: `${person.firstName} ${person.lastName}`, role, email: rng.chance(0.8) ? emailOf(person, 'voorbeeld.nl') : '', phone: mobileNumber(rng) }
  })
}

/** How much the client needs each month, as a multiple of its first plan's bundle. */
function usageFactor(rng: Random): number {
  const band = rng.weighted<readonly [number, number]>([
    [[0.05, 0.35], 18],
    [[0.35, 1.0], 55],
    [[1.0, 1.4], 18],
    [[1.4, 2.4], 9],
  ])
  return band[0] + rng.next() * (band[1] - band[0])
}

function neighbour(rng: Random, plans: readonly Plan[], current: Plan, preferUp: boolean | null): Plan {
  const index = plans.indexOf(current)
  const up = plans[index + 1]
  const down = plans[index - 1]
  const wantUp = preferUp ?? rng.chance(0.5)
  return (wantUp ? (up ?? down) : (down ?? up)) ?? current
}

function intake(rng: Random, activationN: number, todayN: number, plan: Plan): Intake {
  const sent = activationN + rng.int(0, 1)
  const received = rng.chance(0.93) ? sent + rng.int(2, 25) : null
  const formReceivedN = received !== null && received <= todayN ? received : null
  const opened = formReceivedN !== null ? formReceivedN + rng.int(0, 5) : null
  const dossierOpenedN = opened !== null && opened <= todayN ? opened : null
  let conversationPlannedAt: string | null = null
  let conversationHeldDate: Intake['conversationHeldDate'] = null
  if (plan.hasIntakeConversation && dossierOpenedN !== null && rng.chance(0.9)) {
    const plannedN = dossierOpenedN + rng.int(2, 10)
    conversationPlannedAt = `${day(plannedN)}T${String(rng.int(9, 16)).padStart(2, '0')}:${rng.pick(['00', '15', '30', '45'])}`
    if (plannedN < todayN) conversationHeldDate = day(plannedN)
  }
  return {
    formSentDate: sent <= todayN ? day(sent) : null,
    formReceivedDate: formReceivedN === null ? null : day(formReceivedN),
    dossierOpenedDate: dossierOpenedN === null ? null : day(dossierOpenedN),
    conversationPlannedAt,
    conversationHeldDate,
  }
}

interface Segment {
  plan: Plan
  from: number
}

/**
 * One client's life: registration, activation, plan changes (processed through two approvals), maybe a
 * deregistration, open requests, and usage per complete billing period. Subscription periods follow the
 * spec's invariants by construction: they start on the activation date, touch end to start, and end on
 * the effective date of a processed deregistration (open otherwise).
 */
export function clientHistory(rng: Random, ctx: PartnerContext, skeleton: ClientSkeleton, clientNumber: string): ClientHistory {
  const { partner, timeline, plans } = ctx
  const { todayN, startDay } = timeline
  const id = rng.uuid()
  const name = personName(rng)
  const eigen = partner.ecdMode === 'eigen'
  let bsn = ''
  if (eigen) {
    do bsn = validBsn(rng)
    while (ctx.usedBsns.has(bsn))
    ctx.usedBsns.add(bsn)
  }
  const firstPlan = rng.weighted(ctx.planWeights)
  const begeleider = personName(rng)
  const base: Client = {
    id,
    partnerId: partner.id,
    clientNumber,
    firstName: name.firstName,
    lastName: name.lastName,
    birthDate: eigen ? birthDate(rng, todayN) : null,
    bsn,
    begeleider: { name: `${begeleider.firstName} ${begeleider.lastName}`, email: emailOf(begeleider, ctx.domain), phone: mobileNumber(rng) },
    representatives: representatives(rng, name.lastName),
    status: 'aangemeld',
    registrationPlanId: firstPlan.id,
    registrationReceivedDate: day(skeleton.registrationN),
    activationDate: null,
    loginSentDate: null,
    intake: { formSentDate: null, formReceivedDate: null, dossierOpenedDate: null, conversationPlannedAt: null, conversationHeldDate: null },
    notes: rng.chance(0.1) ? rng.pick(NOTES) : '',
    anonymisedDate: null,
  }
  const history: ClientHistory = { client: base, periods: [], changeRequests: [], deregistrations: [], usage: [] }
  if (skeleton.activationN === null) return history
  const activationN = skeleton.activationN

  // Deregistration: received at least a month after activation; processed unless it arrived very recently.
  let billingEndN: number | null = null
  let deregistration: Deregistration | null = null
  if (activationN < todayN - 60 && rng.chance(0.22)) {
    const receivedN = rng.int(activationN + 30, todayN - 1)
    let requested = day(receivedN + rng.int(-25, 45))
    let effective = deregistrationEffectiveDate(day(receivedN), requested, startDay)
    if (toDayNumber(effective) <= activationN) {
      // A requested date before activation would end billing before it began: the partner asks again.
      requested = day(receivedN + 14)
      effective = requested
    }
    const processedN = receivedN + rng.int(1, 9)
    const processed = processedN <= todayN
    deregistration = {
      id: rng.uuid(),
      clientId: id,
      receivedDate: day(receivedN),
      requestedDate: requested,
      effectiveDate: effective,
      processedDate: processed ? day(processedN) : null,
    }
    if (processed) billingEndN = toDayNumber(effective)
  }

  // Processed plan changes (both approvals, then processing; effective mostly from the next billing period).
  const factor = usageFactor(rng)
  const needMinutes = firstPlan.includedMinutes * factor
  const segments: Segment[] = [{ plan: firstPlan, from: activationN }]
  const changeCount = rng.weighted<number>([
    [0, 84],
    [1, 13],
    [2, 3],
  ])
  let cursor = activationN + 45
  for (let i = 0; i < changeCount && cursor < todayN - 20; i++) {
    const current = segments[segments.length - 1]!.plan
    const to = neighbour(rng, plans, current, needMinutes > current.includedMinutes * 1.1 ? true : needMinutes < current.includedMinutes * 0.4 ? false : null)
    if (to === current) break
    const requestN = rng.int(cursor, todayN - 20)
    const initiatedBy: Initiator = rng.chance(0.6) ? 'partner' : 'operator'
    const secondN = requestN + rng.int(0, 10)
    const processedN = secondN + rng.int(1, 9)
    const effectiveN = rng.chance(0.8) ? timeline.nextPeriodStart(processedN) : processedN
    if (
      processedN > todayN ||
      (billingEndN !== null && effectiveN >= billingEndN) ||
      (deregistration && processedN >= toDayNumber(deregistration.receivedDate))
    )
      break
    history.changeRequests.push({
      id: rng.uuid(),
      clientId: id,
      fromPlanId: current.id,
      toPlanId: to.id,
      initiatedBy,
      reason: rng.pick(to.sortOrder > current.sortOrder ? CHANGE_REASONS_UP : CHANGE_REASONS_DOWN),
      requestDate: day(requestN),
      partnerApprovalDate: day(initiatedBy === 'partner' ? requestN : secondN),
      operatorApprovalDate: day(initiatedBy === 'operator' ? requestN : secondN),
      closedDate: day(processedN),
      effectiveDate: day(effectiveN),
      status: 'verwerkt',
    })
    segments.push({ plan: to, from: effectiveN })
    cursor = effectiveN + 45
  }

  // A request still running or closed without processing, for clients that are not leaving.
  if (!deregistration && rng.chance(0.08)) {
    const current = segments[segments.length - 1]!.plan
    const status = rng.weighted<ChangeRequestStatus>([
      ['open', 45],
      ['akkoord', 20],
      ['afgewezen', 20],
      ['ingetrokken', 15],
    ])
    const earliest = Math.max(segments[segments.length - 1]!.from, activationN) + 1
    const requestN =
      status === 'open' || status === 'akkoord' ? Math.max(earliest, todayN - rng.int(1, 40)) : rng.int(Math.min(earliest, todayN - 1), todayN - 1)
    const to = neighbour(rng, plans, current, needMinutes > current.includedMinutes ? true : null)
    if (to !== current && requestN <= todayN) {
      const initiatedBy: Initiator = rng.chance(0.5) ? 'partner' : 'operator'
      const secondN = Math.min(todayN, requestN + rng.int(0, 10))
      const both = status === 'akkoord'
      history.changeRequests.push({
        id: rng.uuid(),
        clientId: id,
        fromPlanId: current.id,
        toPlanId: to.id,
        initiatedBy,
        reason: rng.pick(to.sortOrder > current.sortOrder ? CHANGE_REASONS_UP : CHANGE_REASONS_DOWN),
        requestDate: day(requestN),
        partnerApprovalDate: initiatedBy === 'partner' ? day(requestN) : both ? day(secondN) : null,
        operatorApprovalDate: initiatedBy === 'operator' ? day(requestN) : both ? day(secondN) : null,
        closedDate: status === 'afgewezen' || status === 'ingetrokken' ? day(secondN) : null,
        effectiveDate: null,
        status,
      })
    }
  }

  for (let i = 0; i < segments.length; i++) {
    const segment = segments[i]!
    const next = segments[i + 1]
    const untilN = next ? next.from : billingEndN
    history.periods.push({ id: rng.uuid(), clientId: id, planId: segment.plan.id, from: day(segment.from), until: untilN === null ? null : day(untilN) })
  }
  if (deregistration) history.deregistrations.push(deregistration)

  // Usage per complete billing period, from the client's need (not from the plan it happens to be on).
  const silentAtEnd = billingEndN === null && rng.chance(0.025)
  const registrationShare = 0.1 + rng.next() * 0.25
  const minutesPerContact = 4 + rng.next() * 8
  const periods = timeline.usagePeriods
  for (let p = 0; p < periods.length; p++) {
    const period = periods[p]!
    if (silentAtEnd && p >= periods.length - 2) break
    let covered = 0
    for (let i = 0; i < segments.length; i++) {
      const from = Math.max(segments[i]!.from, period.from)
      const until = Math.min(segments[i + 1]?.from ?? billingEndN ?? Number.MAX_SAFE_INTEGER, period.until)
      if (until > from) covered += until - from
    }
    if (covered === 0) continue
    const total = needMinutes * (covered / period.days) * Math.max(0, 1 + 0.3 * rng.gaussian())
    if (total < 1) continue
    const registrationMinutes = Math.round(total * registrationShare * 10) / 10
    history.usage.push({
      id: usageId(id, period.name),
      clientId: id,
      partnerId: partner.id,
      period: period.name,
      callMinutes: Math.round((total - registrationMinutes) * 10) / 10,
      registrationMinutes,
      contacts: Math.max(1, Math.round(total / minutesPerContact)),
    })
  }

  history.periods.sort((a, b) => (a.from < b.from ? -1 : 1))
  const processedDeregistration = deregistration?.processedDate ? deregistration : null
  return {
    ...history,
    client: {
      ...base,
      status: processedDeregistration ? 'afgemeld' : 'actief',
      activationDate: day(activationN),
      loginSentDate: day(activationN),
      intake: intake(rng, activationN, todayN, firstPlan),
    },
  }
}
