import { tmpdir } from 'node:os'
import { describe, expect, it, vi } from 'vitest'
import { channelNames } from '../../../../src/shared/ipc/contract'
import { AppError } from '../../../../src/main/appError'
import { createHandlers } from '../../../../src/main/ipc/handlers'
import type { Handlers } from '../../../../src/main/ipc/handlerTypes'
import type { InvokeEvent, IpcMainLike } from '../../../../src/main/ipc/router'
import { createIpcRouter, registerIpcHandlers } from '../../../../src/main/ipc/router'
import { createSenderCheck } from '../../../../src/main/ipc/senderTrust'
import { createTestPlatform } from '../../../../src/main/platform/testPlatform'
import { errorText } from '../../../../src/shared/problems/errorText'
import { tempFolder } from '../tempFolder'

const trusted: InvokeEvent = { senderFrame: { url: 'app://clientadministratie/index.html#/clienten', parent: null } }
const isTrustedSender = createSenderCheck(['app://clientadministratie'])

function setup(overrides: Partial<Handlers> = {}) {
  const platform = createTestPlatform({ folder: tempFolder('router'), version: '1.2.3', platform: 'win32' })
  const log = vi.fn()
  const handlers = { ...createHandlers(platform), ...overrides } as Handlers
  return { platform, log, router: createIpcRouter(handlers, { isTrustedSender, log }) }
}

describe('IPC router (spec S3)', () => {
  it('runs a valid call and returns its value as an ok Result', async () => {
    const { router } = setup()
    await expect(router.dispatch(trusted, 'app:get-info', [undefined])).resolves.toEqual({
      ok: true,
      value: { name: 'Cliëntadministratie 24x7', version: '1.2.3', platform: 'win32' },
    })
  })

  it('answers a payload that does not match the schema with the field and the problem, worded by the window', async () => {
    const { router, platform } = setup()
    const result = await router.dispatch(trusted, 'folder:open', [{ path: 'relatief\\pad' }])
    expect(result).toEqual({ ok: false, error: { code: 'invalid-input', params: { field: 'path', issue: 'validation.absolutePath' } } })
    expect(!result.ok && errorText(result.error)).toBe('Ongeldige gegevens bij path: Geen volledig pad.')
    expect(platform.openedFolders).toEqual([])
  })

  it.each([
    ['a number instead of an object', 'backup:save-file', [42], { code: 'invalid-input-value', params: { issue: 'invalid_type' } }],
    [
      'a list instead of a backup object',
      'backup:save-file',
      [{ backup: [1, 2] }],
      { code: 'invalid-input', params: { field: 'backup', issue: 'invalid_type' } },
    ],
    ['a value where no input is expected', 'app:get-info', ['x'], { code: 'invalid-input-value', params: { issue: 'invalid_type' } }],
    ['two arguments', 'app:get-info', [undefined, undefined], { code: 'too-many-arguments', params: {} }],
    ['an unknown UI language', 'app:set-language', [{ language: 'de' }], { code: 'invalid-input', params: { field: 'language', issue: 'invalid_value' } }],
  ])('refuses %s', async (_label, channel, args, error) => {
    const { router } = setup()
    await expect(router.dispatch(trusted, channel, args)).resolves.toEqual({ ok: false, error })
  })

  it('takes the UI language of the window, in which main then words its own dialogs', async () => {
    const { router, platform } = setup()
    await expect(router.dispatch(trusted, 'app:set-language', [{ language: 'en' }])).resolves.toEqual({ ok: true, value: null })
    expect(platform.language.current()).toBe('en')
    await router.dispatch(trusted, 'folder:choose', [undefined])
    await router.dispatch(trusted, 'report:choose-folder', [undefined])
    expect(platform.dialogCalls.map((call) => call.title)).toEqual(['Choose a folder', 'Choose the folder for the Excel files'])
  })

  it('refuses a channel that is not in the contract', async () => {
    const { router, log } = setup()
    await expect(router.dispatch(trusted, 'fs:read-file', ['/etc/passwd'])).resolves.toMatchObject({ ok: false, error: { code: 'unknown-channel' } })
    await expect(router.dispatch(trusted, '__proto__', [])).resolves.toMatchObject({ ok: false, error: { code: 'unknown-channel' } })
    expect(log).toHaveBeenCalled()
  })

  it.each([
    ['another origin', { url: 'https://example.com/', parent: null }],
    ['a file:// page', { url: 'file:///C:/app/index.html', parent: null }],
    ['a look-alike host', { url: 'app://clientadministratie.evil/index.html', parent: null }],
    ['a subframe of the app', { url: 'app://clientadministratie/index.html', parent: {} }],
    ['a destroyed frame', null],
  ])('refuses a call from %s without running the handler', async (_label, senderFrame) => {
    const handler = vi.fn()
    const { router } = setup({ 'app:get-info': handler })
    await expect(router.dispatch({ senderFrame }, 'app:get-info', [undefined])).resolves.toMatchObject({
      ok: false,
      error: { code: 'untrusted-sender' },
    })
    expect(handler).not.toHaveBeenCalled()
  })

  it('passes an AppError on with its code and parameters, no sentence', async () => {
    const { router } = setup({ 'app:get-info': () => Promise.reject(new AppError('file-busy', { file: 'Factuur.xlsx' })) })
    await expect(router.dispatch(trusted, 'app:get-info', [undefined])).resolves.toEqual({
      ok: false,
      error: { code: 'file-busy', params: { file: 'Factuur.xlsx' } },
    })
  })

  it('turns any other exception into internal-error without leaking its text', async () => {
    const { router, log } = setup({ 'app:get-info': () => Promise.reject(new Error('ENOENT /home/geheim/pad')) })
    const result = await router.dispatch(trusted, 'app:get-info', [undefined])
    expect(result).toMatchObject({ ok: false, error: { code: 'internal-error' } })
    expect(JSON.stringify(result)).not.toContain('geheim')
    expect(log).toHaveBeenCalledWith(expect.stringContaining('app:get-info'), expect.any(Error))
  })

  it('checks the handler output against the contract', async () => {
    const { router } = setup({ 'app:get-info': () => Promise.resolve({ name: '', version: 1 } as never) })
    await expect(router.dispatch(trusted, 'app:get-info', [undefined])).resolves.toMatchObject({ ok: false, error: { code: 'invalid-output' } })
  })

  it('refuses to start with a handler for a channel outside the contract', () => {
    const platform = createTestPlatform({ folder: tmpdir() })
    const handlers = { ...createHandlers(platform), 'fs:read-file': () => Promise.resolve('') } as unknown as Handlers
    expect(() => createIpcRouter(handlers, { isTrustedSender })).toThrow(/Extra: fs:read-file/)
  })
})

describe('registerIpcHandlers', () => {
  it('registers exactly the contract channels, each going through the router', async () => {
    const registered = new Map<string, (event: InvokeEvent, ...args: unknown[]) => Promise<unknown>>()
    const ipcMain: IpcMainLike = { handle: (channel, listener) => void registered.set(channel, listener) }
    registerIpcHandlers(ipcMain, createHandlers(createTestPlatform({ folder: tmpdir(), version: '9.9.9' })), { isTrustedSender, log: () => undefined })

    expect([...registered.keys()].sort()).toEqual([...channelNames].sort())
    const getInfo = registered.get('app:get-info')
    await expect(getInfo?.(trusted, undefined)).resolves.toMatchObject({ ok: true, value: { version: '9.9.9' } })
    await expect(getInfo?.({ senderFrame: { url: 'https://example.com', parent: null } }, undefined)).resolves.toMatchObject({ ok: false })
  })
})
