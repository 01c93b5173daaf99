import { IDBFactory, IDBKeyRange } from 'fake-indexeddb'
import Dexie from 'dexie'
import { describe, expect, it } from 'vitest'
import { AppDatabase } from '@renderer/data/db'
import { openDatabase, type DatabaseStatus } from '@renderer/data/connection'
import { CURRENT_VERSION } from '@renderer/data/versions'

describe('openDatabase', () => {
  it('reports opening, then open', async () => {
    const db = new AppDatabase('conn-open', { indexedDB: new IDBFactory(), IDBKeyRange })
    const seen: DatabaseStatus['state'][] = []
    const final = await openDatabase(db, (s) => seen.push(s.state))
    expect(seen).toEqual(['opening', 'open'])
    expect(final.state).toBe('open')
    db.close()
  })

  it('reports versionchange when a newer version takes the database over, closes, and deletes nothing', async () => {
    const indexedDB = new IDBFactory()
    const db = new AppDatabase('conn-upgrade', { indexedDB, IDBKeyRange })
    const seen: DatabaseStatus['state'][] = []
    await openDatabase(db, (s) => seen.push(s.state))
    await db.partners.add({
      id: 'p',
      name: 'Blijft',
      shortCode: 'BL',
      ecdMode: 'partner',
      invoiceAddress: { street: 'a', postcode: '1234 AB', city: 'b' },
      invoiceEmail: 'a@b.nl',
      debtorReference: '',
      kvkNumber: '',
      oin: '',
      purchaseOrderReference: '',
      contacts: [],
      notes: '',
      active: true,
    })

    const newer = new Dexie('conn-upgrade', { indexedDB, IDBKeyRange })
    newer.version(CURRENT_VERSION + 1).stores({ partners: 'id, name' })
    await newer.open()
    expect(seen.at(-1)).toBe('versionchange')
    expect(db.isOpen()).toBe(false)
    expect(await newer.table('partners').count()).toBe(1)
    newer.close()
  })

  it('reports blocked while an older connection holds the database open', async () => {
    const indexedDB = new IDBFactory()
    const old = new Dexie('conn-blocked', { indexedDB, IDBKeyRange })
    old.version(CURRENT_VERSION).stores({ partners: 'id' })
    old.on('versionchange', () => false) // an old window that does not let go
    await old.open()

    const db = new AppDatabase('conn-blocked', { indexedDB, IDBKeyRange })
    db.version(CURRENT_VERSION + 1).stores({})
    const seen: DatabaseStatus['state'][] = []
    const opening = openDatabase(db, (s) => seen.push(s.state))
    await new Promise((resolve) => setTimeout(resolve, 50))
    expect(seen).toContain('blocked')
    old.close()
    expect((await opening).state).toBe('open')
  })
})
