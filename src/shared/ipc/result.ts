import { z } from 'zod'
import { appErrorCodes, hasCatalogueParams, type AppErrorCode, type AppErrorParams } from '../problems/appErrors'

/**
 * A failure crosses IPC as a code with its parameters (src/shared/problems/appErrors.ts); the window words
 * it in the UI language, so no Dutch or English sentence travels from main.
 */
export const ipcErrorCodeSchema = z.enum(appErrorCodes)
export type IpcErrorCode = AppErrorCode

export const ipcErrorSchema = z
  .object({
    code: ipcErrorCodeSchema,
    /** Exactly the parameters the catalogue names for the code: file names, folders, limits. */
    params: z.record(z.string(), z.union([z.string(), z.number()])),
    /** The partner whose files were being written when a monthly run failed. */
    partner: z.string().min(1).optional(),
    /** The files a job had saved before it failed; they stay (names, never paths). */
    saved: z.array(z.string().min(1)).optional(),
  })
  .refine((error) => hasCatalogueParams(error.code, error.params), 'params do not match the catalogue')
export type IpcError = z.infer<typeof ipcErrorSchema>

/**
 * What every IPC call returns. An exception thrown across IPC arrives with only its message, so failures
 * travel as data instead (the Signal Desktop approach).
 */
export type Result<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: IpcError }

export function ok<T>(value: T): Result<T> {
  return { ok: true, value }
}

export function err<T = never>(code: IpcErrorCode, params: AppErrorParams = {}): Result<T> {
  return { ok: false, error: { code, params: { ...params } } }
}

/** Schema for a Result whose value matches `value`; used where a Result itself must be checked. */
export function resultSchema<T extends z.ZodType>(value: T) {
  return z.discriminatedUnion('ok', [z.object({ ok: z.literal(true), value }), z.object({ ok: z.literal(false), error: ipcErrorSchema })])
}
