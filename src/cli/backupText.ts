/**
 * A backup file's text, decoded table by table where its layout allows it (`parts`), else as one string.
 * Why: a few thousand accented names make V8 hold the whole 338 MB file as a two-byte string of 676 MB; cut
 * into the members of `data`, the tables without them (usage, by far the largest) decode as one-byte strings,
 * faster and in half the memory.
 */
export type BackupText =
  { readonly kind: 'whole'; readonly text: string } | { readonly kind: 'parts'; readonly head: string; readonly members: readonly BackupMember[] }

interface BackupMember {
  readonly key: string
  readonly text: string
}

const BOM = [0xef, 0xbb, 0xbf]
const COMMA = 0x2c
const OPEN_BRACE = 0x7b
const OPEN_BRACKET = 0x5b
const CLOSE_BRACE = 0x7d
const QUOTE = 0x22
/** The header is a few hundred bytes; `data` is looked for only in its start. */
const HEAD_BYTES = 1 << 16
/** How the app and the command line lay out `data` (`backupJsonChunks`): one member after another, each on its own line. */
const DATA_OPEN = Buffer.from('"data":{\n"settings":')
const NAME = /^[A-Za-z]+$/

/**
 * V8 makes a one-byte string of a part without accents by itself (decoding such parts as latin1, an external
 * string in Node, measured no faster). Parts are cut on ASCII bytes only, so each decodes exactly as within the
 * whole file.
 */
function decode(bytes: Buffer): string {
  return bytes.toString('utf8')
}

function isWhitespace(byte: number | undefined): boolean {
  return byte === 0x20 || byte === 0x0a || byte === 0x0d || byte === 0x09
}

/** Where the final `}}` (closing `data` and the file) starts, whitespace allowed around; -1 if the file ends otherwise. */
function tailStart(bytes: Buffer): number {
  let i = bytes.length - 1
  for (let brace = 0; brace < 2; brace++) {
    while (isWhitespace(bytes[i])) i--
    if (bytes[i] !== CLOSE_BRACE) return -1
    i--
  }
  return i + 1
}

/**
 * The members of `data` in the streamed layout, or null for any other. A value ends where `],\n"` (an array) or
 * `},\n"` (an object) next starts a member; no JSON string holds a raw newline, and `parseBackupText` parses every
 * value on its own, so a cut in the wrong place fails there and the whole text is parsed instead.
 */
function membersOf(bytes: Buffer, from: number): BackupMember[] | null {
  const end = tailStart(bytes)
  if (end < 0) return null
  const members: BackupMember[] = []
  let at = from
  while (at < end) {
    if (bytes[at] !== QUOTE) return null
    const close = bytes.indexOf(QUOTE, at + 1)
    const key = bytes.toString('latin1', at + 1, Math.max(close, at + 1))
    if (close < 0 || !NAME.test(key) || bytes[close + 1] !== 0x3a) return null
    const start = close + 2
    const first = bytes[start]
    if (first !== OPEN_BRACKET && first !== OPEN_BRACE) return null
    const next = bytes.indexOf(first === OPEN_BRACKET ? '],\n"' : '},\n"', start)
    const stop = next < 0 || next >= end ? end : next + 1
    members.push({ key, text: decode(bytes.subarray(start, stop)) })
    at = stop === end ? end : stop + 2
  }
  return members
}

/**
 * The file's bytes as text: the header and each member of `data` decoded on its own when the file has the layout
 * the app writes, else the whole file. A byte-order mark is dropped (Windows tools like to write one).
 */
export function decodeBackup(file: Buffer): BackupText {
  const bytes = BOM.every((byte, i) => file[i] === byte) ? file.subarray(BOM.length) : file
  const open = bytes.subarray(0, HEAD_BYTES).indexOf(DATA_OPEN)
  // `"data"` must start a key, not end an escaped quote inside a string.
  const before = bytes[open - 1]
  if (open > 0 && (before === COMMA || before === OPEN_BRACE)) {
    const members = membersOf(bytes, open + DATA_OPEN.length - '"settings":'.length)
    if (members !== null) return { kind: 'parts', head: decode(bytes.subarray(0, open + '"data":{'.length)), members }
  }
  return { kind: 'whole', text: decode(bytes) }
}

/**
 * `JSON.parse` of the whole text, member by member when it was cut: each member's value must be one complete JSON
 * value, so the parts together are exactly the file's JSON and give the same value (later keys win, in the first
 * key's place, as in `JSON.parse`). Throws as `JSON.parse` does for text that is not JSON.
 */
export function parseBackupText(text: BackupText): unknown {
  if (text.kind === 'whole') return JSON.parse(text.text)
  try {
    // The header with `data` closed at once: it parses only if `"data":{` really opened the file's own `data`.
    const file = JSON.parse(`${text.head}}}`) as { data: Record<string, unknown> }
    for (const { key, text: value } of text.members) file.data[key] = JSON.parse(value)
    return file
  } catch {
    return JSON.parse(`${text.head}${text.members.map(({ key, text: value }) => `${JSON.stringify(key)}:${value}`).join(',')}}}`)
  }
}
