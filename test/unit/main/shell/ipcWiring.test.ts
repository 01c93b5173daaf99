import { tmpdir } from 'node:os'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { channelNames } from '../../../../src/shared/ipc/contract'
import type { SenderFrame } from '../../../../src/main/ipc/senderTrust'
import { appliedMenuLabels } from './menuRoles'
import { frames, loadShell } from './loadShell'

const refused = { ok: false, error: { code: 'untrusted-sender', params: {} } }
const from = (senderFrame: SenderFrame | null) => ({ senderFrame })

beforeEach(() => vi.spyOn(console, 'error').mockImplementation(() => undefined))
afterEach(() => {
  vi.unstubAllEnvs()
  vi.restoreAllMocks()
})

describe('IPC as the shell wires it (spec S3)', () => {
  it('registers exactly the contract channels through invoke/handle, and no fire-and-forget listener', async () => {
    const electron = await loadShell({ isPackaged: true })
    expect(electron.ipcMain.channels().sort()).toEqual([...channelNames].sort())
    expect(electron.ipcMain.on).not.toHaveBeenCalled()
    expect(electron.ipcMain.once).not.toHaveBeenCalled()
    expect(electron.ipcMain.handleOnce).not.toHaveBeenCalled()
  })

  it("answers the app's own top frame with the real platform behind it", async () => {
    const electron = await loadShell({ isPackaged: true })
    await expect(electron.ipcMain.invoke('app:get-info', from(frames.app))).resolves.toEqual({
      ok: true,
      value: { name: 'Cliëntadministratie 24x7', version: '0.1.0', platform: process.platform },
    })
    await expect(electron.ipcMain.invoke('folder:open', from(frames.app), { path: tmpdir() })).resolves.toEqual({ ok: true, value: null })
    expect(electron.shell.openPath).toHaveBeenCalledWith(tmpdir())
  })

  it.each([
    ['a page of another origin', frames.foreign],
    ['a sub-frame of the app', frames.appSubFrame],
    ['the development server in a packaged app', frames.devServer],
    ['a destroyed frame', null],
  ])('refuses a call from %s before the handler runs', async (_name, frame) => {
    const electron = await loadShell({ isPackaged: true, rendererUrl: 'http://localhost:5173' })
    await expect(electron.ipcMain.invoke('folder:open', from(frame), { path: tmpdir() })).resolves.toEqual(refused)
    expect(electron.shell.openPath).not.toHaveBeenCalled()
  })

  it('leaves a channel outside the contract without handler, so Electron refuses it', async () => {
    const electron = await loadShell({ isPackaged: true })
    await expect(electron.ipcMain.invoke('shell:open-external', from(frames.app), { url: 'file:///C:/Windows/System32/calc.exe' })).rejects.toThrow(
      "No handler registered for 'shell:open-external'",
    )
    expect(electron.shell.openExternal).not.toHaveBeenCalled()
  })

  it('answers a malformed payload with invalid-input and does not run the handler', async () => {
    const electron = await loadShell({ isPackaged: true })
    await expect(electron.ipcMain.invoke('folder:open', from(frames.app), { path: 'relatief\\pad' })).resolves.toEqual({
      ok: false,
      error: { code: 'invalid-input', params: { field: 'path', issue: 'validation.absolutePath' } },
    })
    await expect(electron.ipcMain.invoke('folder:open', from(frames.app), { path: tmpdir() }, 'extra')).resolves.toEqual({
      ok: false,
      error: { code: 'too-many-arguments', params: {} },
    })
    expect(electron.shell.openPath).not.toHaveBeenCalled()
  })

  it("rebuilds the menu in the window's language, but only when the app's own frame asks", async () => {
    const electron = await loadShell({ isPackaged: true })
    expect(appliedMenuLabels(electron)).toContain('Bestand')
    await expect(electron.ipcMain.invoke('app:set-language', from(frames.foreign), { language: 'en' })).resolves.toEqual(refused)
    expect(appliedMenuLabels(electron)).toContain('Bestand')
    await expect(electron.ipcMain.invoke('app:set-language', from(frames.app), { language: 'en' })).resolves.toEqual({ ok: true, value: null })
    expect(appliedMenuLabels(electron)).toContain('File')
  })
})
