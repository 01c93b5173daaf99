import { describe, expect, it } from 'vitest'
import { decryptBackup, encryptBackup, recogniseEncrypted } from '../../../../src/main/backup/backupCrypto'
import type { AppError } from '../../../../src/main/appError'
import { ENCRYPTED_BACKUP_FORMAT, readEncryptedHeader, type ScryptParams } from '../../../../src/shared/backup/encryptedHeader'
import { smallBackupFile } from '../../shared/backup/fixture'

// The lowest cost a reader accepts keeps the tests fast; the app writes with DEFAULT_SCRYPT.
const FAST: ScryptParams = { name: 'scrypt', N: 2 ** 14, r: 8, p: 1 }
const plain = Buffer.from(`${JSON.stringify(smallBackupFile())}\n`, 'utf8')
const PASS = 'correct horse battery staple'

const codeOf = (promise: Promise<unknown>) =>
  promise.then(
    () => 'resolved',
    (error: AppError) => `${error.code} ${JSON.stringify(error.params)}`,
  )

describe('encrypted backups (scrypt + AES-256-GCM)', () => {
  it('gives back the same bytes with the right passphrase', async () => {
    const encrypted = await encryptBackup(plain, PASS, FAST)
    await expect(decryptBackup(encrypted, PASS, 'b.json')).resolves.toEqual(plain)
  })

  it('shows nothing of the data: no name or number of the backup appears in the file', async () => {
    const text = (await encryptBackup(plain, PASS, FAST)).toString('latin1')
    expect(text).not.toContain('Zorggroep')
    expect(text).not.toContain('111222333')
  })

  it('uses a fresh salt and nonce for every file', async () => {
    const [a, b] = await Promise.all([encryptBackup(plain, PASS, FAST), encryptBackup(plain, PASS, FAST)])
    const header = (bytes: Buffer) => recogniseEncrypted(bytes, 'x')?.header
    expect(header(a)?.salt).not.toBe(header(b)?.salt)
    expect(header(a)?.iv).not.toBe(header(b)?.iv)
  })

  it('refuses a wrong passphrase with a code, not a crash', async () => {
    const encrypted = await encryptBackup(plain, PASS, FAST)
    expect(await codeOf(decryptBackup(encrypted, 'correct horse battery stapler', 'b.json'))).toBe('backup-passphrase-wrong {"file":"b.json"}')
  })

  it('refuses a file with one changed byte of ciphertext (the GCM tag fails)', async () => {
    const encrypted = await encryptBackup(plain, PASS, FAST)
    const tampered = Buffer.from(encrypted)
    tampered[tampered.length - 10] = (tampered[tampered.length - 10] ?? 0) ^ 0x01
    expect(await codeOf(decryptBackup(tampered, PASS, 'b.json'))).toBe('backup-passphrase-wrong {"file":"b.json"}')
  })

  it('refuses a changed header too: the header is authenticated with the data', async () => {
    const encrypted = await encryptBackup(plain, PASS, FAST)
    const newline = encrypted.indexOf(0x0a)
    const header = JSON.parse(encrypted.subarray(0, newline).toString('utf8')) as Record<string, unknown>
    const changed = Buffer.concat([Buffer.from(`${JSON.stringify({ ...header, kdf: { ...FAST, r: 9 } })}\n`), encrypted.subarray(newline + 1)])
    expect(await codeOf(decryptBackup(changed, PASS, 'b.json'))).toBe('backup-passphrase-wrong {"file":"b.json"}')
  })

  it('recognises an encrypted backup by its header and leaves a plain one alone', async () => {
    const encrypted = await encryptBackup(plain, PASS, FAST)
    expect(recogniseEncrypted(encrypted, 'b.json')?.header).toMatchObject({ format: ENCRYPTED_BACKUP_FORMAT, version: 1, cipher: 'aes-256-gcm', kdf: FAST })
    expect(recogniseEncrypted(plain, 'b.json')).toBeNull()
    expect(recogniseEncrypted(Buffer.from('{"format":"iets anders"}\n'), 'b.json')).toBeNull()
    expect(recogniseEncrypted(Buffer.from('geen json'), 'b.json')).toBeNull()
  })

  it('refuses a damaged header, and a cost beyond the bounds, before deriving any key', () => {
    const damaged = Buffer.from(`{"format":"${ENCRYPTED_BACKUP_FORMAT}","version":1,"salt":\n`)
    expect(() => recogniseEncrypted(damaged, 'b.json')).toThrow(expect.objectContaining({ code: 'backup-encrypted-damaged' }))
    const header = {
      format: ENCRYPTED_BACKUP_FORMAT,
      version: 1,
      cipher: 'aes-256-gcm',
      kdf: { name: 'scrypt', N: 2 ** 30, r: 8, p: 1 },
      salt: 'AAAAAAAAAAAAAAAAAAAAAA==',
      iv: 'AAAAAAAAAAAAAAAA',
      tag: 'AAAAAAAAAAAAAAAAAAAAAA==',
    }
    expect(readEncryptedHeader(JSON.stringify(header)).kind).toBe('damaged')
    expect(readEncryptedHeader(JSON.stringify({ ...header, kdf: FAST })).kind).toBe('encrypted')
  })
})
