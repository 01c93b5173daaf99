import { describe, expect, it, vi } from 'vitest'
import { buildApi, InvalidApiInputError } from '../../../../src/shared/ipc/api'
import { channelNamePattern, splitChannelName } from '../../../../src/shared/ipc/channel'
import { appChannels } from '../../../../src/shared/ipc/channels/app'
import { auditChannels } from '../../../../src/shared/ipc/channels/audit'
import { backupChannels } from '../../../../src/shared/ipc/channels/backup'
import { backupEncryptionChannels } from '../../../../src/shared/ipc/channels/backupEncryption'
import { folderChannels } from '../../../../src/shared/ipc/channels/folder'
import { tableChannels } from '../../../../src/shared/ipc/channels/table'
import { reportChannels } from '../../../../src/shared/ipc/channels/reports'
import { onboardingChannels } from '../../../../src/shared/ipc/channels/onboarding'
import { logoChannels } from '../../../../src/shared/ipc/channels/logo'
import { listExportChannels } from '../../../../src/shared/ipc/channels/listExport'
import { channelNames, contract, isChannelName } from '../../../../src/shared/ipc/contract'
import { resultSchema } from '../../../../src/shared/ipc/result'
import { appInfoSchema } from '../../../../src/shared/ipc/channels/app'

describe('IPC contract', () => {
  it('names every channel <area>:<verb>-<noun>', () => {
    for (const channel of channelNames) expect(channel).toMatch(channelNamePattern)
  })

  it('loses no channel when the area maps are combined (no duplicate names)', () => {
    const areas = [
      appChannels,
      folderChannels,
      backupChannels,
      backupEncryptionChannels,
      tableChannels,
      reportChannels,
      auditChannels,
      onboardingChannels,
      logoChannels,
      listExportChannels,
    ]
    const total = areas.reduce((sum, area) => sum + Object.keys(area).length, 0)
    expect(channelNames).toHaveLength(total)
  })

  it('recognises only its own channel names', () => {
    expect(isChannelName('app:get-info')).toBe(true)
    expect(isChannelName('toString')).toBe(false)
    expect(isChannelName('__proto__')).toBe(false)
    expect(isChannelName(42)).toBe(false)
  })

  it('turns channel names into namespaced function names', () => {
    expect(splitChannelName('backup:save-file')).toEqual(['backup', 'saveFile'])
    expect(splitChannelName('report:write-usage-reports')).toEqual(['report', 'writeUsageReports'])
    expect(() => splitChannelName('Backup:Save')).toThrow()
  })
})

describe('buildApi (what the preload exposes, spec S2)', () => {
  it('exposes one frozen namespace per area with exactly one function per channel', () => {
    const api = buildApi(() => Promise.resolve(undefined)) as unknown as Record<string, Record<string, unknown>>
    const exposed = Object.entries(api).flatMap(([area, functions]) => Object.keys(functions).map((name) => `${area}.${name}`))
    expect(exposed.sort()).toEqual(channelNames.map((channel) => splitChannelName(channel).join('.')).sort())
    expect(Object.isFrozen(api)).toBe(true)
    for (const functions of Object.values(api)) {
      expect(Object.isFrozen(functions)).toBe(true)
      for (const fn of Object.values(functions)) expect(typeof fn).toBe('function')
    }
    expect(Object.keys(api)).not.toContain('invoke')
  })

  it('sends a valid call on its channel, with the argument as given', async () => {
    const invoke = vi.fn(() => Promise.resolve({ ok: true, value: null }))
    const api = buildApi(invoke)
    const input = { path: 'C:\\Data\\Back-ups' }
    await expect(api.folder.open(input)).resolves.toEqual({ ok: true, value: null })
    await api.app.getInfo()
    expect(invoke.mock.calls).toEqual([
      ['folder:open', input],
      ['app:get-info', undefined],
    ])
  })

  it('throws before sending anything invalid', async () => {
    const invoke = vi.fn(() => Promise.resolve({ ok: true, value: null }))
    const api = buildApi(invoke) as unknown as Record<string, Record<string, (...args: unknown[]) => Promise<unknown>>>
    await expect(api['folder']?.['open']?.({ path: 'relatief' })).rejects.toBeInstanceOf(InvalidApiInputError)
    await expect(api['folder']?.['open']?.({ path: 'relatief' })).rejects.toMatchObject({
      code: 'invalid-input',
      params: { field: 'path', issue: 'validation.absolutePath' },
    })
    await expect(api['folder']?.['open']?.()).rejects.toMatchObject({ channel: 'folder:open', code: 'invalid-input-value', params: { issue: 'invalid_type' } })
    await expect(api['app']?.['getInfo']?.('extra')).rejects.toThrow(InvalidApiInputError)
    await expect(api['app']?.['getInfo']?.(undefined, undefined)).rejects.toMatchObject({ code: 'too-many-arguments', params: {} })
    expect(invoke).not.toHaveBeenCalled()
  })
})

describe('absolute paths', () => {
  const open = contract['folder:open'].input
  it.each(['C:\\Users\\medewerker\\Documents', 'D:/Back-ups', '\\\\server\\share\\map', '/Users/medewerker/Documents'])('accepts %s', (path) => {
    expect(open.safeParse({ path }).success).toBe(true)
  })
  it.each(['', 'Documents', '.\\map', '../map', 'C:map', '/tmp/\0x'])('refuses %j', (path) => {
    expect(open.safeParse({ path }).success).toBe(false)
  })
})

describe('resultSchema', () => {
  it('accepts both shapes of a Result and nothing else', () => {
    const schema = resultSchema(appInfoSchema)
    expect(schema.safeParse({ ok: true, value: { name: 'x', version: '1', platform: 'linux' } }).success).toBe(true)
    expect(schema.safeParse({ ok: false, error: { code: 'file-busy', params: { file: 'Factuur.xlsx' } } }).success).toBe(true)
    expect(schema.safeParse({ ok: false, error: { code: 'file-busy', params: { file: 'Factuur.xlsx' }, partner: 'Zorggroep Noord' } }).success).toBe(true)
    expect(schema.safeParse({ ok: false, error: { code: 'boom', params: {} } }).success).toBe(false)
    // A sentence does not cross IPC, and the parameters are exactly the catalogue's.
    expect(schema.safeParse({ ok: false, error: { code: 'file-busy', message: 'Sluit Excel.' } }).success).toBe(false)
    expect(schema.safeParse({ ok: false, error: { code: 'file-busy', params: {} } }).success).toBe(false)
    expect(schema.safeParse({ ok: false, error: { code: 'file-busy', params: { file: 'a.xlsx', extra: 1 } } }).success).toBe(false)
    expect(schema.safeParse({ ok: true }).success).toBe(false)
  })
})
