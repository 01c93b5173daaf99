import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { generateDemoData } from '@shared/demo'
import { createDeregistration } from '@shared/domain/lifecycle/deregistration'
import { computeSignalLists, updateSignalLists, type SignalData } from '@shared/domain/signals'
import type { Client } from '@shared/model/client'
import { changeRequest, d } from '../fixtures'

const TODAY = d('2026-12-07')
const demo = generateDemoData({ seed: 11, partners: 4, clients: 240, months: 6, today: TODAY })
const BEFORE: SignalData = {
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

/** What a clerk's work can do to one client's records, each able to put the client on a list or take it off. */
const EDITS = ['remove', 'register', 'activate', 'formReceived', 'dossierOpened', 'renumber', 'deregister', 'request', 'noContact', 'rename'] as const
type Edit = (typeof EDITS)[number]

function edited(data: SignalData, client: Client, edit: Edit, seq: number): SignalData {
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

describe('signal lists brought up to date client by client', () => {
  const lists = computeSignalLists(BEFORE)

  it('the demo data puts clients on every list, so every list is tested', () => {
    expect(lists.filter((l) => l.rows.length === 0).map((l) => l.key)).toEqual([])
  })

  it('equal the lists computed whole after any clerk’s work on a few clients', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(BEFORE.clients.length - 1), fc.constantFrom(...EDITS)), { minLength: 1, maxLength: 5 }), (edits) => {
        let after = BEFORE
        const touched = new Set<string>()
        edits.forEach(([index, edit], seq) => {
          const client = after.clients[index % after.clients.length]!
          touched.add(client.id)
          after = edited(after, client, edit, seq)
        })
        expect(updateSignalLists({ data: BEFORE, lists }, after, touched)).toEqual(computeSignalLists(after))
      }),
      { numRuns: 60 },
    )
  })

  it('a client named but unchanged keeps its rows; nothing named, nothing changes', () => {
    const named = new Set(lists.flatMap((l) => l.rows.slice(0, 2).map((r) => r.clientId)))
    expect(updateSignalLists({ data: BEFORE, lists }, { ...BEFORE }, named)).toEqual(lists)
    expect(updateSignalLists({ data: BEFORE, lists }, { ...BEFORE }, new Set())).toEqual(lists)
  })

  it('computes all again when what all clients share differs: another day, settings, plans or imported periods', () => {
    const noClient = new Set<string>()
    const otherDay = { ...BEFORE, today: d('2026-12-28') }
    expect(updateSignalLists({ data: BEFORE, lists }, otherDay, noClient)).toEqual(computeSignalLists(otherDay))
    const closed = { ...BEFORE, settings: { ...BEFORE.settings, extraClosingDays: [d('2026-12-08')] } }
    expect(updateSignalLists({ data: BEFORE, lists }, closed, noClient)).toEqual(computeSignalLists(closed))
    const renamedPlans = { ...BEFORE, plans: BEFORE.plans.map((p) => ({ ...p, name: `${p.name} (nieuw)` })) }
    expect(updateSignalLists({ data: BEFORE, lists }, renamedPlans, noClient)).toEqual(computeSignalLists(renamedPlans))
    const lastPeriod = BEFORE.usage.reduce((last, u) => (u.period > last ? u.period : last), '')
    const withoutLast = { ...BEFORE, usage: BEFORE.usage.filter((u) => u.period !== lastPeriod) }
    expect(updateSignalLists({ data: BEFORE, lists }, withoutLast, noClient)).toEqual(computeSignalLists(withoutLast))
  })
})
