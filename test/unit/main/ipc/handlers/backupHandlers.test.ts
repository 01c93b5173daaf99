import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeEach, describe, expect, it } from 'vitest'
import type { AppError } from '../../../../../src/main/appError'
import { automaticBackupsNewestFirst, backupFileName, createBackupHandlers } from '../../../../../src/main/ipc/handlers/backupHandlers'
import type { TestPlatform } from '../../../../../src/main/platform/testPlatform'
import { createTestPlatform } from '../../../../../src/main/platform/testPlatform'
import { tempFileName } from '../../../../../src/main/files/tempFiles'
import { errorText } from '../../../../../src/shared/problems/errorText'
import { smallBackupFile } from '../../../shared/backup/fixture'
import { tempFolder } from '../../tempFolder'
import { readOpened } from './readOpened'

let dir: string
let platform: TestPlatform
let handlers: ReturnType<typeof createBackupHandlers>
beforeEach(() => {
  dir = tempFolder('backup')
  platform = createTestPlatform({ folder: dir, now: new Date(2026, 10, 10, 9, 5) })
  handlers = createBackupHandlers(platform)
})

const backup = smallBackupFile()

describe('backup:save-file', () => {
  it('asks where to save, suggesting a dated name in Documents, and writes the JSON there', async () => {
    const saved = await handlers['backup:save-file']({ backup })
    expect(platform.dialogCalls).toEqual([
      { kind: 'save', title: 'Back-up opslaan', defaultPath: join(dir, 'Back-up Cliëntadministratie 2026-11-10 09.05.json') },
    ])
    expect(saved).toEqual({
      path: join(dir, 'Back-up Cliëntadministratie 2026-11-10 09.05.json'),
      fileName: 'Back-up Cliëntadministratie 2026-11-10 09.05.json',
    })
    expect(JSON.parse(readFileSync(saved?.path ?? '', 'utf8'))).toEqual(backup)
  })

  it('writes nothing when the dialog is cancelled', async () => {
    platform.answerNextDialog(null)
    await expect(handlers['backup:save-file']({ backup })).resolves.toBeNull()
    expect(readdirSync(dir)).toEqual([])
  })

  it('replaces the file the user confirmed in the dialog', async () => {
    const target = join(dir, 'mijn back-up.json')
    writeFileSync(target, '{"oud":true}')
    platform.answerNextDialog(target)
    await handlers['backup:save-file']({ backup })
    expect(JSON.parse(readFileSync(target, 'utf8'))).toEqual(backup)
  })

  it('adds .json to a name typed without extension, without replacing an existing file', async () => {
    writeFileSync(join(dir, 'back-up.json'), '{"oud":true}')
    platform.answerNextDialog(join(dir, 'back-up'))
    const saved = await handlers['backup:save-file']({ backup })
    expect(saved?.fileName).toBe('back-up (2).json')
    expect(readFileSync(join(dir, 'back-up.json'), 'utf8')).toBe('{"oud":true}')
  })
})

describe('backup:open-file', () => {
  it('keeps the chosen file behind an id and hands out its text piece by piece', async () => {
    const saved = await handlers['backup:save-file']({ backup })
    platform.answerNextDialog(saved?.path ?? null)
    const opened = await handlers['backup:open-file'](undefined)
    expect(opened).toEqual({ id: expect.any(String) as unknown, fileName: saved?.fileName, chunks: 1 })
    expect(JSON.stringify(opened)).not.toContain(dir)
    expect(await readOpened(handlers, opened)).toEqual(backup)
    expect(platform.dialogCalls.at(-1)).toMatchObject({ kind: 'open', defaultPath: dir })
  })

  it('returns null when the dialog is cancelled', async () => {
    await expect(handlers['backup:open-file'](undefined)).resolves.toBeNull()
  })

  it('accepts a file that starts with a byte-order mark', async () => {
    const path = join(dir, 'bom.json')
    writeFileSync(path, `\uFEFF${JSON.stringify(backup)}`)
    platform.answerNextDialog(path)
    expect(await readOpened(handlers, await handlers['backup:open-file'](undefined))).toEqual(backup)
  })

  // Only what needs no parsing is refused here; the complete check runs in the window's worker (restoreJobs.test.ts).
  it.each([
    [
      'no JSON',
      'dit is geen json',
      'backup-not-json',
      /^"fout\.json" is geen geldig back-upbestand: de inhoud is geen leesbare JSON\. Kies een back-upbestand \(\.json\) dat het programma heeft gemaakt\.$/,
    ],
    ['a JSON list', '[1,2,3]', 'backup-not-json', /geen leesbare JSON/],
    ['nothing', ' \n', 'backup-not-json', /geen leesbare JSON/],
  ])('refuses a file with %s, worded in Dutch from its code', async (_label, content, code, words) => {
    const path = join(dir, 'fout.json')
    writeFileSync(path, content)
    platform.answerNextDialog(path)
    const error = await handlers['backup:open-file'](undefined).catch((caught: unknown) => caught)
    expect(error).toMatchObject({ code, params: expect.objectContaining({ file: 'fout.json' }) as unknown })
    expect(errorText(error as AppError)).toMatch(words)
  })

  it('reports a file that has disappeared', async () => {
    platform.answerNextDialog(join(dir, 'weg.json'))
    await expect(handlers['backup:open-file'](undefined)).rejects.toMatchObject({ code: 'file-not-found' })
  })
})

describe('backup:save-scheduled (scheduled backup with rotation)', () => {
  const auto = (stamp: string) => `Automatische back-up Cliëntadministratie ${stamp}.json`

  /** The clerk chooses `folder` in main's folder dialog and sets how many to keep. */
  async function scheduleInto(folder: string, keep: number) {
    platform.answerNextDialog(folder)
    await handlers['backup:choose-folder'](undefined)
    await handlers['backup:set-schedule']({ intervalHours: 24, keep })
  }

  it('writes a dated file into the folder without asking', async () => {
    await scheduleInto(dir, 5)
    const dialogs = platform.dialogCalls.length
    const saved = await handlers['backup:save-scheduled']({ backup })
    expect(saved).toEqual({ path: join(dir, auto('2026-11-10 09.05')), fileName: auto('2026-11-10 09.05'), removed: [] })
    expect(JSON.parse(readFileSync(saved.path, 'utf8'))).toEqual(backup)
    expect(platform.dialogCalls).toHaveLength(dialogs)
    expect(await handlers['backup:schedule'](undefined)).toMatchObject({ folder: dir, keep: 5, lastSuccessFile: saved.fileName, lastFailure: null })
  })

  it('keeps the newest `keep` automatic backups and removes only those', async () => {
    const old = ['2026-11-07 09.00', '2026-11-08 09.00', '2026-11-09 09.00'].map(auto)
    const others = ['Back-up Cliëntadministratie 2026-01-01 10.00.json', 'notities.json', 'Automatische back-up van iets anders.json']
    for (const name of [...old, ...others]) writeFileSync(join(dir, name), '{}')
    await scheduleInto(dir, 2)
    const saved = await handlers['backup:save-scheduled']({ backup })
    expect(saved.removed.sort()).toEqual([auto('2026-11-07 09.00'), auto('2026-11-08 09.00')])
    expect(
      readdirSync(dir)
        .filter((name) => name !== 'app-gegevens')
        .sort(),
    ).toEqual([...others, auto('2026-11-09 09.00'), auto('2026-11-10 09.05')].sort())
  })

  it("clears a killed save's temporary file from the folder, and leaves the user's files", async () => {
    const leftover = tempFileName()
    writeFileSync(join(dir, leftover), '{"half')
    writeFileSync(join(dir, 'notitie.tmp'), 'van de gebruiker')
    await scheduleInto(dir, 5)
    const saved = await handlers['backup:save-scheduled']({ backup })
    expect(
      readdirSync(dir)
        .filter((name) => name !== 'app-gegevens')
        .sort(),
    ).toEqual([saved.fileName, 'notitie.tmp'].sort())
  })

  it('never replaces a backup made in the same minute', async () => {
    writeFileSync(join(dir, auto('2026-11-10 09.05')), '{"eerder":true}')
    await scheduleInto(dir, 5)
    const saved = await handlers['backup:save-scheduled']({ backup })
    expect(saved.fileName).toBe(auto('2026-11-10 09.05 (2)'))
    expect(readFileSync(join(dir, auto('2026-11-10 09.05')), 'utf8')).toBe('{"eerder":true}')
  })

  it('refuses without a chosen folder, or when the folder is gone, and records the failure for the status', async () => {
    await expect(handlers['backup:save-scheduled']({ backup })).rejects.toMatchObject({ code: 'backup-folder-not-chosen' })
    const gone = join(dir, 'weg')
    mkdirSync(gone)
    await scheduleInto(gone, 5)
    rmSync(gone, { recursive: true })
    await expect(handlers['backup:save-scheduled']({ backup })).rejects.toMatchObject({ code: 'backup-folder-not-found', params: { folder: gone } })
    expect(await handlers['backup:schedule'](undefined)).toMatchObject({
      lastSuccessAt: null,
      lastFailure: { code: 'backup-folder-not-found', params: { folder: gone } },
    })
  })

  it('keeps the schedule in the app data folder across a restart, daily and 30 by default', async () => {
    expect(await handlers['backup:schedule'](undefined)).toMatchObject({ folder: null, intervalHours: 24, keep: 30 })
    await scheduleInto(dir, 7)
    const restarted = createBackupHandlers(platform)
    expect(await restarted['backup:schedule'](undefined)).toMatchObject({ folder: dir, intervalHours: 24, keep: 7 })
    platform.answerNextDialog(null)
    expect(await restarted['backup:choose-folder'](undefined)).toMatchObject({ folder: dir })
  })

  it('orders copies of the same minute after the original', () => {
    expect(automaticBackupsNewestFirst([auto('2026-11-10 09.05'), auto('2026-11-10 09.05 (2)'), auto('2026-11-09 23.59'), 'andere.json'])).toEqual([
      auto('2026-11-10 09.05 (2)'),
      auto('2026-11-10 09.05'),
      auto('2026-11-09 23.59'),
    ])
  })
})

describe('backupFileName', () => {
  it('uses the local date and time without characters Windows refuses', () => {
    expect(backupFileName(new Date(2027, 0, 5, 17, 30))).toBe('Back-up Cliëntadministratie 2027-01-05 17.30.json')
  })
})

describe('backup:save-safety (right before a restore)', () => {
  it("writes into the app's own data folder, which the renderer never names, and keeps the newest ten", async () => {
    const folder = join(dir, 'app-gegevens', 'Veiligheidsback-ups')
    const saved = await handlers['backup:save-safety']({ backup })
    expect(saved).toEqual({
      path: join(folder, 'Veiligheidsback-up Cliëntadministratie 2026-11-10 09.05.json'),
      fileName: 'Veiligheidsback-up Cliëntadministratie 2026-11-10 09.05.json',
    })
    expect(JSON.parse(readFileSync(saved.path, 'utf8'))).toEqual(backup)
    for (let i = 0; i < 11; i++) await handlers['backup:save-safety']({ backup })
    expect(readdirSync(folder)).toHaveLength(10)
    // The newest one holds the data of the last write, whatever name the minute left free for it.
    expect(readdirSync(folder).every((name) => name.startsWith('Veiligheidsback-up Cliëntadministratie 2026-11-10 09.05'))).toBe(true)
  })
})
