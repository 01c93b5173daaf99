import 'fake-indexeddb/auto'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { buildApi } from '@shared/ipc/api'
import { parseCalendarDate as d } from '@shared/model'
import { repositories } from '@renderer/data'
import { useInvoicingStore } from '@renderer/stores/invoicing'
import { createHandlers } from '../../../../src/main/ipc/handlers'
import { createIpcRouter } from '../../../../src/main/ipc/router'
import { createTestPlatform } from '../../../../src/main/platform/testPlatform'
import { allCellTexts, filesIn, readWorkbook, useTempFolder } from '../../main/excel/readBack'
import { freshStores } from '../stores/storeTestSetup'
import { seedBilledClient } from '../data/testDb'

const temp = useTempFolder('invoicing-store')
const TODAY = d('2026-11-26')

/** `window.api` as the preload gives it, served in this process by the real main-process router and handlers. */
function installApi() {
  const platform = createTestPlatform({ folder: temp() })
  const router = createIpcRouter(createHandlers(platform), { isTrustedSender: () => true, log: () => undefined })
  const api = buildApi((channel, payload) => router.dispatch({ senderFrame: { url: 'app://clientadministratie/', parent: null } }, channel, [payload]))
  Object.assign(globalThis, { window: { api } })
  return platform
}

beforeEach(freshStores)
afterEach(() => {
  Reflect.deleteProperty(globalThis, 'window')
})

/** One partner with a € 100,00 client from 10-11-2026: spec rule 7's example, € 51,61 in period 2026-11. */
async function seed() {
  return seedBilledClient(repositories())
}

describe('useInvoicingStore', () => {
  it('offers the period that ended last and makes its concepts with the monthly job', async () => {
    const { partner } = await seed()
    const store = useInvoicingStore()
    await store.choosePeriod(undefined, TODAY)
    expect(store.period).toBe('2026-11')
    expect(store.periodOptions(TODAY).slice(0, 2)).toEqual(['2026-12', '2026-11'])
    expect(store.invoices).toEqual([])
    const outcome = await store.prepare(TODAY)
    expect(outcome.ok).toBe(true)
    expect(store.invoices.map((i) => [i.partnerId, i.status, i.totalCents])).toEqual([[partner.id, 'concept', 5161]])
    expect(store.invoices[0]?.id).toMatch(/^[0-9a-f-]{36}$/)
    expect(store.totals).toEqual({ count: 1, subtotalCents: 5161, vatCents: 0, totalCents: 5161 })
    // Made again, the concept is replaced, never doubled.
    await store.prepare(TODAY)
    expect((await repositories().invoices.list({ period: '2026-11' })).length).toBe(1)
  })

  it('lists what stands in the way of finalising before the click, and the repository refuses the same', async () => {
    await seed()
    const [plan] = await repositories().plans.list()
    if (!plan) throw new Error('no plan')
    await repositories().plans.update({ ...plan, isExample: true })
    const store = useInvoicingStore()
    await store.choosePeriod(undefined, TODAY)
    await store.prepare(TODAY)
    expect(store.blockers).toEqual([{ code: 'plan-voorbeeldprijs', params: { plan: 'BASIS Basis' } }])
    const refused = await store.finalise(undefined, TODAY)
    expect(refused).toMatchObject({ ok: false })
    expect(store.concepts).toHaveLength(1)
    await repositories().plans.update({ ...plan, isExample: false })
    await store.choosePeriod(undefined, TODAY)
    expect(store.blockers).toEqual([])
  })

  it('lists the partners whose invoices get no e-invoice, until a KvK number is entered and the concepts are made again', async () => {
    const { partner } = await seed()
    const store = useInvoicingStore()
    await store.choosePeriod(undefined, TODAY)
    await store.prepare(TODAY)
    expect(store.withoutEInvoice).toEqual([{ partnerId: partner.id, name: partner.name }])
    await repositories().partners.update({ ...partner, kvkNumber: '41000000' })
    await store.prepare(TODAY)
    expect(store.withoutEInvoice).toEqual([])
  })

  it('writes the run, finalises with a number, writes the final file and rewrites it with the same content', async () => {
    await seed()
    installApi()
    const store = useInvoicingStore()
    await store.choosePeriod('2026-11', TODAY)
    await store.prepare(TODAY)
    const run = await store.writeRun()
    expect(run.ok && run.value?.state).toBe('klaar')
    expect(filesIn(temp())).toContain('Factuur CONCEPT Zorggroep Noord 2026-11.xlsx')
    expect(filesIn(temp())).toContain('Verbruik Zorggroep Noord 2026-11.xlsx')

    const finalised = await store.finalise(undefined, d('2026-11-27'))
    expect(finalised.ok && finalised.value.finalised.map((i) => i.number)).toEqual(['2026-0001'])
    expect(store.concepts).toEqual([])
    const file = 'Factuur 2026-0001 Zorggroep Noord 2026-11.xlsx'
    expect(filesIn(temp())).toContain(file)

    const again = await store.rewrite(store.finals[0]!, d('2026-12-15'))
    // Workbook, PDF and e-mail draft (the partner has no KvK number or OIN: no e-invoice).
    expect(again.ok && again.value?.map((f) => f.fileName)).toEqual(['xlsx', 'pdf', 'eml'].map((ext) => `Factuur 2026-0001 Zorggroep Noord 2026-11 (2).${ext}`))
    const [first, second] = await Promise.all([readWorkbook(`${temp()}/${file}`), readWorkbook(`${temp()}/Factuur 2026-0001 Zorggroep Noord 2026-11 (2).xlsx`)])
    // The frozen invoice prints the same; only the footer's generation date tells the copies apart.
    const content = (texts: string[]) => texts.filter((t) => !t.includes('Aangemaakt op'))
    expect(content(allCellTexts(second))).toEqual(content(allCellTexts(first)))
    expect(allCellTexts(second)).not.toEqual(allCellTexts(first))
  })

  it('corrects a final invoice with a credit invoice and a new concept', async () => {
    await seed()
    installApi()
    const store = useInvoicingStore()
    await store.choosePeriod('2026-11', TODAY)
    await store.prepare(TODAY)
    await store.finalise(undefined, d('2026-11-27'))
    const final = store.finals[0]!
    expect(store.standingIds.has(final.id)).toBe(true)
    // While it stands, making concepts again leaves the final invoice alone.
    const kept = await store.prepare(TODAY)
    expect(kept.ok && kept.value.keptFinal).toHaveLength(1)

    const credit = await store.credit(final, d('2026-12-01'))
    expect(credit.ok && credit.value).toMatchObject({ kind: 'creditnota', status: 'concept', totalCents: -5161 })
    await store.finalise(undefined, d('2026-12-01'))
    expect(store.standingIds.size).toBe(0)
    expect(filesIn(temp())).toContain('Creditnota 2026-0002 Zorggroep Noord 2026-11.xlsx')

    const remade = await store.prepare(d('2026-12-01'))
    expect(remade.ok && remade.value.saved.saved).toBe(1)
    await store.finalise(undefined, d('2026-12-01'))
    expect(store.invoices.map((i) => [i.kind, i.number, i.totalCents])).toEqual([
      ['factuur', '2026-0001', 5161],
      ['creditnota', '2026-0002', -5161],
      ['factuur', '2026-0003', 5161],
    ])
    expect(store.totals.totalCents).toBe(5161)
  })
})
