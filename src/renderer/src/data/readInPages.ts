import type { IndexableType, Table } from 'dexie'

/** Rows per request when a large table is read whole. */
export const PAGE_ROWS = 2_500

/**
 * A whole table in primary-key order, as `toArray()` gives it, read a page at a time. IndexedDB answers one
 * request of a database at a time, so a single request for 100,000 clients (a worker's whole read) kept every
 * read of the window waiting for seconds; between pages the window's reads get their turn. Call inside a
 * transaction, so the pages are one consistent read.
 */
export async function readInPages<T, K extends IndexableType, TInsert>(table: Table<T, K, TInsert>, keyOf: (row: T) => K, pageRows = PAGE_ROWS): Promise<T[]> {
  const rows: T[] = []
  let page = await table.orderBy(':id').limit(pageRows).toArray()
  for (;;) {
    for (const row of page) rows.push(row)
    const last = page.at(-1)
    if (page.length < pageRows || last === undefined) return rows
    page = await table.where(':id').above(keyOf(last)).limit(pageRows).toArray()
  }
}
