import { crc32, deflateRawSync } from 'node:zlib'

/** One entry of a test archive; `declaredSize` lies about the unpacked size when given. */
export interface FixtureEntry {
  readonly name: string
  readonly content: Buffer
  readonly declaredSize?: number
}

/** A zip archive (deflated entries, central directory) built by hand, so tests can break it on purpose. */
export function buildZip(entries: readonly FixtureEntry[]): Buffer {
  const locals: Buffer[] = []
  const centrals: Buffer[] = []
  let offset = 0
  for (const entry of entries) {
    const name = Buffer.from(entry.name, 'utf8')
    const data = deflateRawSync(entry.content)
    const fields = (header: Buffer, at: number): void => {
      header.writeUInt16LE(20, at)
      header.writeUInt16LE(8, at + 4)
      header.writeUInt32LE(crc32(entry.content), at + 10)
      header.writeUInt32LE(data.length, at + 14)
      header.writeUInt32LE(entry.declaredSize ?? entry.content.length, at + 18)
      header.writeUInt16LE(name.length, at + 22)
    }
    const local = Buffer.alloc(30)
    local.writeUInt32LE(0x04034b50, 0)
    fields(local, 4)
    const central = Buffer.alloc(46)
    central.writeUInt32LE(0x02014b50, 0)
    fields(central, 6)
    central.writeUInt32LE(offset, 42)
    locals.push(local, name, data)
    centrals.push(central, name)
    offset += local.length + name.length + data.length
  }
  const directory = Buffer.concat(centrals)
  const end = Buffer.alloc(22)
  end.writeUInt32LE(0x06054b50, 0)
  end.writeUInt16LE(entries.length, 8)
  end.writeUInt16LE(entries.length, 10)
  end.writeUInt32LE(directory.length, 12)
  end.writeUInt32LE(offset, 16)
  return Buffer.concat([...locals, directory, end])
}
