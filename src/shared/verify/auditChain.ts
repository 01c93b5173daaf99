import { verifyChain, type ChainBreakKind, type ChainHead, type ChainedEntry } from '../audit/chain'
import type { AuditEntry } from '../model/audit'
import type { VerifyCode, VerifyFinding } from '../problems/verify'

const CODES: Record<ChainBreakKind, VerifyCode> = {
  changed: 'verify.auditChainChanged',
  removed: 'verify.auditChainRemoved',
  inserted: 'verify.auditChainInserted',
  truncated: 'verify.auditChainTruncated',
}

/**
 * The audit trail's hash chain (spec L1, docs/audit-trail.md) from its first entry, against the head the app kept
 * outside its database when there is one (a backup's `auditHead`). A trail from before the chain (no entry
 * chained) has nothing to check; an entry without chain fields in a chained trail is a break.
 */
export function checkAuditChain(entries: readonly AuditEntry[], expected?: ChainHead): VerifyFinding[] {
  if (entries.length > 0 && entries.every((e) => e.hash === undefined)) return []
  const chained: ChainedEntry[] = entries.map((e) => ({ ...e, seq: e.seq ?? 0, prevHash: e.prevHash ?? '', hash: e.hash ?? '' }))
  const result = verifyChain(chained, undefined, expected)
  if (result.ok) return []
  const entry = entries[result.seq - 1]
  return [{ code: CODES[result.kind], params: { seq: result.seq }, record: { table: 'auditEntries', id: entry?.id === undefined ? null : String(entry.id) } }]
}
