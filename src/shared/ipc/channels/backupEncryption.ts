import { z } from 'zod'
import { PASSPHRASE_MAX_LENGTH } from '../../backup/encryptedHeader'
import { defineChannels, noInput } from '../channel'
import { openedBackupSchema } from './backup'

/** Whether backups are encrypted and whether main has the passphrase (never the passphrase itself). */
export const backupEncryptionSchema = z.object({
  enabled: z.boolean(),
  /** `kept`: by the system's secret store, across sessions; `session`: in main's memory until the app closes; `missing`: ask. */
  passphrase: z.enum(['missing', 'session', 'kept']),
  /** Whether this computer can keep it between sessions (Electron `safeStorage`). */
  canKeep: z.boolean(),
})
export type BackupEncryption = z.infer<typeof backupEncryptionSchema>

/** Length is checked by main with its own code (backup-passphrase-too-short); here only an upper bound. */
const passphraseSchema = z.string().max(PASSPHRASE_MAX_LENGTH)

/** Encryption of backups (docs/security.md, "Encrypted backups"): main keeps the setting and the passphrase. */
export const backupEncryptionChannels = defineChannels('backup', {
  'backup:encryption': { input: noInput, output: backupEncryptionSchema },
  /**
   * On: with the passphrase to use from now on (this session; also between sessions when `keep` and the
   * system can). Off: the passphrase is forgotten. Every backup main writes follows it, except the safety
   * backup in the app's own data folder.
   */
  'backup:set-encryption': {
    input: z.discriminatedUnion('enabled', [
      z.object({ enabled: z.literal(true), passphrase: passphraseSchema, keep: z.boolean() }),
      z.object({ enabled: z.literal(false) }),
    ]),
    output: backupEncryptionSchema,
  },
  /**
   * Opens the encrypted backup chosen just before with `backup:open-file`, with the passphrase the clerk typed.
   * A wrong one: `backup-passphrase-wrong`, and the file stays chosen so the clerk can try again.
   */
  'backup:unlock-file': {
    input: z.object({ passphrase: passphraseSchema }),
    output: openedBackupSchema,
  },
})
