import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { isValidBsn } from '@shared/model/bsn'
import { Random } from '@shared/demo/random'
import { validBsn } from '@shared/demo/people'

describe('Random', () => {
  it('repeats its sequence for the same seed and stays in [0, 1)', () => {
    const a = new Random(42)
    const b = new Random(42)
    const draws = Array.from({ length: 1000 }, () => a.next())
    expect(draws).toEqual(Array.from({ length: 1000 }, () => b.next()))
    expect(draws.every((x) => x >= 0 && x < 1)).toBe(true)
  })

  it('derives independent streams per partner', () => {
    expect(Random.derive(1, 1).next()).not.toBe(Random.derive(1, 2).next())
    expect(Random.derive(1, 1).next()).toBe(Random.derive(1, 1).next())
  })

  it('makes ids in the shape of a version 4 UUID', () => {
    const rng = new Random(3)
    for (let i = 0; i < 100; i++) expect(rng.uuid()).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/)
  })

  it('draws integers within both bounds', () => {
    fc.assert(
      fc.property(fc.integer(), fc.integer({ min: -1000, max: 1000 }), fc.integer({ min: 0, max: 1000 }), (seed, min, span) => {
        const value = new Random(seed).int(min, min + span)
        return value >= min && value <= min + span
      }),
    )
  })
})

describe('validBsn', () => {
  it('always passes the 11-proef', () => {
    fc.assert(fc.property(fc.integer(), (seed) => isValidBsn(validBsn(new Random(seed)))))
  })
})

describe('Random ids', () => {
  it('do not collide across many streams (a 32-bit generator would)', () => {
    const seen = new Set<string>()
    for (let stream = 0; stream < 500; stream++) {
      const rng = Random.derive(20261123, stream)
      for (let i = 0; i < 1000; i++) seen.add(rng.uuid())
    }
    expect(seen.size).toBe(500_000)
  })
})
