/** splitmix32: spreads one 32-bit number over the whole range; used to seed the generator's state. */
function splitmix32(value: number): number {
  let z = (value + 0x9e3779b9) >>> 0
  z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0
  z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0
  return (z ^ (z >>> 16)) >>> 0
}

/**
 * A seeded pseudo-random generator (sfc32, 128 bits of state) so demo data is the same for the same seed
 * on every machine. Not for anything secret. The 128-bit state matters: with a 32-bit generator the
 * million ids of the stress case would collide. Independent streams (one per partner) come from `derive`.
 */
export class Random {
  private a: number
  private b: number
  private c: number
  private d: number

  constructor(seed: number, stream = 0) {
    this.a = splitmix32(seed >>> 0)
    this.b = splitmix32(this.a ^ (stream >>> 0))
    this.c = splitmix32(this.b + 0x632be5ab)
    this.d = splitmix32(this.c ^ 0x5bd1e995)
    for (let i = 0; i < 12; i++) this.next() // mix the state before the first value is used
  }

  /** A new generator for sub-stream `stream` of `seed`. */
  static derive(seed: number, stream: number): Random {
    return new Random(seed, stream)
  }

  /** Uniform in [0, 1). */
  next(): number {
    const t = (((this.a + this.b) >>> 0) + this.d) >>> 0
    this.d = (this.d + 1) >>> 0
    this.a = this.b ^ (this.b >>> 9)
    this.b = (this.c + (this.c << 3)) >>> 0
    this.c = ((this.c << 21) | (this.c >>> 11)) >>> 0
    this.c = (this.c + t) >>> 0
    return t / 4294967296
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
