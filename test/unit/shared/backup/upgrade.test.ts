import { describe, expect, it } from 'vitest'
import { BACKUP_VERSION } from '@shared/backup/schema'
import { upgradeBackup } from '@shared/backup/upgrade'
import { validateBackup } from '@shared/backup/validate'
import { smallBackupFile, versionOneFile } from './fixture'

describe('upgradeBackup', () => {
  it('makes a version-1 back-up valid, keeping each audit sentence as recorded text', () => {
    const old = versionOneFile()
    expect(validateBackup(old).ok).toBe(false)
    const result = validateBackup(upgradeBackup(old))
    expect(result.ok).toBe(true)
    if (!result.ok) return
    expect(result.file.version).toBe(BACKUP_VERSION)
    expect(result.file.data.auditEntries).toEqual([
      {
        id: 1,
        at: '2026-10-05T08:00:00.000Z',
        clerk: 'Medewerker',
        entity: 'client',
        recordId: 'c1',
        action: 'create',
        changes: [],
        outcome: 'ok',
        event: 'historic',
        params: {},
        historicSummary: 'Cliënt 000001 Jan Jansen aangemeld bij Zorggroep Noord',
      },
    ])
    expect(result.file.data.clients).toEqual(smallBackupFile().data.clients)
  })

  it('leaves a current back-up and anything that is not a version-1 back-up as it is', () => {
    const current = smallBackupFile()
    expect(upgradeBackup(current)).toBe(current)
    for (const value of [null, [], 'x', { format: 'iets-anders', version: 1 }, { format: 'clientadministratie-24x7-backup', version: 3 }])
      expect(upgradeBackup(value)).toBe(value)
  })

  it('reads a version-3 file without `madeBy` (written before it was recorded) and one with it, without a new version', () => {
    const { madeBy: _none, ...older } = { ...smallBackupFile(), madeBy: undefined }
    const before = validateBackup(upgradeBackup(JSON.parse(JSON.stringify(older))))
    expect(before.ok && before.file.madeBy).toBe(undefined)
    const made = validateBackup(upgradeBackup({ ...smallBackupFile(), madeBy: { clerkId: 'clerk-1', name: 'Anna de Vries' } }))
    expect(made.ok && made.file.madeBy).toEqual({ clerkId: 'clerk-1', name: 'Anna de Vries' })
    expect(made.ok && made.file.version).toBe(BACKUP_VERSION)
  })

  it('upgrades a version-1 file (no `madeBy`) to one the preview shows as made by nobody recorded', () => {
    const result = validateBackup(upgradeBackup(versionOneFile()))
    expect(result.ok && result.file.madeBy).toBe(undefined)
  })

  it('refuses a `madeBy` without a name', () => {
    expect(validateBackup({ ...smallBackupFile(), madeBy: { clerkId: 'clerk-1', name: ' ' } }).ok).toBe(false)
  })
})
