import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import type { AppError } from '../../../../../src/main/appError'
import { createBackupHandlers } from '../../../../../src/main/ipc/handlers/backupHandlers'
import type { SecretStorage } from '../../../../../src/main/platform/types'
import type { TestPlatform } from '../../../../../src/main/platform/testPlatform'
import { createTestPlatform } from '../../../../../src/main/platform/testPlatform'
import { smallBackupFile } from '../../../shared/backup/fixture'
import { tempFolder } from '../../tempFolder'
import { readOpened } from './readOpened'

// The app's scrypt cost takes a few tenths of a second per file; these tests make a handful.
vi.setConfig({ testTimeout: 30_000 })

const PASS = 'een lang wachtwoord'
const backup = smallBackupFile()

let dir: string
let platform: TestPlatform
beforeEach(() => {
  dir = tempFolder('backup-enc')
  platform = createTestPlatform({ folder: dir, now: new Date(2026, 10, 10, 9, 5) })
})

const codeOf = (promise: Promise<unknown>) =>
  promise.then(
    () => 'resolved',
    (error: AppError) => error.code,
  )

/** A secret store that "encrypts" reversibly, as safeStorage would for this user. */
const fakeSecrets = (): SecretStorage => ({
  isAvailable: () => true,
  encrypt: (text) => Buffer.from(`geheim:${Buffer.from(text).toString('base64')}`),
  decrypt: (data) => Buffer.from(data.toString().replace(/^geheim:/, ''), 'base64').toString(),
})

describe('backup encryption', () => {
  it('is off by default; a backup is then plain JSON, readable as before', async () => {
    const handlers = createBackupHandlers(platform)
    await expect(handlers['backup:encryption'](undefined)).resolves.toEqual({ enabled: false, passphrase: 'missing', canKeep: false })
    const saved = await handlers['backup:save-file']({ backup })
    expect(JSON.parse(readFileSync(saved?.path ?? '', 'utf8'))).toEqual(backup)
  })

  it('refuses a passphrase that is too short, with a code', async () => {
    const handlers = createBackupHandlers(platform)
    expect(await codeOf(handlers['backup:set-encryption']({ enabled: true, passphrase: 'kort', keep: false }))).toBe('backup-passphrase-too-short')
    await expect(handlers['backup:encryption'](undefined)).resolves.toMatchObject({ enabled: false })
  })

  it('when on, writes an encrypted file that opens only with its passphrase; a wrong one is refused and may be tried again', async () => {
    const handlers = createBackupHandlers(platform)
    await expect(handlers['backup:set-encryption']({ enabled: true, passphrase: PASS, keep: false })).resolves.toEqual({
      enabled: true,
      passphrase: 'session',
      canKeep: false,
    })
    const saved = await handlers['backup:save-file']({ backup })
    const bytes = readFileSync(saved?.path ?? '')
    expect(bytes.toString('latin1')).not.toContain('Zorggroep')
    // The passphrase is nowhere on disk.
    for (const name of readdirSync(join(dir, 'app-gegevens'))) expect(readFileSync(join(dir, 'app-gegevens', name)).toString()).not.toContain(PASS)

    platform.answerNextDialog(saved?.path ?? null)
    await expect(handlers['backup:open-file'](undefined)).resolves.toEqual({ fileName: saved?.fileName, encrypted: true })
    expect(await codeOf(handlers['backup:unlock-file']({ passphrase: 'een ander wachtwoord' }))).toBe('backup-passphrase-wrong')
    const opened = await handlers['backup:unlock-file']({ passphrase: PASS })
    expect(opened).toMatchObject({ fileName: saved?.fileName })
    expect(await readOpened(handlers, opened)).toEqual(backup)
    // Opened once: the next unlock needs a new choice.
    expect(await codeOf(handlers['backup:unlock-file']({ passphrase: PASS }))).toBe('backup-no-file-chosen')
  })

  it('keeps the safety backup (in the app’s own data folder) unencrypted', async () => {
    const handlers = createBackupHandlers(platform)
    await handlers['backup:set-encryption']({ enabled: true, passphrase: PASS, keep: false })
    const safety = await handlers['backup:save-safety']({ backup })
    expect(JSON.parse(readFileSync(safety.path, 'utf8'))).toEqual(backup)
  })

  it('without the system’s secret store: a new session has no passphrase, and a scheduled backup fails with a code instead of writing in clear', async () => {
    await createBackupHandlers(platform)['backup:set-encryption']({ enabled: true, passphrase: PASS, keep: true })
    const folder = tempFolder('auto')
    const nextSession = createBackupHandlers(platform)
    platform.answerNextDialog(folder)
    await nextSession['backup:choose-folder'](undefined)
    await expect(nextSession['backup:encryption'](undefined)).resolves.toEqual({ enabled: true, passphrase: 'missing', canKeep: false })
    expect(await codeOf(nextSession['backup:save-scheduled']({ backup }))).toBe('backup-passphrase-needed')
    expect(readdirSync(folder)).toEqual([])
    await expect(nextSession['backup:schedule'](undefined)).resolves.toMatchObject({ lastFailure: { code: 'backup-passphrase-needed' } })
  })

  it('with the system’s secret store and “keep”: the next session encrypts without asking; turning it off forgets it', async () => {
    const withSecrets = createTestPlatform({ folder: dir, now: new Date(2026, 10, 10, 9, 5), secrets: fakeSecrets() })
    await expect(createBackupHandlers(withSecrets)['backup:set-encryption']({ enabled: true, passphrase: PASS, keep: true })).resolves.toEqual({
      enabled: true,
      passphrase: 'kept',
      canKeep: true,
    })
    const nextSession = createBackupHandlers(withSecrets)
    await expect(nextSession['backup:encryption'](undefined)).resolves.toEqual({ enabled: true, passphrase: 'kept', canKeep: true })
    const saved = await nextSession['backup:save-file']({ backup })
    withSecrets.answerNextDialog(saved?.path ?? null)
    await expect(nextSession['backup:open-file'](undefined)).resolves.toMatchObject({ encrypted: true })
    await expect(nextSession['backup:set-encryption']({ enabled: false })).resolves.toEqual({ enabled: false, passphrase: 'missing', canKeep: true })
    expect(readdirSync(join(dir, 'app-gegevens'))).not.toContain('back-upwachtwoord.bin')
  })

  it('reports the end of the backup on closing to the shell', async () => {
    await expect(createBackupHandlers(platform)['backup:finish-closing'](undefined)).resolves.toBeNull()
    expect(platform.closingFinished()).toBe(1)
  })
})
