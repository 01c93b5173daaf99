import { mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import { keptAuditHeadSchema, type KeptAuditHead } from '@shared/ipc/channels/audit'
import { writeTextFileAtomically } from '../files/atomicWrite'
import { readKeptJson } from '../files/readKeptJson'

type ChainHead = NonNullable<KeptAuditHead['head']>

export interface AuditHeadStore {
  read(): Promise<KeptAuditHead>
  note(head: ChainHead, reset: boolean): Promise<KeptAuditHead>
  verified(head: ChainHead): Promise<KeptAuditHead>
}

const EMPTY: KeptAuditHead = { head: null, verified: null }

/**
 * The audit chain's head kept by main in the app's own data folder, outside IndexedDB: whoever empties or
 * trims the database's trail cannot lower it, so removed newest entries are found (docs/audit-trail.md).
 * It only goes up, except on `reset` after a restore. A missing or damaged file reads as nothing kept.
 */
export function createAuditHeadStore(userData: string): AuditHeadStore {
  const path = join(userData, 'audittrail-kop.json')
  let cached: KeptAuditHead | null = null

  async function read(): Promise<KeptAuditHead> {
    if (cached !== null) return cached
    cached = (await readKeptJson(path, keptAuditHeadSchema)) ?? EMPTY
    return cached
  }

  async function write(next: KeptAuditHead): Promise<KeptAuditHead> {
    if (cached !== null && JSON.stringify(cached) === JSON.stringify(next)) return next
    await mkdir(userData, { recursive: true })
    await writeTextFileAtomically(path, `${JSON.stringify(next, null, 2)}\n`, { ifExists: 'replace' })
    cached = next
    return next
  }

  // One change at a time: heads of writes close together arrive together, and the higher must win.
  let queue: Promise<unknown> = Promise.resolve()
  function serially<T>(change: () => Promise<T>): Promise<T> {
    const next = queue.then(change, change)
    queue = next.catch(() => undefined)
    return next
  }

  return {
    read: () => serially(read),
    note: (head, reset) =>
      serially(async () => {
        const kept = await read()
        if (reset) return write({ head, verified: null })
        if (kept.head !== null && head.count <= kept.head.count) return kept
        return write({ ...kept, head })
      }),
    verified: (head) => serially(async () => write({ ...(await read()), verified: head })),
  }
}
