import { Readable } from 'node:stream'
import { crc32 } from 'node:zlib'
import { inflateEntry, readZipDirectory, type ZipLimits } from './zipArchive'

/** The parts exceljs reads before any sheet; when they come first it parses sheets directly, with no temp files. */
const LEADING_PARTS = ['xl/_rels/workbook.xml.rels', 'xl/workbook.xml', 'xl/sharedStrings.xml', 'xl/styles.xml'] as const
const SHEET = /^xl\/worksheets\/sheet\d+\.xml$/
/** Stand-ins for a workbook without shared strings or relationships (all numbers, inline strings). */
const EMPTY_PARTS: Readonly<Record<string, string>> = {
  'xl/_rels/workbook.xml.rels': '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"/>',
  'xl/sharedStrings.xml':
    '<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="0" uniqueCount="0"/>',
}

function storedHeader(name: string, content: Buffer): Buffer {
  const nameBytes = Buffer.from(name, 'utf8')
  const header = Buffer.alloc(30)
  header.writeUInt32LE(0x04034b50, 0)
  header.writeUInt16LE(20, 4)
  header.writeUInt16LE(0x800, 6) // the name is UTF-8
  header.writeUInt32LE(crc32(content), 14)
  header.writeUInt32LE(content.length, 18)
  header.writeUInt32LE(content.length, 22)
  header.writeUInt16LE(nameBytes.length, 26)
  return Buffer.concat([header, nameBytes])
}

function endRecord(): Buffer {
  const end = Buffer.alloc(22)
  end.writeUInt32LE(0x06054b50, 0)
  return end
}

/**
 * The parts of a workbook that reading needs, as a fresh zip of stored (uncompressed) entries in the order
 * exceljs reads best. The original archive is read by its central directory with the limits checked first,
 * and every part is inflated and checked (size, checksum) before exceljs sees any of it: exceljs's own
 * unzipping reports a damaged entry on the archive stream while it waits on the entry's stream, so a
 * cut-off or bit-flipped workbook used to leave the read pending forever. All parts are checked up front
 * (a stream cannot hand exceljs an error later: `pipe` does not forward one), which the limits keep bounded.
 */
export function workbookParts(zip: Buffer, limits: ZipLimits): Readable {
  const entries = readZipDirectory(zip, limits)
  const byName = new Map(entries.map((entry) => [entry.name, entry]))
  const sheets = entries.filter((entry) => SHEET.test(entry.name))
  const chunks: Buffer[] = []
  for (const part of [...LEADING_PARTS.map((name) => byName.get(name) ?? name), ...sheets]) {
    const name = typeof part === 'string' ? part : part.name
    const stub = EMPTY_PARTS[name]
    if (typeof part === 'string' && stub === undefined) continue
    const content = typeof part === 'string' ? Buffer.from(stub ?? '', 'utf8') : inflateEntry(zip, part)
    chunks.push(storedHeader(name, content), content)
  }
  chunks.push(endRecord())
  return Readable.from(chunks, { objectMode: false })
}
