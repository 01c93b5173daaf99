import { sha256 } from '@noble/hashes/sha2.js'
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js'
import { ANONYMISED_VALUE } from '../model/clientRules'
import { canonicalEncode } from './canonical'
import { PERSONAL_AUDIT_PARAMS } from './events'
import { isPersonalField } from './personal'

const SALT_BYTES = 16
/** Random bytes fetched for 256 salts at once: an import salts tens of thousands of entries, one call each was slow. */
let saltPool = new Uint8Array(0)
let saltAt = 0

/** A fresh random salt for one entry's sealed values (Web Crypto: the renderer and Node both have it). */
export function randomSalt(): string {
  if (saltAt + SALT_BYTES > saltPool.length) {
    saltPool = crypto.getRandomValues(new Uint8Array(SALT_BYTES * 256))
    saltAt = 0
  }
  const salt = bytesToHex(saltPool.subarray(saltAt, saltAt + SALT_BYTES))
  saltAt += SALT_BYTES
  return salt
}

/** The hash before the first entry. */
export const GENESIS_HASH = '0'.repeat(64)

/** The parts of an audit entry that are chained (the database key `id` is not). */
export interface ChainBody {
  readonly at: string
  readonly clerk: string
  readonly entity: string
  readonly recordId: string
  readonly action: string
  readonly changes: readonly { readonly field: string; readonly before: unknown; readonly after: unknown }[]
  readonly outcome: string
  readonly event: string
  readonly params: Readonly<Record<string, string | number>>
  readonly historicSummary?: string
}

/**
 * Salted digests of the personal values: of `changes` by `<index>.before` / `<index>.after`, of personal
 * parameters by `params.<name>`, and of a recorded sentence (entries from before events) by `historicSummary`.
 */
export interface SealedValues {
  readonly salt: string
  readonly digests: Readonly<Record<string, string>>
}

export interface ChainFields {
  /** 1 for the first entry, one more for each next one. */
  readonly seq: number
  readonly prevHash: string
  readonly hash: string
  readonly sealed?: SealedValues
}

export type ChainedEntry = ChainBody & ChainFields

export interface ChainHead {
  readonly count: number
  readonly hash: string
}

const sha256Hex = (text: string): string => bytesToHex(sha256(utf8ToBytes(text)))

/** What is hashed for one personal value's salted digest, from the value's canonical encoding. */
const sealTextOf = (salt: string, encoded: string): string => `${salt}\u0000${encoded}`

/** The salted digest of one personal value. */
export function sealValue(salt: string, value: unknown): string {
  return sha256Hex(sealTextOf(salt, canonicalEncode(value ?? null)))
}

/** Digests of every personal value in `body.changes`; undefined when there are none. `salt` comes from the caller (random). */
export function sealPersonal(body: ChainBody, salt: string): SealedValues | undefined {
  const digests: Record<string, string> = {}
  let count = 0
  // One salt per entry, so equal values have equal digests: a created client's every `before` is null, many
  // `after`s are empty. Each distinct value is hashed once, the same digests (two per personal field).
  const known = new Map<string, string>()
  const seal = (key: string, value: unknown): void => {
    const encoded = canonicalEncode(value ?? null)
    let digest = known.get(encoded)
    if (digest === undefined) {
      digest = sha256Hex(sealTextOf(salt, encoded))
      known.set(encoded, digest)
    }
    digests[key] = digest
    count++
  }
  body.changes.forEach((change, index) => {
    if (!isPersonalField(body.entity, change.field)) return
    seal(`${index}.before`, change.before)
    seal(`${index}.after`, change.after)
  })
  for (const [name, value] of Object.entries(body.params)) {
    if (PERSONAL_AUDIT_PARAMS.includes(name)) seal(`params.${name}`, value)
  }
  if (body.historicSummary !== undefined) seal('historicSummary', body.historicSummary)
  return count === 0 ? undefined : { salt, digests }
}

/** The hashed form: personal values replaced by their digests, so removing the values keeps the hash. */
function hashedForm(body: ChainBody, seq: number, prevHash: string, sealed: SealedValues | undefined): unknown {
  const changes = body.changes.map((change, index) => {
    const before = sealed?.digests[`${index}.before`]
    const after = sealed?.digests[`${index}.after`]
    return {
      field: change.field,
      before: before === undefined ? (change.before ?? null) : { sealed: before },
      after: after === undefined ? (change.after ?? null) : { sealed: after },
    }
  })
  const params = Object.fromEntries(
    Object.entries(body.params).map(([name, value]) => {
      const digest = sealed?.digests[`params.${name}`]
      return [name, digest === undefined ? value : { sealed: digest }]
    }),
  )
  const summaryDigest = sealed?.digests.historicSummary
  return {
    v: 1,
    seq,
    prevHash,
    at: body.at,
    clerk: body.clerk,
    entity: body.entity,
    recordId: body.recordId,
    action: body.action,
    changes,
    outcome: body.outcome,
    event: body.event,
    params,
    historicSummary: summaryDigest === undefined ? body.historicSummary : { sealed: summaryDigest },
    salt: sealed?.salt,
  }
}

/** The entry's hash: SHA-256 over the canonical encoding of its hashed form (which holds the previous hash). Synchronous. */
export function entryHash(body: ChainBody, seq: number, prevHash: string, sealed: SealedValues | undefined): string {
  return sha256Hex(canonicalEncode(hashedForm(body, seq, prevHash, sealed)))
}

/** Chains `body` after `head` (GENESIS/0 for the first entry). */
export function chainEntry<T extends ChainBody>(body: T, head: ChainHead, salt: string): T & ChainFields {
  const seq = head.count + 1
  // Chain fields a re-chained entry may still carry are replaced, never kept.
  const plain: T & Partial<ChainFields> = { ...body }
  const mutable = plain as Record<string, unknown>
  for (const key of ['seq', 'prevHash', 'hash', 'sealed']) Reflect.deleteProperty(mutable, key)
  const sealed = sealPersonal(plain, salt)
  const hash = entryHash(plain, seq, head.hash, sealed)
  return sealed === undefined ? { ...plain, seq, prevHash: head.hash, hash } : { ...plain, seq, prevHash: head.hash, hash, sealed }
}

/**
 * The entry without its personal values: they become `[geanonimiseerd]` (null stays null), a recorded
 * sentence loses `displayName`; their digests stay, so the chain stays valid (AVG and L1 at once).
 */
export function anonymiseAuditEntry<T extends ChainedEntry>(entry: T, displayName = ''): T {
  const sealed = entry.sealed
  if (sealed === undefined) return entry
  const removed = (value: unknown) => (value === null || value === undefined ? null : ANONYMISED_VALUE)
  const changes = entry.changes.map((change, index) => ({
    ...change,
    before: sealed.digests[`${index}.before`] === undefined ? change.before : removed(change.before),
    after: sealed.digests[`${index}.after`] === undefined ? change.after : removed(change.after),
  }))
  const params = Object.fromEntries(
    Object.entries(entry.params).map(([name, value]) => [name, sealed.digests[`params.${name}`] === undefined ? value : ANONYMISED_VALUE]),
  )
  const summary = entry.historicSummary
  const historicSummary = summary !== undefined && displayName !== '' ? summary.split(displayName).join(ANONYMISED_VALUE) : summary
  return historicSummary === undefined ? { ...entry, changes, params } : { ...entry, changes, params, historicSummary }
}

export type ChainBreakKind = 'changed' | 'removed' | 'inserted' | 'truncated'

export type ChainResult =
  | { readonly ok: true; readonly head: ChainHead }
  | { readonly ok: false; readonly kind: ChainBreakKind; /** the seq where the break was found */ readonly seq: number; readonly head: ChainHead }

const isRemoved = (value: unknown): boolean => value === null || value === undefined || value === ANONYMISED_VALUE

/**
 * Whether the personal values still present match their digests; a removed one (anonymisation) is accepted.
 * A recorded sentence with a name taken out can no longer be compared: it is accepted when it shows the mark.
 */
function sealedValuesMatch(entry: ChainedEntry): boolean {
  const sealed = entry.sealed
  if (sealed === undefined) return true
  const matches = (key: string, value: unknown) => {
    const digest = sealed.digests[key]
    return digest === undefined || isRemoved(value) || sealValue(sealed.salt, value) === digest
  }
  const changesMatch = entry.changes.every((change, index) => matches(`${index}.before`, change.before) && matches(`${index}.after`, change.after))
  const paramsMatch = Object.entries(entry.params).every(([name, value]) => matches(`params.${name}`, value))
  const summary = entry.historicSummary
  const summaryMatches = summary === undefined || summary.includes(ANONYMISED_VALUE) || matches('historicSummary', summary)
  return changesMatch && paramsMatch && summaryMatches
}

/**
 * Checks `entries` (in stored order) as the continuation of `from` (GENESIS/0 for a full check; the last
 * verified head for an incremental one). `expected`, when given, is a head kept elsewhere (by main, in a
 * backup's header): fewer entries than its count means the newest were removed (`truncated`).
 */
export function verifyChain(entries: readonly ChainedEntry[], from: ChainHead = { count: 0, hash: GENESIS_HASH }, expected?: ChainHead): ChainResult {
  let head = from
  let hashAtExpected = expected !== undefined && expected.count === from.count ? from.hash : undefined
  for (const entry of entries) {
    const want = head.count + 1
    if (entry.seq > want) return { ok: false, kind: 'removed', seq: want, head }
    if (entry.seq < want) return { ok: false, kind: 'inserted', seq: entry.seq, head }
    if (entryHash(entry, entry.seq, entry.prevHash, entry.sealed) !== entry.hash || !sealedValuesMatch(entry)) {
      return { ok: false, kind: 'changed', seq: entry.seq, head }
    }
    if (entry.prevHash !== head.hash) return { ok: false, kind: 'inserted', seq: entry.seq, head }
    head = { count: entry.seq, hash: entry.hash }
    if (expected !== undefined && head.count === expected.count) hashAtExpected = head.hash
  }
  if (expected !== undefined && head.count < expected.count) return { ok: false, kind: 'truncated', seq: head.count + 1, head }
  // The whole chain recomputed from some entry on: only the head kept elsewhere can tell.
  if (expected !== undefined && expected.count >= from.count && hashAtExpected !== expected.hash)
    return { ok: false, kind: 'changed', seq: expected.count, head }
  return { ok: true, head }
}

/** The head after `entries` (the newest one's sequence number and hash); GENESIS/0 when there are none. */
export function headOf(entries: readonly Partial<ChainFields>[]): ChainHead {
  const last = entries.at(-1)
  return last?.seq === undefined || last.hash === undefined ? { count: 0, hash: GENESIS_HASH } : { count: last.seq, hash: last.hash }
}

/**
 * Chains entries recorded before the chain existed, oldest first, after `from` (the genesis hash for the
 * database upgrade and the restore of an older back-up). Never for entries that are chained already in the
 * same trail: that would hide tampering.
 */
export function chainUnchained<T extends ChainBody>(
  entries: readonly T[],
  from: ChainHead = { count: 0, hash: GENESIS_HASH },
  salt: () => string = randomSalt,
): (T & ChainFields)[] {
  let head = from
  return entries.map((entry) => {
    const chained = chainEntry(entry, head, salt())
    head = { count: chained.seq, hash: chained.hash }
    return chained
  })
}
