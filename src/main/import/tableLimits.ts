/**
 * How far reading a usage file may go. A 100,000-row export is a few megabytes packed and some tens
 * unpacked; these limits leave ample room for that and stop a damaged or hostile file (a zip bomb, a
 * shared-strings table of millions of entries, a sheet of a million columns) before it exhausts memory.
 */
export interface TableLimits {
  /** The file on disk. */
  readonly maxFileBytes: number
  /** Entries in an .xlsx archive; a workbook has a few dozen. */
  readonly maxZipEntries: number
  /** One entry's declared unpacked size, and all entries together: checked before anything is inflated. */
  readonly maxEntryBytes: number
  readonly maxUnpackedBytes: number
  /** Rows with data, and cells in one row (Excel's own maximum is 16,384 columns). */
  readonly maxRows: number
  readonly maxColumns: number
}

export const TABLE_LIMITS: TableLimits = {
  maxFileBytes: 200 * 1024 * 1024,
  maxZipEntries: 10_000,
  maxEntryBytes: 512 * 1024 * 1024,
  maxUnpackedBytes: 1024 * 1024 * 1024,
  maxRows: 1_000_000,
  maxColumns: 16_384,
}

export const toMb = (bytes: number): number => Math.round(bytes / 1024 / 1024)

/** What a table reader reports while it reads: the rows read so far (the worker's heartbeat). */
export type OnRows = (rows: number) => void

/** Rows are reported every this many, so a long read shows it is alive without flooding the channel. */
export const PROGRESS_EVERY_ROWS = 1000
