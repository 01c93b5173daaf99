/**
 * A small seeded pseudo-random generator (mulberry32) so demo data is the same for the same seed on every
 * machine. Not for anything secret. Independent streams (one per partner) come from `derive`, so one
 * partner's data does not depend on how many numbers another partner drew.
 */
export class Random {
  private state: number

  constructor(seed: number) {
    this.state = seed >>> 0
  }

  /** A new generator for sub-stream `stream` of `seed` (splitmix-style mixing of both numbers). */
  static derive(seed: number, stream: number): Random {
    let h = (Math.imul(seed >>> 0, 0x9e3779b1) ^ Math.imul(stream + 0x7f4a7c15, 0x85ebca77)) >>> 0
    h = Math.imul(h ^ (h >>> 16), 0x21f0aaad)
    h = Math.imul(h ^ (h >>> 15), 0x735a2d97)
    return new Random((h ^ (h >>> 15)) >>> 0)
  }

  /** Uniform in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0
    let t = this.state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }

  /** Integer in [min, max], both inclusive. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1))
  }

  chance(probability: number): boolean {
    return this.next() < probability
  }

  pick<T>(items: readonly T[]): T {
    const item = items[Math.floor(this.next() * items.length)]
    if (item === undefined) throw new Error('pick from an empty list')
    return item
  }

  /** Picks by weight: `[[value, weight], …]`. */
  weighted<T>(options: readonly (readonly [T, number])[]): T {
    const total = options.reduce((sum, [, w]) => sum + w, 0)
    let r = this.next() * total
    for (const [value, weight] of options) {
      r -= weight
      if (r < 0) return value
    }
    const last = options.at(-1)
    if (!last) throw new Error('weighted pick from an empty list')
    return last[0]
  }

  /** Roughly normal (sum of three uniforms), mean 0, standard deviation about 1. */
  gaussian(): number {
    return (this.next() + this.next() + this.next() - 1.5) * 2
  }

  /** A version-4-shaped UUID from this stream (deterministic, unlike crypto.randomUUID). */
  uuid(): string {
    const hex = (n: number, digits: number) => Math.floor(n).toString(16).padStart(digits, '0')
    const a = hex(this.next() * 0x100000000, 8)
    const b = hex(this.next() * 0x10000, 4)
    const c = `4${hex(this.next() * 0x1000, 3)}`
    const d = `${(8 + this.int(0, 3)).toString(16)}${hex(this.next() * 0x1000, 3)}`
    const e = hex(this.next() * 0x1000000, 6) + hex(this.next() * 0x1000000, 6)
    return `${a}-${b}-${c}-${d}-${e}`
  }
}
