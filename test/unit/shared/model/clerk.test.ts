import { describe, expect, it } from 'vitest'
import { clerkSchema, pinSchema, suggestInitials } from '@shared/model/clerk'
import { hashPin, verifyPin } from '@shared/model/pinHash'

const valid = { id: 'c1', name: 'Anna de Vries', initials: 'ADV', active: true }

const firstMessage = (input: unknown): string | undefined => {
  const result = clerkSchema.safeParse(input)
  return result.success ? undefined : result.error.issues[0]?.message
}

describe('clerkSchema', () => {
  it('accepts a clerk without PIN and trims the name', () => {
    expect(clerkSchema.parse({ ...valid, name: '  Anna de Vries ' }).name).toBe('Anna de Vries')
  })

  it('names the problem with a code', () => {
    expect(firstMessage({ ...valid, name: '  ' })).toBe('validation.clerkNameRequired')
    expect(firstMessage({ ...valid, initials: 'adv' })).toBe('validation.initials')
    expect(firstMessage({ ...valid, initials: 'ABCDE' })).toBe('validation.initials')
    expect(firstMessage({ ...valid, initials: '' })).toBe('validation.initials')
  })

  it('refuses a PIN kept in plain text instead of a digest', () => {
    expect(clerkSchema.safeParse({ ...valid, pin: '1234' }).success).toBe(false)
    expect(clerkSchema.safeParse({ ...valid, pin: { salt: 'x', hash: 'y', iterations: 1 } }).success).toBe(false)
  })
})

describe('pinSchema', () => {
  it.each([
    ['1234', true],
    ['12345678', true],
    ['123', false],
    ['123456789', false],
    ['12a4', false],
  ])('%s → %s', (pin, ok) => {
    expect(pinSchema.safeParse(pin).success).toBe(ok)
  })
})

describe('suggestInitials', () => {
  it.each([
    ['Anna de Vries', 'ADV'],
    ['Élise', 'E'],
    ['a b c d e', 'ABCD'],
    ['  ', 'X'],
  ])('%s → %s', (name, initials) => {
    expect(suggestInitials(name)).toBe(initials)
  })
})

describe('hashPin / verifyPin', () => {
  it('stores a salted digest that the schema accepts and that only the same PIN matches', async () => {
    const stored = await hashPin('2468', 1000)
    expect(clerkSchema.parse({ ...valid, pin: stored }).pin).toEqual(stored)
    expect(stored.hash).not.toContain('2468')
    expect(await verifyPin('2468', stored)).toBe(true)
    expect(await verifyPin('2469', stored)).toBe(false)
    expect(await verifyPin('', stored)).toBe(false)
  })

  it('uses a new salt each time, so equal PINs give different digests', async () => {
    const a = await hashPin('2468', 1000)
    const b = await hashPin('2468', 1000)
    expect(a.salt).not.toBe(b.salt)
    expect(a.hash).not.toBe(b.hash)
  })
})
