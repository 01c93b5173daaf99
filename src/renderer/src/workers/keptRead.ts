import type { AuditEntry } from '@shared/model'
import type { Repositories } from '../data'
import type { AuditMark } from '../data/repositories/overview'

/** Whether an audit entry records a write that leaves what a kept read holds as it was. */
export type Spared = (entry: Pick<AuditEntry, 'entity' | 'action'>) => boolean

/**
 * A read a worker keeps between jobs while the audit trail says nothing it depends on changed: the entry it
 * was read at is still there with the same hash, and `spared` holds for every entry since. Every write is
 * audited in its own transaction, so that is exact. One value at a time: another `key` (other periods) reads
 * afresh and replaces it.
 */
export interface KeptRead<T> {
  get(repos: Repositories, key: string, read: () => Promise<T>): Promise<T>
}

const all: { forget(): void }[] = []

export function keptRead<T>(spared: Spared): KeptRead<T> {
  let kept: { mark: AuditMark; key: string; value: Promise<T> } | null = null
  all.push({ forget: () => (kept = null) })
  return {
    // The mark is read before the value, so a value read while a write lands is at least as new as its mark
    // and the next call looks at that write again.
    async get(repos, key, read) {
      const mark = await repos.overview.auditMark()
      const before = kept
      if (before !== null && before.key === key && (sameMark(before.mark, mark) || (await repos.overview.onlyChangedSince(before.mark, spared)))) {
        if (kept === before) kept = { mark, key, value: before.value }
        return before.value
      }
      const value = read()
      kept = { mark, key, value }
      // A failed read is not kept: the next job tries again.
      value.catch(() => {
        if (kept?.value === value) kept = null
      })
      return value
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
