import { z } from 'zod'
import type { ValidationCode } from '../problems/validation'

export const idSchema = z.string().min(1)
/** Money is integer euro cents (spec: Plan, Invoice). */
export const centsSchema = z.number().int()
/** A billing period is named after the month in which it ends: `2026-11` (spec rule 6). */
export const periodNameSchema = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'validation.period')
export type PeriodName = z.infer<typeof periodNameSchema>
export const quarterNameSchema = z.string().regex(/^\d{4}-Q[1-4]$/, 'validation.quarter')
export type QuarterName = z.infer<typeof quarterNameSchema>

export const trimmed = (max = 200) => z.string().trim().max(max)
/** A text that must be filled in; `code` names the problem when it is empty. */
export const requiredText = (code: ValidationCode, max = 200) => z.string().trim().min(1, code).max(max)
export const optionalEmail = z.union([z.literal(''), z.string().trim().email('validation.email')])
export const phoneSchema = z.union([
  z.literal(''),
  z
    .string()
    .trim()
    .regex(/^[+0-9 ()-]{6,20}$/, 'validation.phone'),
])
