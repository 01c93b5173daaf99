import { z } from 'zod'

export const idSchema = z.string().min(1)
/** Money is integer euro cents (spec: Plan, Invoice). */
export const centsSchema = z.number().int()
/** A billing period is named after the month in which it ends: `2026-11` (spec rule 6). */
export const periodNameSchema = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'Ongeldige periode (jjjj-mm)')
export type PeriodName = z.infer<typeof periodNameSchema>
export const quarterNameSchema = z.string().regex(/^\d{4}-Q[1-4]$/, 'Ongeldig kwartaal (jjjj-Qn)')
export type QuarterName = z.infer<typeof quarterNameSchema>

export const trimmed = (max = 200) => z.string().trim().max(max)
export const requiredText = (message: string, max = 200) => z.string().trim().min(1, message).max(max)
export const optionalEmail = z.union([z.literal(''), z.string().trim().email('Ongeldig e-mailadres')])
export const phoneSchema = z.union([z.literal(''), z.string().trim().regex(/^[+0-9 ()-]{6,20}$/, 'Ongeldig telefoonnummer')])
