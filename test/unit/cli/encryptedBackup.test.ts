import { readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { EXIT } from '../../../src/cli/exitCodes'
import { main } from '../../../src/cli/main'
import { encryptBackup } from '../../../src/main/backup/backupCrypto'
import { tempFolder } from '../main/tempFolder'
import { memoryIo } from './memoryIo'
import { writeSmallBackup } from './runFixture'

/** The small job backup, encrypted as the app writes it when encryption is on. */
async function encryptedBackup(dir: string): Promise<string> {
  const path = writeSmallBackup(dir)
  writeFileSync(path, await encryptBackup(readFileSync(path), 'een lang wachtwoord', { name: 'scrypt', N: 2 ** 14, r: 8, p: 1 }))
  return path
}

describe('the command line and encrypted backups', () => {
  it.each([
    ['verify', (backup: string) => ['verify', '--backup', backup]],
    ['run', (backup: string) => ['run', '--backup', backup, '--period', '2026-11', '--out', 'uit', '--today', '2026-11-26']],
  ])('%s refuses an encrypted backup with its own message and writes nothing', async (_name, argv) => {
    const dir = tempFolder('cli-encrypted')
    const backup = await encryptedBackup(dir)
    const io = memoryIo(dir)
    expect(await main(argv(backup), io)).toBe(EXIT.input)
    expect(io.stderr.join('\n')).toMatch(/is een versleutelde back-up; de opdrachtregel leest alleen onversleutelde back-ups/)
    expect(readdirSync(dir)).toEqual(['backup.json'])
  })
})
