import 'fake-indexeddb/auto'
import { beforeEach, describe, expect, it } from 'vitest'
import { parseCalendarDate as d, usageId } from '@shared/model'
import { repositories } from '@renderer/data'
import { canRequestChange, recommendationReason, useQuarterlyCheckStore } from '@renderer/stores/quarterlyCheck'
import { freshStores } from '../stores/storeTestSetup'
import { clientInput, partnerInput, planInput } from '../data/testDb'

beforeEach(freshStores)

const TODAY = d('2026-11-10')

/** A Basis client (60 min) using 100 minutes in each period of 2026-Q3, and one that started too late to judge. */
async function seed() {
  const repos = repositories()
  const partner = await repos.partners.create(partnerInput())
  const basis = await repos.plans.create(planInput({ code: 'BASIS', name: 'Basis', includedMinutes: 60, sortOrder: 10 }))
  const plus = await repos.plans.create(planInput({ code: 'PLUS', name: 'Plus', includedMinutes: 240, sortOrder: 20, hasIntakeConversation: true }))
  const heavy = await repos.clients.create(clientInput(partner, basis, { clientNumber: '1001', registrationReceivedDate: d('2026-05-01') }))
  await repos.clients.activate(heavy.id, d('2026-05-04'))
  const late = await repos.clients.create(clientInput(partner, basis, { clientNumber: '1002', firstName: 'Els', registrationReceivedDate: d('2026-09-01') }))
  await repos.clients.activate(late.id, d('2026-09-01'))
  const usage = ['2026-07', '2026-08', '2026-09'].map((period) => ({
    id: usageId(heavy.id, period),
    clientId: heavy.id,
    partnerId: partner.id,
    period,
    callMinutes: 90,
    registrationMinutes: 10,
    contacts: 6,
  }))
  await repos.usage.importRows(usage, 'test')
  return { partner, basis, plus, heavy, late }
}

describe('useQuarterlyCheckStore', () => {
  it('checks the last complete quarter by default and filters on the deviating outcomes', async () => {
    const { heavy, late, plus } = await seed()
    const store = useQuarterlyCheckStore()
    await store.load(undefined, TODAY)
    expect(store.quarter).toBe('2026-Q3')
    expect(store.quarterOptions(TODAY).slice(0, 3)).toEqual(['2026-Q3', '2026-Q2', '2026-Q1'])
    expect(store.counts).toEqual({ boven: 1, onder: 0, binnen: 0, 'te kort actief': 1 })
    expect(store.rows.map((s) => [s.row.clientId, s.row.outcome])).toEqual([
      [heavy.id, 'boven'],
      [late.id, 'te kort actief'],
    ])
    const above = store.rows[0]!
    expect(above.row.recommendedPlanId).toBe(plus.id)
    expect(above.row.begeleider.name).toBe('Petra Smit')
    expect(above.row.partnerContact?.name).toBe('Anja de Vries')
    expect(canRequestChange(above)).toBe(true)
    expect(canRequestChange(store.rows[1]!)).toBe(false)
    store.filter.outcome = 'boven'
    expect(store.rows).toHaveLength(1)
    store.filter.outcome = 'binnen'
    expect(store.rows).toHaveLength(0)
  })

  it('turns a recommendation into an operator-initiated change request with one call, once', async () => {
    const { heavy, basis, plus } = await seed()
    const store = useQuarterlyCheckStore()
    await store.load('2026-Q3', TODAY)
    const state = store.rows.find((s) => s.row.clientId === heavy.id)!
    expect(recommendationReason(state, store.names)).toBe(
      'Abonnementscheck 2026-Q3: verbruik structureel boven de bundel van Basis, gemiddeld 100 min per maand. Advies: Plus.',
    )
    const outcome = await store.requestChange(state, TODAY)
    expect(outcome.ok).toBe(true)
    const [request] = await repositories().changeRequests.list({ clientId: heavy.id })
    expect(request).toMatchObject({
      fromPlanId: basis.id,
      toPlanId: plus.id,
      initiatedBy: 'operator',
      requestDate: TODAY,
      operatorApprovalDate: TODAY,
      partnerApprovalDate: null,
      status: 'open',
    })
    const after = store.rows.find((s) => s.row.clientId === heavy.id)!
    expect(after.runningChange).toEqual({ id: request!.id, toPlanId: plus.id, status: 'open' })
    expect(canRequestChange(after)).toBe(false)
    expect(await store.requestChange(after, TODAY)).toEqual({ ok: false, message: null })
    // Checked again later, the running request is known.
    await store.load('2026-Q3', TODAY)
    expect(store.rows.find((s) => s.row.clientId === heavy.id)!.runningChange?.id).toBe(request!.id)
  })
})
