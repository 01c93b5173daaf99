import { z } from 'zod'

/**
 * An encrypted backup (docs/backup-format.md, "Encrypted backups"): one line of JSON, this header, then the
 * AES-256-GCM ciphertext of an ordinary backup file's bytes. The header says how to derive the key from the
 * passphrase, so a reader needs nothing but the passphrase; the data itself tells nothing without it.
 */
export const ENCRYPTED_BACKUP_FORMAT = 'clientadministratie-24x7-backup-encrypted'
export const ENCRYPTED_BACKUP_VERSION = 1

/** A passphrase shorter than this is refused: the key is only as strong as what the clerk types. */
export const PASSPHRASE_MIN_LENGTH = 10
export const PASSPHRASE_MAX_LENGTH = 1024

/** The header is read before anything else, and never longer than this. */
export const MAX_ENCRYPTED_HEADER_BYTES = 4096

const base64 = (bytes: number) =>
  z
    .string()
    .regex(/^[A-Za-z0-9+/]+={0,2}$/)
    .refine((value) => Math.floor((value.length * 3) / 4) - (value.match(/=+$/)?.[0].length ?? 0) === bytes, { message: `${bytes} bytes` })

/**
 * scrypt's cost, bounded on reading: a file claiming a huge cost would otherwise make the app allocate
 * gigabytes before the passphrase is even checked.
 */
export const scryptParamsSchema = z.object({
  name: z.literal('scrypt'),
  N: z
    .number()
    .int()
    .min(2 ** 14)
    .max(2 ** 20)
    .refine((n) => (n & (n - 1)) === 0, { message: 'power of two' }),
  r: z.number().int().min(8).max(16),
  p: z.number().int().min(1).max(4),
})
export type ScryptParams = z.infer<typeof scryptParamsSchema>

export const encryptedBackupHeaderSchema = z.object({
  format: z.literal(ENCRYPTED_BACKUP_FORMAT),
  version: z.literal(ENCRYPTED_BACKUP_VERSION),
  cipher: z.literal('aes-256-gcm'),
  kdf: scryptParamsSchema,
  /** Random per file, so one passphrase never gives two files the same key. */
  salt: base64(16),
  /** GCM's nonce, random per file. */
  iv: base64(12),
  /** GCM's authentication tag: a wrong passphrase or a changed byte anywhere fails on it. */
  tag: base64(16),
})
export type EncryptedBackupHeader = z.infer<typeof encryptedBackupHeaderSchema>

/**
 * The header's bytes that GCM authenticates with the data (everything but the tag, in this order): a changed
 * cost, salt or nonce fails like a changed byte of the data.
 */
export function headerAdditionalData(header: Omit<EncryptedBackupHeader, 'tag'>): string {
  const { format, version, cipher, kdf, salt, iv } = header
  return JSON.stringify({ format, version, cipher, kdf: { name: kdf.name, N: kdf.N, r: kdf.r, p: kdf.p }, salt, iv })
}

/**
 * What a file's first line says: not an encrypted backup (a plain one starts with its own format and has no
 * line break before its data), an encrypted backup's header, or an encrypted backup whose header is damaged.
 */
export function readEncryptedHeader(firstLine: string): { kind: 'plain' } | { kind: 'damaged' } | { kind: 'encrypted'; header: EncryptedBackupHeader } {
  let value: unknown
  try {
    value = JSON.parse(firstLine.replace(/^\uFEFF/, ''))
  } catch {
    return firstLine.includes(ENCRYPTED_BACKUP_FORMAT) ? { kind: 'damaged' } : { kind: 'plain' }
  }
  if (typeof value !== 'object' || value === null || (value as { format?: unknown }).format !== ENCRYPTED_BACKUP_FORMAT) return { kind: 'plain' }
  const parsed = encryptedBackupHeaderSchema.safeParse(value)
  return parsed.success ? { kind: 'encrypted', header: parsed.data } : { kind: 'damaged' }
}
