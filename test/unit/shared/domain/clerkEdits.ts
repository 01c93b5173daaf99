import fc from 'fast-check'
import { generateDemoData } from '@shared/demo'
import { createDeregistration } from '@shared/domain/lifecycle/deregistration'
import type { SignalData } from '@shared/domain/signals'
import type { Client } from '@shared/model/client'
import { changeRequest, d } from './fixtures'

/**
 * A small administration with clients on every signal list, and what a clerk's work on a few of its clients
 * can do to it: for the tests that bring lists and figures up to date client by client.
 */
export const TODAY = d('2026-12-07')
const demo = generateDemoData({ seed: 11, partners: 4, clients: 240, months: 6, today: TODAY })
export const BEFORE: SignalData = {
  today: TODAY,
  settings: demo.settings,
  partners: demo.partners,
  plans: demo.plans,
  clients: demo.clients,
  subscriptionPeriods: demo.subscriptionPeriods,
  changeRequests: demo.changeRequests,
  deregistrations: demo.deregistrations,
  usage: demo.usage,
}

/** What a clerk's work can do to one client's records, each able to put the client on a list or take it off, or change a figure. */
const EDITS = [
  'remove',
  'register',
  'activate',
  'formReceived',
  'dossierOpened',
  'renumber',
  'deregister',
  'deregistered',
  'request',
  'noContact',
  'rename',
  'endSubscription',
  'otherPlan',
  'receivedEarlier',
] as const
type Edit = (typeof EDITS)[number]

function editedClient(data: SignalData, client: Client, edit: Edit, seq: number): SignalData {
  const other = <T extends { readonly clientId: string }>(records: readonly T[]) => records.filter((r) => r.clientId !== client.id)
  const replace = (next: Client | null) => data.clients.flatMap((c) => (c.id !== client.id ? [c] : next === null ? [] : [next]))
  switch (edit) {
    case 'remove':
      return {
        ...data,
        clients: replace(null),
        subscriptionPeriods: other(data.subscriptionPeriods),
        changeRequests: other(data.changeRequests),
        deregistrations: other(data.deregistrations),
        usage: other(data.usage),
      }
    case 'register':
      return { ...data, clients: replace({ ...client, status: 'aangemeld', activationDate: null, registrationReceivedDate: d('2026-11-20') }) }
    case 'activate':
      return { ...data, clients: replace({ ...client, status: 'actief', activationDate: client.activationDate ?? d('2026-11-25') }) }
    case 'formReceived':
      return {
        ...data,
        clients: replace({ ...client, intake: { ...client.intake, formReceivedDate: client.intake.formReceivedDate === null ? d('2026-11-30') : null } }),
      }
    case 'dossierOpened':
      return {
        ...data,
        clients: replace({ ...client, intake: { ...client.intake, dossierOpenedDate: client.intake.dossierOpenedDate === null ? d('2026-12-01') : null } }),
      }
    case 'renumber':
      return { ...data, clients: replace({ ...client, clientNumber: `9${seq}${client.clientNumber}` }) }
    case 'rename':
      return { ...data, clients: replace({ ...client, lastName: `${client.lastName}-Jansen` }) }
    case 'deregister':
      return {
        ...data,
        deregistrations: [
          ...data.deregistrations,
          createDeregistration({ id: `dereg-${seq}`, clientId: client.id, receivedDate: d('2026-12-01'), requestedDate: d('2026-12-31') }, 26),
        ],
      }
    case 'deregistered': {
      const processed = createDeregistration({ id: `dereg-${seq}`, clientId: client.id, receivedDate: d('2026-10-01'), requestedDate: d('2026-10-15') }, 26)
      return { ...data, deregistrations: [...data.deregistrations, { ...processed, processedDate: d('2026-10-02') }] }
    }
    case 'endSubscription':
      return {
        ...data,
        subscriptionPeriods: data.subscriptionPeriods.map((p) => (p.clientId === client.id && p.until === null ? { ...p, until: d('2026-12-01') } : p)),
      }
    case 'otherPlan': {
      const ended = data.subscriptionPeriods.map((p) =>
        p.clientId === client.id && p.until === null && p.from < d('2026-12-01') ? { ...p, until: d('2026-12-01') } : p,
      )
      const next = { id: `sp-${seq}`, clientId: client.id, planId: data.plans[seq % data.plans.length]!.id, from: d('2026-12-01'), until: null }
      return { ...data, subscriptionPeriods: ended.some((p, i) => p !== data.subscriptionPeriods[i]) ? [...ended, next] : ended }
    }
    case 'receivedEarlier':
      return { ...data, clients: replace({ ...client, registrationReceivedDate: d('2026-07-10') }) }
    case 'request':
      return {
        ...data,
        changeRequests: [
          ...data.changeRequests,
          changeRequest({ id: `cr-${seq}`, clientId: client.id, fromPlanId: data.plans[0]!.id, toPlanId: data.plans[1]!.id, requestDate: d('2026-12-02') }),
        ],
      }
    case 'noContact':
      return { ...data, usage: data.usage.map((u) => (u.clientId === client.id ? { ...u, contacts: 0, callMinutes: 0, registrationMinutes: 0 } : u)) }
  }
}

/** A few edits, each on a client picked by position. */
export const clerkEdits = fc.array(fc.tuple(fc.nat(BEFORE.clients.length - 1), fc.constantFrom(...EDITS)), { minLength: 1, maxLength: 5 })

/** The administration after the edits, and every client they touched. */
export function edited(edits: readonly (readonly [number, Edit])[]): { after: SignalData; touched: Set<string> } {
  let after = BEFORE
  const touched = new Set<string>()
  edits.forEach(([index, edit], seq) => {
    const client = after.clients[index % after.clients.length]!
    touched.add(client.id)
    after = editedClient(after, client, edit, seq)
  })
  return { after, touched }
}
