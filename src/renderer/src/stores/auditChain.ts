import { defineStore } from 'pinia'
import { ref } from 'vue'
import { GENESIS_HASH, verifyChain, type ChainBreakKind, type ChainHead } from '@shared/audit/chain'
import { onAuditHeadCommitted, repositories } from '../data'
import { platformApi, unwrap } from '../platform/api'
import { errorMessage } from './outcome'

/** Entries hashed per slice; between slices the window gets to paint and answer clicks. */
const SLICE = 2_000
const GENESIS: ChainHead = { count: 0, hash: GENESIS_HASH }

export type ChainCheck =
  | { readonly state: 'idle' }
  | { readonly state: 'running'; readonly done: number; readonly total: number }
  | { readonly state: 'ok'; readonly count: number; readonly full: boolean; readonly at: string }
  | { readonly state: 'broken'; readonly kind: ChainBreakKind; readonly seq: number }
  | { readonly state: 'failed'; readonly message: string }

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0))

/**
 * The audit trail's hash chain seen from the window (docs/audit-trail.md): hands every new head to main, which
 * keeps it outside IndexedDB; checks the chain at start from where it was last verified, and in full on demand.
 */
export const useAuditChainStore = defineStore('auditChain', () => {
  const check = ref<ChainCheck>({ state: 'idle' })

  // Main keeps the highest head it was told; a lost message only makes the kept head lag, never wrong.
  onAuditHeadCommitted((head) => {
    void platformApi()
      .audit.noteHead({ head, reset: false })
      .catch(() => undefined)
  })

  /** After a restore the trail is the file's: main takes its head as the new kept one. */
  async function restarted(): Promise<void> {
    const repo = repositories().audit
    const count = await repo.count()
    const [last] = count === 0 ? [] : await repo.chainSlice(count - 1, 1)
    const head = last ? { count: last.seq, hash: last.hash } : GENESIS
    unwrap(await platformApi().audit.noteHead({ head, reset: true }))
  }

  /** Verifies from `from` (at position `from.count`) to the end, in slices, against main's kept head. */
  async function run(full: boolean): Promise<void> {
    if (check.value.state === 'running') return
    try {
      const kept = unwrap(await platformApi().audit.head())
      const repo = repositories().audit
      const total = await repo.count()
      let head = full || kept.verified === null || kept.verified.count > total ? GENESIS : kept.verified
      check.value = { state: 'running', done: head.count, total }
      // The head main kept outside the database: fewer entries than it counts, or another hash where it points,
      // means the newest entries were removed or the trail was rewritten (which a recomputed chain hides).
      const expected = kept.head
      for (let offset = head.count; offset < total; offset += SLICE) {
        const slice = await repo.chainSlice(offset, SLICE)
        const reaches = expected !== null && expected.count > head.count && expected.count <= head.count + slice.length
        const result = verifyChain(slice, head, reaches ? expected : undefined)
        if (!result.ok) {
          check.value = { state: 'broken', kind: result.kind, seq: result.seq }
          return
        }
        head = result.head
        check.value = { state: 'running', done: head.count, total }
        await nextTask()
      }
      if (expected !== null && head.count < expected.count) {
        check.value = { state: 'broken', kind: 'truncated', seq: head.count + 1 }
        return
      }
      if (expected !== null && head.count === expected.count && head.hash !== expected.hash) {
        check.value = { state: 'broken', kind: 'changed', seq: head.count }
        return
      }
      // An empty trail has nothing to protect; main keeps no head for it.
      if (head.count > 0 && (expected === null || head.count > expected.count)) unwrap(await platformApi().audit.noteHead({ head, reset: false }))
      unwrap(await platformApi().audit.noteVerified({ head }))
      check.value = { state: 'ok', count: head.count, full, at: new Date().toISOString() }
    } catch (error) {
      check.value = { state: 'failed', message: errorMessage(error) }
    }
  }

  return { check, restarted, checkAtStart: () => run(false), checkFully: () => run(true) }
})
