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
  const pieces: string[] = []
  const text = new BackupDataText((piece) => pieces.push(piece))
  text.settings(source.settings)
  yield* pieces.splice(0)
  for (const table of BACKUP_TABLES) {
    text.beginTable(table)
    for (const record of source.tables[table]()) {
      text.record(record)
      if (pieces.length > 0) yield* pieces.splice(0)
    }
    text.endTable()
    yield* pieces.splice(0)
  }
}

/**
 * The `data` members' text built as the records arrive, handed on in pieces of about 64 KB. A reader that
 * gets its records page by page from a database (the app's backup worker) feeds them here, so it never holds
 * more than a page of records; the tables must come in `BACKUP_TABLES` order, after the settings.
 */
export class BackupDataText {
  private buffer = ''
  private first = true

  constructor(private readonly emit: (piece: string) => void) {}

  settings(settings: BackupData['settings']): void {
    this.emit(`"settings":${JSON.stringify(settings)}`)
  }

  beginTable(table: BackupTable): void {
    this.emit(`,\n${JSON.stringify(table)}:[`)
    this.first = true
  }

  record(record: BackupData[BackupTable][number]): void {
    this.buffer += `${this.first ? '\n' : ',\n'}${JSON.stringify(record)}`
    this.first = false
    if (this.buffer.length > 1 << 16) {
      this.emit(this.buffer)
      this.buffer = ''
    }
  }

  endTable(): void {
    this.emit(`${this.buffer}${this.first ? '' : '\n'}]`)
    this.buffer = ''
  }
}
