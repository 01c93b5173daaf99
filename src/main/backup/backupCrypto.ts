import { createCipheriv, createDecipheriv, randomBytes, scrypt, type ScryptOptions } from 'node:crypto'
import {
  ENCRYPTED_BACKUP_FORMAT,
  ENCRYPTED_BACKUP_VERSION,
  MAX_ENCRYPTED_HEADER_BYTES,
  headerAdditionalData,
  readEncryptedHeader,
  type EncryptedBackupHeader,
  type ScryptParams,
} from '@shared/backup/encryptedHeader'
import { AppError } from '../appError'

/**
 * scrypt at N = 2^17, r = 8, p = 1 (OWASP's recommendation): about 128 MB and a few tenths of a second per
 * key, once per backup, which makes guessing a passphrase from a stolen file slow.
 */
export const DEFAULT_SCRYPT: ScryptParams = { name: 'scrypt', N: 2 ** 17, r: 8, p: 1 }

const KEY_BYTES = 32
const NEWLINE = 0x0a

function deriveKey(passphrase: string, salt: Buffer, params: ScryptParams): Promise<Buffer> {
  // scrypt needs 128·N·r bytes; Node refuses above `maxmem`, so it is set from the (bounded) parameters.
  const options: ScryptOptions = { N: params.N, r: params.r, p: params.p, maxmem: 256 * params.N * params.r }
  return new Promise((resolve, reject) => scrypt(passphrase.normalize('NFC'), salt, KEY_BYTES, options, (error, key) => (error ? reject(error) : resolve(key))))
}

/** The encrypted file: the header line, then the ciphertext of `plain` (an ordinary backup file's bytes). */
export async function encryptBackup(plain: Buffer, passphrase: string, params: ScryptParams = DEFAULT_SCRYPT): Promise<Buffer> {
  const salt = randomBytes(16)
  const iv = randomBytes(12)
  const key = await deriveKey(passphrase, salt, params)
  const unsigned = {
    format: ENCRYPTED_BACKUP_FORMAT,
    version: ENCRYPTED_BACKUP_VERSION,
    cipher: 'aes-256-gcm',
    kdf: params,
    salt: salt.toString('base64'),
    iv: iv.toString('base64'),
  } as const
  const cipher = createCipheriv('aes-256-gcm', key, iv)
  cipher.setAAD(Buffer.from(headerAdditionalData(unsigned), 'utf8'))
  const body = Buffer.concat([cipher.update(plain), cipher.final()])
  const header: EncryptedBackupHeader = { ...unsigned, tag: cipher.getAuthTag().toString('base64') }
  return Buffer.concat([Buffer.from(`${JSON.stringify(header)}\n`, 'utf8'), body])
}

/**
 * What a file's bytes are: an encrypted backup (its header and where the ciphertext starts), or not. Only the
 * first few kilobytes are looked at, so a large plain backup is never parsed here. A damaged header of an
 * encrypted backup is refused with its own code.
 */
export function recogniseEncrypted(bytes: Buffer, file: string): { header: EncryptedBackupHeader; bodyStart: number } | null {
  const newline = bytes.subarray(0, MAX_ENCRYPTED_HEADER_BYTES).indexOf(NEWLINE)
  if (newline < 0) return null
  const read = readEncryptedHeader(bytes.subarray(0, newline).toString('utf8'))
  if (read.kind === 'plain') return null
  if (read.kind === 'damaged') throw new AppError('backup-encrypted-damaged', { file })
  return { header: read.header, bodyStart: newline + 1 }
}

/**
 * The plain backup's bytes. A wrong passphrase and a changed byte (data or header) both fail GCM's tag check,
 * and both are refused with `backup-passphrase-wrong`: the cipher cannot tell them apart, and nothing is
 * returned from a file that does not authenticate.
 */
export async function decryptBackup(bytes: Buffer, passphrase: string, file: string): Promise<Buffer> {
  const found = recogniseEncrypted(bytes, file)
  if (found === null) throw new AppError('backup-encrypted-damaged', { file })
  const { header, bodyStart } = found
  const key = await deriveKey(passphrase, Buffer.from(header.salt, 'base64'), header.kdf)
  const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(header.iv, 'base64'))
  decipher.setAAD(Buffer.from(headerAdditionalData(header), 'utf8'))
  decipher.setAuthTag(Buffer.from(header.tag, 'base64'))
  try {
    return Buffer.concat([decipher.update(bytes.subarray(bodyStart)), decipher.final()])
  } catch {
    throw new AppError('backup-passphrase-wrong', { file })
  }
}

/** An encryption fed piece by piece (a streamed backup): the header line first, with its tag known only at the end. */
export interface StreamingEncryption {
  /** The header line with a placeholder tag of the real tag's length, so the real line later fits in its place. */
  readonly provisionalHeaderLine: Buffer
  update(plain: Buffer): Buffer
  /** The last ciphertext, and the header line with the real tag, as long as the provisional one. */
  final(): { tail: Buffer; headerLine: Buffer }
}

const PLACEHOLDER_TAG = Buffer.alloc(16).toString('base64')

export async function startEncryption(passphrase: string, params: ScryptParams = DEFAULT_SCRYPT): Promise<StreamingEncryption> {
  const salt = randomBytes(16)
  const iv = randomBytes(12)
  const key = await deriveKey(passphrase, salt, params)
  const unsigned = {
    format: ENCRYPTED_BACKUP_FORMAT,
    version: ENCRYPTED_BACKUP_VERSION,
    cipher: 'aes-256-gcm',
    kdf: params,
    salt: salt.toString('base64'),
    iv: iv.toString('base64'),
  } as const
  const cipher = createCipheriv('aes-256-gcm', key, iv)
  cipher.setAAD(Buffer.from(headerAdditionalData(unsigned), 'utf8'))
  const line = (tag: string) => Buffer.from(`${JSON.stringify({ ...unsigned, tag } satisfies EncryptedBackupHeader)}\n`, 'utf8')
  return {
    provisionalHeaderLine: line(PLACEHOLDER_TAG),
    update: (plain) => cipher.update(plain),
    final() {
      const tail = cipher.final()
      return { tail, headerLine: line(cipher.getAuthTag().toString('base64')) }
    },
  }
}
