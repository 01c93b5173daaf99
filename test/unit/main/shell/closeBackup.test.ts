import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { CLOSE_BACKUP_TIME_LIMIT_MS } from '../../../../src/main/backup/closeBackup'
import { DEFAULT_SCHEDULE } from '../../../../src/main/backup/backupSchedule'
import { USER_DATA_FOLDER } from '../../../../src/main/platform/userDataFolder'
import { tempFolder } from '../tempFolder'
import { frames, loadShell } from './loadShell'

beforeEach(() => {
  vi.spyOn(console, 'error').mockImplementation(() => undefined)
  vi.spyOn(console, 'warn').mockImplementation(() => undefined)
})
afterEach(() => {
  vi.useRealTimers()
  vi.unstubAllEnvs()
  vi.restoreAllMocks()
})

/** The shell on a profile whose backup schedule has `folder` (null: none chosen). */
async function shellWithBackupFolder(folder: string | null) {
  const appData = tempFolder('appdata')
  const userData = join(appData, USER_DATA_FOLDER)
  mkdirSync(userData, { recursive: true })
  writeFileSync(join(userData, 'back-upschema.json'), JSON.stringify({ ...DEFAULT_SCHEDULE, folder }))
  const electron = await loadShell({ isPackaged: true, appData })
  const [window] = electron.windows
  if (!window) throw new Error('no window')
  return { electron, window }
}

/** Lets file reads and promise chains run without advancing (possibly fake) timers. */
const ioTurns = async (turns = 20) => {
  for (let i = 0; i < turns; i++) await new Promise((resolve) => setImmediate(resolve))
}

const closingEvents = (window: { webContents: { sent: { channel: string }[] } }) => window.webContents.sent.filter((sent) => sent.channel === 'app:closing')

describe('the backup on closing (stand-in electron)', () => {
  it('closes at once without asking the window when no backup folder is set', async () => {
    const { electron, window } = await shellWithBackupFolder(null)
    window.close()
    await vi.waitFor(() => expect(window.destroyed).toBe(true))
    expect(closingEvents(window)).toEqual([])
    expect(electron.app.quit).toHaveBeenCalledOnce()
  })

  it('with a folder: holds the close, asks the window for the backup, and closes when the window reports back', async () => {
    const { electron, window } = await shellWithBackupFolder(tempFolder('backups'))
    window.close()
    await vi.waitFor(() => expect(closingEvents(window)).toHaveLength(1))
    expect(closingEvents(window)[0]).toEqual({ channel: 'app:closing', payload: { timeLimitSeconds: CLOSE_BACKUP_TIME_LIMIT_MS / 1000 } })
    expect(window.destroyed).toBe(false)
    expect(electron.app.quit).not.toHaveBeenCalled()

    // A second click on the close button while the backup runs asks nothing new.
    window.close()
    await ioTurns()
    expect(closingEvents(window)).toHaveLength(1)

    // Only the app's own frame can end the wait.
    await expect(electron.ipcMain.invoke('backup:finish-closing', { senderFrame: frames.foreign })).resolves.toMatchObject({ ok: false })
    expect(window.destroyed).toBe(false)
    await expect(electron.ipcMain.invoke('backup:finish-closing', { senderFrame: frames.app })).resolves.toEqual({ ok: true, value: null })
    await vi.waitFor(() => expect(window.destroyed).toBe(true))
    expect(electron.app.quit).toHaveBeenCalledOnce()
  })

  it('closes after the time limit when the window never reports back (a hung or crashed page)', async () => {
    const { electron, window } = await shellWithBackupFolder(tempFolder('backups'))
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
    window.close()
    // Reading the schedule is real file I/O; only the time limit's timer is fake.
    const start = Date.now()
    while (closingEvents(window).length === 0 && Date.now() - start < 5000) await ioTurns(1)
    expect(closingEvents(window)).toHaveLength(1)
    vi.advanceTimersByTime(CLOSE_BACKUP_TIME_LIMIT_MS - 1)
    await ioTurns()
    expect(window.destroyed).toBe(false)
    vi.advanceTimersByTime(1)
    await ioTurns()
    expect(window.destroyed).toBe(true)
    expect(electron.app.quit).toHaveBeenCalledOnce()
  })
})

const closeRequests = (window: { webContents: { sent: { channel: string }[] } }) =>
  window.webContents.sent.filter((sent) => sent.channel === 'app:close-requested')

describe('closing with unsaved work (stand-in electron)', () => {
  const fromApp = { senderFrame: frames.app }

  it('asks the window first; "Blijven" keeps it open, and the next close asks again', async () => {
    const { electron, window } = await shellWithBackupFolder(null)
    await expect(electron.ipcMain.invoke('app:set-unsaved-work', fromApp, { unsaved: true })).resolves.toEqual({ ok: true, value: null })
    window.close()
    expect(closeRequests(window)).toEqual([{ channel: 'app:close-requested', payload: {} }])
    // A second click while the window asks changes nothing.
    window.close()
    await ioTurns()
    expect(closeRequests(window)).toHaveLength(1)
    expect(window.destroyed).toBe(false)

    await electron.ipcMain.invoke('app:answer-close', fromApp, { close: false })
    await ioTurns()
    expect(window.destroyed).toBe(false)
    expect(electron.app.quit).not.toHaveBeenCalled()

    window.close()
    expect(closeRequests(window)).toHaveLength(2)
    await electron.ipcMain.invoke('app:answer-close', fromApp, { close: true })
    await vi.waitFor(() => expect(window.destroyed).toBe(true))
    expect(electron.app.quit).toHaveBeenCalledOnce()
  })

  it('after the answer to close, the backup on closing still runs when a folder is set', async () => {
    const { window, electron } = await shellWithBackupFolder(tempFolder('backups'))
    await electron.ipcMain.invoke('app:set-unsaved-work', fromApp, { unsaved: true })
    window.close()
    expect(closingEvents(window)).toEqual([])
    await electron.ipcMain.invoke('app:answer-close', fromApp, { close: true })
    await vi.waitFor(() => expect(closingEvents(window)).toHaveLength(1))
    expect(window.destroyed).toBe(false)
    await electron.ipcMain.invoke('backup:finish-closing', fromApp)
    await vi.waitFor(() => expect(window.destroyed).toBe(true))
  })

  it('does not ask once the window reports its work saved, nor takes an answer from a foreign frame', async () => {
    const { electron, window } = await shellWithBackupFolder(null)
    await electron.ipcMain.invoke('app:set-unsaved-work', fromApp, { unsaved: true })
    await expect(electron.ipcMain.invoke('app:set-unsaved-work', { senderFrame: frames.foreign }, { unsaved: false })).resolves.toMatchObject({ ok: false })
    window.close()
    expect(closeRequests(window)).toHaveLength(1)
    await expect(electron.ipcMain.invoke('app:answer-close', { senderFrame: frames.foreign }, { close: true })).resolves.toMatchObject({ ok: false })
    await ioTurns()
    expect(window.destroyed).toBe(false)
    await electron.ipcMain.invoke('app:answer-close', fromApp, { close: false })

    await electron.ipcMain.invoke('app:set-unsaved-work', fromApp, { unsaved: false })
    window.close()
    await vi.waitFor(() => expect(window.destroyed).toBe(true))
    expect(closeRequests(window)).toHaveLength(1)
  })

  it('closes when the page is gone while it was asked (a crash): its drafts are kept in the database', async () => {
    const { window, electron } = await shellWithBackupFolder(null)
    await electron.ipcMain.invoke('app:set-unsaved-work', fromApp, { unsaved: true })
    window.close()
    expect(window.destroyed).toBe(false)
    window.webContents.emit('render-process-gone', {}, { reason: 'crashed' })
    await vi.waitFor(() => expect(window.destroyed).toBe(true))
  })

  it('refuses an answer that is not a boolean', async () => {
    const { electron } = await shellWithBackupFolder(null)
    await expect(electron.ipcMain.invoke('app:answer-close', fromApp, { close: 'ja' })).resolves.toMatchObject({ ok: false })
    await expect(electron.ipcMain.invoke('app:set-unsaved-work', fromApp, {})).resolves.toMatchObject({ ok: false })
  })
})
