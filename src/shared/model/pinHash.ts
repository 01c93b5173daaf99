import type { PinHash } from './clerk'

/**
 * Salted PIN digests with PBKDF2-SHA-256 through the Web Crypto API (available in the renderer and in Node).
 * The derivation awaits `crypto.subtle`, so callers must run it OUTSIDE any Dexie transaction (awaiting a
 * non-Dexie promise inside one commits it early) and store the result afterwards.
 */
export const PIN_ITERATIONS = 210_000

const toHex = (bytes: Uint8Array): string => Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')
const fromHex = (hex: string): Uint8Array => Uint8Array.from(hex.match(/../g) ?? [], (pair) => parseInt(pair, 16))

async function derive(pin: string, salt: Uint8Array, iterations: number): Promise<string> {
  const key = await crypto.subtle.importKey('raw', new TextEncoder().encode(pin), 'PBKDF2', false, ['deriveBits'])
  const bits = await crypto.subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt: salt as BufferSource, iterations }, key, 256)
  return toHex(new Uint8Array(bits))
}

/** A fresh random salt and the PIN's digest. */
export async function hashPin(pin: string, iterations = PIN_ITERATIONS): Promise<PinHash> {
  const salt = crypto.getRandomValues(new Uint8Array(16))
  return { salt: toHex(salt), hash: await derive(pin, salt, iterations), iterations }
}

/** Whether `pin` matches the stored digest; compares every character so the time does not hint at the prefix. */
export async function verifyPin(pin: string, stored: PinHash): Promise<boolean> {
  const candidate = await derive(pin, fromHex(stored.salt), stored.iterations)
  let difference = candidate.length ^ stored.hash.length
  for (let i = 0; i < Math.min(candidate.length, stored.hash.length); i++) {
    difference |= candidate.charCodeAt(i) ^ stored.hash.charCodeAt(i)
  }
  return difference === 0
}
