// liveQuery only sees changes through the global indexedDB, not a factory passed in the options.
import 'fake-indexeddb/auto'
import { describe, expect, it } from 'vitest'
import { AppDatabase } from '@renderer/data/db'
import { createDataContext } from '@renderer/data/context'
import { createRepositories } from '@renderer/data'
import { observe } from '@renderer/data/live'
import { partnerInput } from './testDb'

/** Polls until `check` holds; the 30 s limit is a watchdog, not a measure. */
function waitFor(check: () => boolean): Promise<void> {
  return new Promise((resolve, reject) => {
    const started = Date.now()
    const tick = () => (check() ? resolve() : Date.now() - started > 30_000 ? reject(new Error('timeout')) : setTimeout(tick, 5))
    tick()
  })
}

describe('observe', () => {
  it('delivers the list again after a write, until unsubscribed', async () => {
    const repos = createRepositories(createDataContext(new AppDatabase('live-test')))
    const seen: number[] = []
    const subscription = observe(
      () => repos.partners.list(),
      (list) => seen.push(list.length),
    )
    await waitFor(() => seen.length === 1)
    await repos.partners.create(partnerInput())
    await waitFor(() => seen.at(-1) === 1)
    subscription.unsubscribe()
    await repos.partners.create(partnerInput({ shortCode: 'TWEE', name: 'Twee' }))
    await new Promise((r) => setTimeout(r, 50))
    expect(seen.at(-1)).toBe(1)
  })
})
