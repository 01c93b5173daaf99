import { afterEach, describe, expect, it, vi } from 'vitest'
import { freshStores } from '../stores/storeTestSetup'
import { appDatabase, repositories } from '@renderer/data'
import { knownClientCount } from '@renderer/data/repositories/clientList'
import type { JobMessage, JobRequest } from '@renderer/workers/messages'
import { runJob } from '@renderer/workers/runJob'
import { parseCalendarDate } from '@shared/calendar/calendarDate'

/** A worker that answers nothing by itself: the test posts its messages, as the worker's connection would. */
class FakeWorker {
  static last: FakeWorker | undefined
  onmessage: ((event: MessageEvent<JobMessage>) => void) | null = null
  onerror: ((event: ErrorEvent) => void) | null = null
  readonly requests: JobRequest[] = []
  constructor() {
    FakeWorker.last = this
  }
  postMessage(request: JobRequest): void {
    this.requests.push(request)
  }
  answer(message: JobMessage): void {
    this.onmessage?.({ data: message } as MessageEvent<JobMessage>)
  }
}

afterEach(() => {
  vi.unstubAllGlobals()
})

describe('runJob and the window’s cached counts', () => {
  it('drops the client counts this window cached once a worker reports a write, before the job resolves', async () => {
    await freshStores()
    expect(await repositories().clients.count()).toBe(0)
    expect(knownClientCount(appDatabase(), {})).toBe(0)

    vi.stubGlobal('Worker', FakeWorker)
    const done = runJob('import', 'demo-load', { scale: 'design', today: parseCalendarDate('2026-11-23'), replace: false })
    const worker = FakeWorker.last!
    const id = worker.requests[0]!.id
    // The worker's connection wrote (the demo data): its audit head comes first, then the job's answer.
    worker.answer({ id: 0, type: 'audit-head', head: { count: 1, hash: 'a'.repeat(64) } })
    worker.answer({ id, type: 'result', value: {} })
    await done

    expect(knownClientCount(appDatabase(), {})).toBeUndefined()
  })
})
