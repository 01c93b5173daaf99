import Dexie, { type EntityTable } from 'dexie'
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb'
import { describe, expect, it } from 'vitest'
import { readInPages } from '@renderer/data/readInPages'

interface Row {
  id: string
  n: number
}

function tableWith(count: number) {
  const db = new Dexie(`pages-${count}`, { indexedDB: new IDBFactory(), IDBKeyRange }) as Dexie & { rows: EntityTable<Row, 'id'> }
  db.version(1).stores({ rows: 'id' })
  return { db, fill: () => db.rows.bulkAdd(Array.from({ length: count }, (_, n) => ({ id: `r${String((n * 7919) % count).padStart(5, '0')}`, n }))) }
}

describe('readInPages', () => {
  it.each([0, 1, 4, 5, 6, 10, 23])('reads a table of %i rows whole, in the order toArray gives', async (count) => {
    const { db, fill } = tableWith(count)
    await fill()
    const whole = await db.rows.toArray()
    await db.transaction('r', db.rows, async () => {
      expect(await readInPages(db.rows, (row) => row.id, 5)).toEqual(whole)
    })
    db.close()
  })
})
