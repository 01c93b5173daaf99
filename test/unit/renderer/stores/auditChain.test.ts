import 'fake-indexeddb/auto'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { buildApi, type Api } from '@shared/ipc/api'
import { appDatabase, repositories } from '@renderer/data'
import { useAuditChainStore } from '@renderer/stores/auditChain'
import { createHandlers } from '../../../../src/main/ipc/handlers'
import { createIpcRouter } from '../../../../src/main/ipc/router'
import { createTestPlatform } from '../../../../src/main/platform/testPlatform'
import { useTempFolder } from '../../main/excel/readBack'
import { freshStores } from './storeTestSetup'
import { planInput } from '../data/testDb'

const temp = useTempFolder('audit-chain-store')

/** `window.api` served in this process by the real main-process handlers, which keep the head in a temp folder. */
function installApi(): Api {
  const platform = createTestPlatform({ folder: temp() })
  const router = createIpcRouter(createHandlers(platform), { isTrustedSender: () => true, log: () => undefined })
  const api = buildApi((channel, payload) => router.dispatch({ senderFrame: { url: 'app://clientadministratie/', parent: null } }, channel, [payload]))
  Object.assign(globalThis, { window: { api } })
  return api
}

async function writeThree(): Promise<void> {
  const plans = repositories().plans
  await plans.create(planInput({ code: 'AA', name: 'A' }))
  await plans.create(planInput({ code: 'BB', name: 'B' }))
  await plans.create(planInput({ code: 'CC', name: 'C' }))
}

/** The head main was told, once the fire-and-forget message after the last write has arrived. */
async function keptCount(api: Api, count: number): Promise<void> {
  await vi.waitFor(async () => {
    const kept = await api.audit.head()
    expect(kept.ok && kept.value.head?.count).toBe(count)
  })
}

beforeEach(freshStores)
afterEach(() => {
  Reflect.deleteProperty(globalThis, 'window')
})

describe('useAuditChainStore', () => {
  it('hands every committed head to main and finds an intact chain in order', async () => {
    const api = installApi()
    const store = useAuditChainStore()
    await writeThree()
    await keptCount(api, 3)
    await store.checkAtStart()
    expect(store.check).toMatchObject({ state: 'ok', count: 3, full: false })
    const kept = await api.audit.head()
    expect(kept.ok && kept.value.verified?.count).toBe(3)
  })

  it('finds an entry changed after it was written, even when the check starts from a verified head', async () => {
    installApi()
    const store = useAuditChainStore()
    await writeThree()
    await store.checkFully()
    const second = (await appDatabase().auditEntries.orderBy('id').toArray())[1]!
    await appDatabase().auditEntries.update(second.id, { clerk: 'Iemand anders' })
    await store.checkAtStart()
    // The incremental check starts after entry 3 and sees nothing; the full one finds the change.
    expect(store.check.state).toBe('ok')
    await store.checkFully()
    expect(store.check).toEqual({ state: 'broken', kind: 'changed', seq: 2 })
  })

  it('finds removed newest entries against the head main kept outside the database', async () => {
    const api = installApi()
    const store = useAuditChainStore()
    await writeThree()
    await keptCount(api, 3)
    const last = await appDatabase().auditEntries.orderBy('id').last()
    await appDatabase().auditEntries.delete(last!.id)
    await store.checkFully()
    expect(store.check).toEqual({ state: 'broken', kind: 'truncated', seq: 3 })
  })

  it('takes the restored trail as the new kept head after a restore', async () => {
    const api = installApi()
    const store = useAuditChainStore()
    await writeThree()
    await keptCount(api, 3)
    const last = await appDatabase().auditEntries.orderBy('id').last()
    await appDatabase().auditEntries.delete(last!.id)
    await store.restarted()
    await store.checkFully()
    expect(store.check).toMatchObject({ state: 'ok', count: 2, full: true })
  })

  it('says the check failed when main cannot be reached, instead of calling the chain sound', async () => {
    Object.assign(globalThis, { window: { api: buildApi(() => Promise.reject(new Error('kanaal dicht'))) } })
    const store = useAuditChainStore()
    await store.checkFully()
    expect(store.check.state).toBe('failed')
  })
})
