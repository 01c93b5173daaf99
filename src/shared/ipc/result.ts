import { z } from 'zod'

/**
 * Machine-readable error codes that cross IPC. The message next to the code is Dutch and meant for the
 * user; the code is for the renderer to decide what to do (e.g. retry after closing Excel).
 * Add a code here when a new kind of failure needs different handling; never rename one.
 */
export const ipcErrorCodes = [
  /** The payload did not match the channel's input schema. */
  'invalid-input',
  /** The handler returned something that did not match the channel's output schema (a bug in main). */
  'invalid-output',
  /** The channel is not in the contract. */
  'unknown-channel',
  /** The call did not come from the app's own top frame. */
  'untrusted-sender',
  /** An unexpected failure in the main process. */
  'internal-error',
  /** The user or the app cancelled a running job. */
  'cancelled',
  /** The target file is open in another program (Excel) or write-protected; the old file is intact. */
  'file-busy',
  'file-not-found',
  'folder-not-found',
  /** The file exists but its content is not what was expected (not JSON, not a backup, too large). */
  'file-invalid',
  'disk-full',
  'access-denied',
  /** Any other failure while reading or writing a file. */
  'file-error',
  /** The operating system could not open a folder or link. */
  'open-failed',
] as const

export const ipcErrorCodeSchema = z.enum(ipcErrorCodes)
export type IpcErrorCode = z.infer<typeof ipcErrorCodeSchema>

export const ipcErrorSchema = z.object({
  code: ipcErrorCodeSchema,
  /** Dutch, shown to the user as is. */
  message: z.string().min(1),
})
export type IpcError = z.infer<typeof ipcErrorSchema>

/**
 * What every IPC call returns. An exception thrown across IPC arrives with only its message, so failures
 * travel as data instead (the Signal Desktop approach).
 */
export type Result<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: IpcError }

export function ok<T>(value: T): Result<T> {
  return { ok: true, value }
}

export function err<T = never>(code: IpcErrorCode, message: string): Result<T> {
  return { ok: false, error: { code, message } }
}

/** Schema for a Result whose value matches `value`; used where a Result itself must be checked. */
export function resultSchema<T extends z.ZodType>(value: T) {
  return z.discriminatedUnion('ok', [
    z.object({ ok: z.literal(true), value }),
    z.object({ ok: z.literal(false), error: ipcErrorSchema }),
  ])
}
