import { BACKUP_FORMAT, BACKUP_TABLES, BACKUP_VERSION, type BackupData, type BackupTable } from './schema'

/** Where a streamed backup gets its records: each table is asked for once, in file order. */
export interface BackupSource {
  readonly exportedAt: string
  readonly settings: BackupData['settings']
  readonly tables: { readonly [K in BackupTable]: () => Iterable<BackupData[K][number]> }
}

/** A source over data already in memory. */
export function backupSourceOf(data: BackupData, exportedAt: string): BackupSource {
  const tables = Object.fromEntries(BACKUP_TABLES.map((t) => [t, () => data[t]])) as unknown as BackupSource['tables']
  return { exportedAt, settings: data.settings, tables }
}

/**
 * The backup file as JSON text in pieces, one record per line, so a file of 100,000 clients and a
 * million usage rows is written without building one huge string (V8 limits a string to about 512 MB).
 * The text is the same document `JSON.stringify` would give, laid out differently.
 */
export function* backupJsonChunks(source: BackupSource): Generator<string> {
  yield `{"format":${JSON.stringify(BACKUP_FORMAT)},"version":${BACKUP_VERSION},"exportedAt":${JSON.stringify(source.exportedAt)},"data":{\n`
  yield* backupDataChunks(source)
  yield BACKUP_JSON_END
}

/** What closes the file after the `data` object's members. */
export const BACKUP_JSON_END = '\n}}\n'

/**
 * The members of the file's `data` object (`"settings":…,\n"clerks":[…]…`), without its braces: the window
 * streams these to main, which writes the header around them (backup:write-begin).
 */
export function* backupDataChunks(source: BackupSource): Generator<string> {
  yield `"settings":${JSON.stringify(source.settings)}`
  for (const table of BACKUP_TABLES) {
    yield `,\n${JSON.stringify(table)}:[`
    let first = true
    let buffer = ''
    for (const record of source.tables[table]()) {
      buffer += `${first ? '\n' : ',\n'}${JSON.stringify(record)}`
      first = false
      if (buffer.length > 1 << 16) {
        yield buffer
        buffer = ''
      }
    }
    yield `${buffer}${first ? '' : '\n'}]`
  }
}
