import { z } from 'zod'
import { idSchema, requiredText } from './common'

/** A PIN is 4 to 8 digits; it is never stored, only its salted PBKDF2 digest (see pinHash.ts). */
export const pinSchema = z.string().regex(/^\d{4,8}$/, 'validation.pin')

/** The stored form of a PIN: salt and derived key as hex, and the iteration count used to derive it. */
export const pinHashSchema = z.object({
  salt: z.string().regex(/^[0-9a-f]{32}$/),
  hash: z.string().regex(/^[0-9a-f]{64}$/),
  iterations: z.number().int().min(1),
})
export type PinHash = z.infer<typeof pinHashSchema>

/**
 * A clerk: the person working in the app. Clerks are deactivated, never deleted once they
 * appear in the audit trail, so every entry keeps naming a known clerk. `pin` is absent when the clerk has none.
 */
export const clerkSchema = z.object({
  id: idSchema,
  name: requiredText('validation.clerkNameRequired', 100),
  initials: z
    .string()
    .trim()
    .regex(/^[A-Z]{1,4}$/, 'validation.initials'),
  active: z.boolean(),
  pin: pinHashSchema.optional(),
})
export type Clerk = z.infer<typeof clerkSchema>

/** Initials suggested from a name: the first letter of each word, capitals, at most four (`Anna de Vries` → `ADV`). */
export function suggestInitials(name: string): string {
  const letters = name
    .trim()
    .split(/\s+/)
    .map((word) =>
      word
        .normalize('NFD')
        .replace(/[^A-Za-z]/g, '')
        .charAt(0)
        .toUpperCase(),
    )
    .filter((letter) => letter !== '')
  return letters.slice(0, 4).join('') || 'X'
}
