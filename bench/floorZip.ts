import { crc32 } from 'node:zlib'

/**
 * The least a zip container needs around parts that are already deflated: a local header before each
 * part, the central directory and its end record (ECMA-376 uses the plain zip format; no zip64, no
 * data descriptors, since every size is known before the header is written). Only for the floor.
 */

export interface DeflatedPart {
  readonly name: Buffer
  readonly crc: number
  readonly size: number
  readonly deflated: Buffer
}

const DOS_TIME = 0
/** 1980-01-01, the earliest date a zip header can hold. */
const DOS_DATE = (0 << 9) | (1 << 5) | 1

export function partChecksum(data: Buffer): number {
  return crc32(data)
}

function localHeader(part: DeflatedPart): Buffer {
  const header = Buffer.alloc(30)
  header.writeUInt32LE(0x04034b50, 0)
  header.writeUInt16LE(20, 4)
  header.writeUInt16LE(0, 6)
  header.writeUInt16LE(8, 8)
  header.writeUInt16LE(DOS_TIME, 10)
  header.writeUInt16LE(DOS_DATE, 12)
  header.writeUInt32LE(part.crc, 14)
  header.writeUInt32LE(part.deflated.length, 18)
  header.writeUInt32LE(part.size, 22)
  header.writeUInt16LE(part.name.length, 26)
  header.writeUInt16LE(0, 28)
  return header
}

function centralEntry(part: DeflatedPart, offset: number): Buffer {
  const entry = Buffer.alloc(46)
  entry.writeUInt32LE(0x02014b50, 0)
  entry.writeUInt16LE(20, 4)
  entry.writeUInt16LE(20, 6)
  entry.writeUInt16LE(0, 8)
  entry.writeUInt16LE(8, 10)
  entry.writeUInt16LE(DOS_TIME, 12)
  entry.writeUInt16LE(DOS_DATE, 14)
  entry.writeUInt32LE(part.crc, 16)
  entry.writeUInt32LE(part.deflated.length, 20)
  entry.writeUInt32LE(part.size, 24)
  entry.writeUInt16LE(part.name.length, 28)
  // Extra field, comment, disk, attributes: all zero.
  entry.writeUInt32LE(offset, 42)
  return entry
}

/** The whole archive as the pieces to write, in order. */
export function zipPieces(parts: readonly DeflatedPart[]): Buffer[] {
  const pieces: Buffer[] = []
  const central: Buffer[] = []
  let offset = 0
  for (const part of parts) {
    const header = localHeader(part)
    central.push(centralEntry(part, offset), part.name)
    pieces.push(header, part.name, part.deflated)
    offset += header.length + part.name.length + part.deflated.length
  }
  const directorySize = central.reduce((sum, piece) => sum + piece.length, 0)
  const end = Buffer.alloc(22)
  end.writeUInt32LE(0x06054b50, 0)
  end.writeUInt16LE(parts.length, 8)
  end.writeUInt16LE(parts.length, 10)
  end.writeUInt32LE(directorySize, 12)
  end.writeUInt32LE(offset, 16)
  pieces.push(...central, end)
  return pieces
}
