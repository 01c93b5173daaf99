import { mkdir, readFile, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { z } from 'zod'
import type { BackupEncryption } from '@shared/ipc/channels/backupEncryption'
import { writeTextFileAtomically } from '../files/atomicWrite'
import { readKeptJson } from '../files/readKeptJson'
import type { SecretStorage } from '../platform/types'

const settingSchema = z.object({ enabled: z.boolean() })

export interface BackupEncryptionStore {
  state(): Promise<BackupEncryption>
  /** The passphrase to encrypt with now: the session's, else the one kept by the system; null when neither. */
  passphrase(): Promise<string | null>
  /** Turns encryption on with `passphrase`, kept for this session and, when `keep` and the system can, between sessions. */
  enable(passphrase: string, keep: boolean): Promise<BackupEncryption>
  /** Turns encryption off and forgets the passphrase everywhere. */
  disable(): Promise<BackupEncryption>
}

/**
 * Whether backups are encrypted, and the passphrase, as main keeps them (docs/security.md, "Encrypted
 * backups"). The setting is a small file in the app's data folder. The passphrase is never written in clear:
 * it lives in main's memory for the session, and only when the clerk asks and the system has a secret store
 * (`safeStorage`) is it also written, encrypted by the system for this user, so scheduled backups and the
 * backup on closing keep working after a restart. Without that the screen asks for it again each session,
 * and a backup that needs it fails with `backup-passphrase-needed` until then — never silently unencrypted.
 */
export function createBackupEncryptionStore(userData: string, secrets: SecretStorage): BackupEncryptionStore {
  const settingPath = join(userData, 'back-upversleuteling.json')
  const keptPath = join(userData, 'back-upwachtwoord.bin')
  let sessionPassphrase: string | null = null

  const enabled = async () => (await readKeptJson(settingPath, settingSchema))?.enabled ?? false

  async function kept(): Promise<string | null> {
    if (!secrets.isAvailable()) return null
    const data = await readFile(keptPath).catch(() => null)
    if (data === null) return null
    try {
      return secrets.decrypt(data)
    } catch {
      // Another user's or another computer's secret: as if none was kept.
      return null
    }
  }

  async function state(): Promise<BackupEncryption> {
    const on = await enabled()
    const keptOne = on ? await kept() : null
    return { enabled: on, passphrase: keptOne !== null ? 'kept' : sessionPassphrase !== null ? 'session' : 'missing', canKeep: secrets.isAvailable() }
  }

  async function saveSetting(on: boolean) {
    await mkdir(userData, { recursive: true })
    await writeTextFileAtomically(settingPath, `${JSON.stringify({ enabled: on })}\n`, { ifExists: 'replace' })
  }

  return {
    state,
    async passphrase() {
      if (!(await enabled())) return null
      sessionPassphrase ??= await kept()
      return sessionPassphrase
    },
    async enable(passphrase, keep) {
      await saveSetting(true)
      sessionPassphrase = passphrase
      await rm(keptPath, { force: true })
      if (keep && secrets.isAvailable()) await writeFile(keptPath, secrets.encrypt(passphrase), { mode: 0o600 })
      return state()
    },
    async disable() {
      sessionPassphrase = null
      await rm(keptPath, { force: true })
      await saveSetting(false)
      return state()
    },
  }
}
