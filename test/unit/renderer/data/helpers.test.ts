import { describe, expect, it } from 'vitest'
import { clientSearchKeys, clientSortName, latestPlanByClient, normaliseSearchText } from '@renderer/data/clientRows'
import { fieldChanges } from '@renderer/data/fieldChanges'
import { toDataError, StorageFullError, ConflictError } from '@renderer/data/errors'
import { requestPersistentStorage, storageInfo } from '@renderer/data/storage'

describe('client search keys', () => {
  it('normalises case, accents and spaces', () => {
    expect(normaliseSearchText('  Émile   ÖZTÜRK ')).toBe('emile ozturk')
  })

  it('sorts on the last name without prefix and finds it with or without', () => {
    expect(clientSortName({ firstName: 'Jan', lastName: 'van den Berg' })).toBe('berg jan')
    expect(clientSearchKeys({ firstName: 'Jan', lastName: 'van den Berg' })).toEqual(['van den berg jan', 'berg jan', 'jan van den berg'])
    expect(clientSearchKeys({ firstName: 'Bram', lastName: "van 't Hof" })).toContain('hof bram')
    expect(clientSearchKeys({ firstName: 'Anna', lastName: 'Bakker' })).toEqual(['bakker anna', 'anna bakker'])
  })

  it('keeps a last name that is only a prefix word', () => {
    expect(clientSortName({ firstName: 'Piet', lastName: 'Van' })).toBe('van piet')
  })

  it('takes the plan of the latest period per client', () => {
    const plans = latestPlanByClient([
      { clientId: 'a', planId: 'p2', from: '2026-03-01' },
      { clientId: 'a', planId: 'p1', from: '2026-01-01' },
      { clientId: 'b', planId: 'p1', from: '2026-01-01' },
    ])
    expect([...plans]).toEqual([
      ['a', 'p2'],
      ['b', 'p1'],
    ])
  })
})

describe('fieldChanges', () => {
  it('lists nested fields by path and arrays as a whole', () => {
    expect(fieldChanges({ a: 1, b: { c: 'x', d: 'y' }, list: [1] }, { a: 1, b: { c: 'z', d: 'y' }, list: [1, 2] })).toEqual([
      { field: 'b.c', before: 'x', after: 'z' },
      { field: 'list', before: [1], after: [1, 2] },
    ])
  })

  it('lists every field on create and delete, with null for the missing side', () => {
    expect(fieldChanges(undefined, { a: 1 })).toEqual([{ field: 'a', before: null, after: 1 }])
    expect(fieldChanges({ a: 1 }, undefined)).toEqual([{ field: 'a', before: 1, after: null }])
  })
})

describe('toDataError', () => {
  it('recognises a quota error also when Dexie wraps it', () => {
    expect(toDataError({ name: 'AbortError', inner: { name: 'QuotaExceededError' } })).toBeInstanceOf(StorageFullError)
    expect(toDataError({ name: 'ConstraintError' })).toBeInstanceOf(ConflictError)
    expect(toDataError(new Error('kapot')).message).toMatch(/kapot/)
  })
})

describe('storage', () => {
  it('asks for persistent storage and reports usage and quota', async () => {
    const storage = {
      persist: () => Promise.resolve(true),
      persisted: () => Promise.resolve(true),
      estimate: () => Promise.resolve({ usage: 1024, quota: 4096 }),
    } as unknown as StorageManager
    expect(await requestPersistentStorage(storage)).toBe(true)
    expect(await storageInfo(storage)).toEqual({ persisted: true, usageBytes: 1024, quotaBytes: 4096 })
  })

  it('reports unknown when the platform has no storage manager', async () => {
    expect(await requestPersistentStorage(undefined)).toBeNull()
    expect(await storageInfo(undefined)).toEqual({ persisted: null, usageBytes: null, quotaBytes: null })
  })
})
