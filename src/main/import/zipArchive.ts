import { crc32, inflateRawSync } from 'node:zlib'
import type { TableLimits } from './tableLimits'

/** One file in a zip archive, as its central directory declares it. */
export interface ZipEntry {
  readonly name: string
  readonly method: number
  readonly flags: number
  readonly crc: number
  readonly compressedSize: number
  readonly size: number
  readonly localOffset: number
}

export type ZipLimits = Pick<TableLimits, 'maxZipEntries' | 'maxEntryBytes' | 'maxUnpackedBytes'>

/** Why an archive is refused; readXlsx turns it into the user's code with the file's name. */
export type ZipProblem =
  { readonly kind: 'damaged' } | { readonly kind: 'too-many-entries'; readonly limit: number } | { readonly kind: 'too-large-unpacked'; readonly limit: number }

export class ZipRefused extends Error {
  constructor(readonly problem: ZipProblem) {
    super(`zip refused: ${problem.kind}`)
    this.name = 'ZipRefused'
  }
}

const EOCD = 0x06054b50
const CENTRAL = 0x02014b50
const LOCAL = 0x04034b50
const EOCD_SIZE = 22
const MAX_COMMENT = 0xffff

const damaged = (): ZipRefused => new ZipRefused({ kind: 'damaged' })

function findEndRecord(zip: Buffer): number {
  const lowest = Math.max(0, zip.length - EOCD_SIZE - MAX_COMMENT)
  for (let at = zip.length - EOCD_SIZE; at >= lowest; at--) if (zip.readUInt32LE(at) === EOCD) return at
  throw damaged()
}

/**
 * The entries of a zip archive read from its central directory only, with the limits checked on the declared
 * sizes before anything is inflated (a zip bomb is refused by its table of contents). Zip64 and encrypted
 * entries are not used by Excel workbooks of this size and count as damaged.
 */
export function readZipDirectory(zip: Buffer, limits: ZipLimits): ZipEntry[] {
  const end = findEndRecord(zip)
  const count = zip.readUInt16LE(end + 10)
  const directorySize = zip.readUInt32LE(end + 12)
  const directoryStart = zip.readUInt32LE(end + 16)
  if (count === 0xffff || directoryStart === 0xffffffff) throw damaged()
  if (count > limits.maxZipEntries) throw new ZipRefused({ kind: 'too-many-entries', limit: limits.maxZipEntries })
  if (directoryStart + directorySize > end) throw damaged()
  const entries: ZipEntry[] = []
  const names = new Set<string>()
  let total = 0
  let at = directoryStart
  for (let i = 0; i < count; i++) {
    if (at + 46 > end || zip.readUInt32LE(at) !== CENTRAL) throw damaged()
    const nameLength = zip.readUInt16LE(at + 28)
    const next = at + 46 + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32)
    if (next > end) throw damaged()
    const entry: ZipEntry = {
      name: zip.toString('utf8', at + 46, at + 46 + nameLength),
      flags: zip.readUInt16LE(at + 8),
      method: zip.readUInt16LE(at + 10),
      crc: zip.readUInt32LE(at + 16),
      compressedSize: zip.readUInt32LE(at + 20),
      size: zip.readUInt32LE(at + 24),
      localOffset: zip.readUInt32LE(at + 42),
    }
    // A name twice would make "which one is the sheet" depend on the reader.
    if (names.has(entry.name) || (entry.flags & 1) !== 0 || (entry.method !== 0 && entry.method !== 8)) throw damaged()
    if (entry.size > limits.maxEntryBytes) throw new ZipRefused({ kind: 'too-large-unpacked', limit: limits.maxEntryBytes })
    total += entry.size
    if (total > limits.maxUnpackedBytes) throw new ZipRefused({ kind: 'too-large-unpacked', limit: limits.maxUnpackedBytes })
    names.add(entry.name)
    entries.push(entry)
    at = next
  }
  return entries
}

/**
 * The contents of one entry, inflated into at most its declared size and checked against its declared size
 * and checksum, so a flipped bit or a cut-off file is an error here rather than a stream that never ends.
 */
export function inflateEntry(zip: Buffer, entry: ZipEntry): Buffer {
  const at = entry.localOffset
  if (at + 30 > zip.length || zip.readUInt32LE(at) !== LOCAL) throw damaged()
  const start = at + 30 + zip.readUInt16LE(at + 26) + zip.readUInt16LE(at + 28)
  if (start + entry.compressedSize > zip.length) throw damaged()
  const data = zip.subarray(start, start + entry.compressedSize)
  let content: Buffer
  try {
    // maxOutputLength bounds the work even when the declared size lies; a stored entry is used as it is.
    content = entry.method === 0 ? data : inflateRawSync(data, { maxOutputLength: Math.max(1, entry.size) })
  } catch {
    throw damaged()
  }
  if (content.length !== entry.size || crc32(content) !== entry.crc) throw damaged()
  return content
}
