import type { AuditChange, Repositories } from '../data'
import type { AuditMark } from '../data/repositories/overview'

/** Whether an audit entry records a write that leaves what a kept read holds as it was. */
export type Spared = (change: AuditChange) => boolean

/**
 * Brings a kept value up to date with the writes since it was read (their audit entries, oldest first, the
 * spared ones left out), or null when only reading it afresh will do.
 */
export type Refresh<T> = (repos: Repositories, kept: T, changes: readonly AuditChange[]) => Promise<T | null>

/** More changes than this since the last read, and the value is read afresh: an import is a fresh read's job. */
export const REFRESH_LIMIT = 500

/**
 * A read a worker keeps between jobs while the audit trail says nothing it depends on changed: the entry it
 * was read at is still there with the same hash, and `spared` holds for every entry since. Every write is
 * audited in its own transaction, so that is exact. With `refresh`, a few other writes since are applied to
 * the kept value instead of reading it whole. One value at a time: another `key` (other periods) reads afresh
 * and replaces it.
 */
export interface KeptRead<T> {
  get(repos: Repositories, key: string, read: () => Promise<T>): Promise<T>
}

const all: { forget(): void }[] = []

export function keptRead<T>(spared: Spared, refresh?: Refresh<T>): KeptRead<T> {
  let kept: { mark: AuditMark; key: string; value: Promise<T> } | null = null
  all.push({ forget: () => (kept = null) })

  function keep(mark: AuditMark, key: string, value: Promise<T>): Promise<T> {
    kept = { mark, key, value }
    // A failed read is not kept: the next job tries again.
    value.catch(() => {
      if (kept?.value === value) kept = null
    })
    return value
  }

  return {
    // The mark is read before the value, so a value read while a write lands is at least as new as its mark
    // and the next call looks at that write again (applying a change twice gives the same value).
    async get(repos, key, read) {
      const mark = await repos.overview.auditMark()
      const before = kept
      if (before === null || before.key !== key) return keep(mark, key, read())
      if (sameMark(before.mark, mark)) return before.value
      const changes = await repos.overview.changesSince(before.mark, spared, refresh === undefined ? 0 : REFRESH_LIMIT)
      if (changes !== null && changes.length === 0) {
        if (kept === before) kept = { mark, key, value: before.value }
        return before.value
      }
      // Without `refresh` the limit is 0, so any change not spared comes back as null.
      if (changes === null || refresh === undefined) return keep(mark, key, read())
      return keep(
        mark,
        key,
        before.value.then(async (value) => (await refresh(repos, value, changes)) ?? read()),
      )
    },
  }
}

/** Forgets every kept read (tests that clear the tables without audit entries). */
export function forgetKeptReads(): void {
  for (const read of all) read.forget()
}

function sameMark(a: AuditMark, b: AuditMark): boolean {
  return a.id === b.id && a.hash === b.hash
}
