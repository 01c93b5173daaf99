import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { isDeepStrictEqual } from 'node:util'
import type { z } from 'zod'
import { checkWithCompiled, compileSchema } from '@shared/backup/compiledSchema'
import { backupFileSchema } from '@shared/backup/schema'
import { auditEntrySchema, clientSchema, partnerSchema, settingsSchema, subscriptionPeriodSchema, usageSchema } from '@shared/model'
import { smallBackupFile } from './fixture'

type Json = null | boolean | number | string | Json[] | { [key: string]: Json }

/** A valid file with a little of everything the schemas allow: representatives, optional keys, a sealed audit entry. */
function richFile(): Json {
  const file = JSON.parse(JSON.stringify(smallBackupFile())) as { data: Record<string, Record<string, Json>[]> }
  const client = file.data.clients![0]!
  client.representatives = [{ name: '  Piet  ', role: 'mentor', email: 'piet@voorbeeld.nl', phone: '06 12345678' }]
  client.intake = { ...(client.intake as Record<string, Json>), completedBeforeTransfer: true, conversationPlannedAt: '2026-10-01T10:00' }
  client.notes = ' met spaties '
  client.unknownField = 'weg'
  const audit = file.data.auditEntries![0]!
  audit.seq = 1
  audit.prevHash = '0'.repeat(64)
  audit.hash = 'a'.repeat(64)
  audit.sealed = { salt: 'b'.repeat(32), digests: { 'params.clientName': 'c'.repeat(64) } }
  file.data.subscriptionPeriods!.push({ id: 's2', clientId: 'c1', planId: 'pl1', from: '2026-09-01', until: '2026-10-05' })
  return file
}

/** Every path to a value inside `value`. */
function paths(value: Json, prefix: (string | number)[] = []): (string | number)[][] {
  if (Array.isArray(value)) return [prefix, ...value.flatMap((item, i) => paths(item, [...prefix, i]))]
  if (value !== null && typeof value === 'object') return [prefix, ...Object.entries(value).flatMap(([key, item]) => paths(item, [...prefix, key]))]
  return [prefix]
}

type Change = { kind: 'set'; value: Json } | { kind: 'delete' } | { kind: 'pad' } | { kind: 'extra'; value: Json }

/** `value` with one change at `path` (a copy). */
function changed(value: Json, path: readonly (string | number)[], change: Change): Json {
  const copy = structuredClone(value)
  if (path.length === 0) return change.kind === 'set' ? change.value : copy
  const parent = path.slice(0, -1).reduce<Json>((node, key) => (node as Record<string, Json>)[key]!, copy) as Record<string | number, Json>
  const key = path.at(-1)!
  const current = parent[key]!
  if (change.kind === 'set') parent[key] = change.value
  else if (change.kind === 'delete') Reflect.deleteProperty(parent, key)
  else if (change.kind === 'pad') parent[key] = typeof current === 'string' ? ` ${current} ` : current
  else if (current !== null && typeof current === 'object' && !Array.isArray(current)) current.extra = change.value
  return copy
}

const change: fc.Arbitrary<Change> = fc.oneof(
  fc.record({ kind: fc.constant('set' as const), value: fc.jsonValue() as fc.Arbitrary<Json> }),
  fc.record({
    kind: fc.constant('set' as const),
    value: fc.constantFrom<Json>('', ' ', '2026-02-30', '2026-13-01', '2026-1-01', 'x', -1, 0, 1.5, 2 ** 60, null, true, [], {}),
  }),
  fc.constant({ kind: 'delete' as const }),
  fc.constant({ kind: 'pad' as const }),
  fc.record({ kind: fc.constant('extra' as const), value: fc.jsonValue() as fc.Arbitrary<Json> }),
)

/** The compiled check says what zod says: refused alike, or the very same output, key order included. */
function expectSameAsZod(schema: z.ZodType, value: unknown, generate: boolean): void {
  const zod = schema.safeParse(value)
  const compiled = compileSchema(schema, { generate })(value)
  expect(compiled.ok).toBe(zod.success)
  if (compiled.ok && zod.success) {
    expect(isDeepStrictEqual(compiled.value, zod.data)).toBe(true)
    expect(JSON.stringify(compiled.value)).toBe(JSON.stringify(zod.data))
  }
}

describe.each([true, false])('compileSchema (generated code: %s)', (generate) => {
  it('reads a valid file exactly as zod does: strings trimmed, unknown keys dropped, defaults filled', () => {
    const file = richFile()
    expectSameAsZod(backupFileSchema, file, generate)
    const result = compileSchema(backupFileSchema, { generate })(file)
    if (!result.ok) throw new Error('expected the file to be valid')
    const client = result.value.data.clients[0]!
    expect(client.notes).toBe('met spaties')
    expect(client.representatives[0]!.name).toBe('Piet')
    expect('unknownField' in client).toBe(false)
    expect(result.value.data.imports).toEqual([])
    expect(result.value.data.partners[0]!.kvkNumber).toBe('')
  })

  it("gives back a record or list the check leaves as it is, and a copy in the schema's key order otherwise", () => {
    const file = richFile() as { data: { usage: Record<string, Json>[]; clients: Record<string, Json>[] } }
    const result = compileSchema(backupFileSchema, { generate })(file)
    if (!result.ok) throw new Error('expected the file to be valid')
    expect(result.value.data.usage).toBe(file.data.usage)
    expect(result.value.data.usage[0]).toBe(file.data.usage[0])
    expect(result.value.data.clients).not.toBe(file.data.clients)
    expect(result.value.data.clients[0]).not.toBe(file.data.clients[0])
    const usage = file.data.usage[0]!
    const reordered = Object.fromEntries(Object.entries(usage).reverse())
    const again = compileSchema(usageSchema, { generate })(reordered)
    expect(again.ok && again.value).not.toBe(reordered)
    expectSameAsZod(usageSchema, reordered, generate)
  })

  it('refuses what zod refuses', () => {
    const file = richFile() as { data: { usage: Record<string, Json>[]; subscriptionPeriods: Record<string, Json>[] } }
    const check = compileSchema(backupFileSchema, { generate })
    expect(check(changed(file as unknown as Json, ['data', 'usage', 0, 'callMinutes'], { kind: 'set', value: -1 })).ok).toBe(false)
    expect(check(changed(file as unknown as Json, ['data', 'subscriptionPeriods', 1, 'until'], { kind: 'set', value: '2026-08-01' })).ok).toBe(false)
    expect(check(changed(file as unknown as Json, ['data', 'clients', 0, 'bsn'], { kind: 'set', value: '123456789' })).ok).toBe(false)
    expect(check(changed(file as unknown as Json, ['data', 'clients', 0, 'firstName'], { kind: 'set', value: '   ' })).ok).toBe(false)
  })

  it('agrees with zod on the whole file after any one change anywhere in it', () => {
    const file = richFile()
    const all = paths(file)
    fc.assert(
      fc.property(fc.constantFrom(...all), change, (path, one) => expectSameAsZod(backupFileSchema, changed(file, path, one), generate)),
      { numRuns: 400 },
    )
  })

  it.each([
    ['settings', settingsSchema, ['data', 'settings']],
    ['partner', partnerSchema, ['data', 'partners', 0]],
    ['client', clientSchema, ['data', 'clients', 0]],
    ['subscription period', subscriptionPeriodSchema, ['data', 'subscriptionPeriods', 1]],
    ['usage', usageSchema, ['data', 'usage', 0]],
    ['audit entry', auditEntrySchema, ['data', 'auditEntries', 0]],
  ] as const)('agrees with zod on a %s record after up to three changes', (_name, schema, at) => {
    const record = at.reduce<Json>((node, key) => (node as Record<string, Json>)[key]!, richFile())
    const all = paths(record)
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(...all), change), { minLength: 1, maxLength: 3 }), (changes) => {
        // A later change may aim at a path an earlier one removed: then it changes nothing.
        const value = changes.reduce<Json>((current, [path, one]) => {
          try {
            return changed(current, path, one)
          } catch {
            return current
          }
        }, record)
        expectSameAsZod(schema, value, generate)
      }),
      { numRuns: 300 },
    )
  })
})

describe('checkWithCompiled', () => {
  it("answers as safeParse: the parsed record for a valid one, zod's own issues for a refused one", () => {
    const client = (JSON.parse(JSON.stringify(smallBackupFile())) as { data: { clients: Record<string, Json>[] } }).data.clients[0]!
    const valid = checkWithCompiled(clientSchema, { ...client, notes: ' kort ' })
    expect(valid).toEqual(clientSchema.safeParse({ ...client, notes: ' kort ' }))
    expect(valid.success && valid.data.notes).toBe('kort')
    const refused = checkWithCompiled(clientSchema, { ...client, status: 'weg' })
    expect(refused.success).toBe(false)
    expect(refused.error?.issues).toEqual(clientSchema.safeParse({ ...client, status: 'weg' }).error?.issues)
  })
})
