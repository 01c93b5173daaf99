import type { MenuItemConstructorOptions } from 'electron'
import { describe, expect, it, vi } from 'vitest'
import { buildApplicationMenu } from '../../../../src/main/menu/applicationMenu'
import { createUiLanguage } from '../../../../src/main/platform/uiLanguage'

const flatten = (items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] =>
  items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? flatten(item.submenu) : [])])

describe('application menu', () => {
  const base = { appName: 'Cliëntadministratie 24x7', language: 'nl' as const, isDevelopment: false, showAbout: vi.fn(), onCommand: vi.fn(), openHelp: vi.fn() }

  it('has Dutch top-level menus on Windows', () => {
    expect(buildApplicationMenu({ ...base, platform: 'win32' }).map((item) => item.label)).toEqual(['Bestand', 'Bewerken', 'Beeld', 'Venster', 'Help'])
  })

  it('starts with the application menu on macOS and ends with Help', () => {
    const menu = buildApplicationMenu({ ...base, platform: 'darwin' })
    expect(menu.map((item) => item.label)).toEqual(['Cliëntadministratie 24x7', 'Bestand', 'Bewerken', 'Beeld', 'Venster', 'Help'])
    expect(menu.at(-1)?.role).toBe('help')
  })

  it('labels every item itself (no role labels from the system left)', () => {
    for (const language of ['nl', 'en'] as const) {
      for (const platform of ['win32', 'darwin', 'linux']) {
        for (const item of flatten(buildApplicationMenu({ ...base, language, platform }))) {
          if (item.type !== 'separator') expect(item.label, JSON.stringify(item)).toBeTruthy()
        }
      }
    }
  })

  it('speaks English when the UI does', () => {
    const menu = buildApplicationMenu({ ...base, language: 'en', platform: 'win32' })
    expect(menu.map((item) => item.label)).toEqual(['File', 'Edit', 'View', 'Window', 'Help'])
    expect(flatten(menu).map((item) => item.label)).toContain('Manual (Dutch)')
    expect(flatten(menu).map((item) => item.label)).toContain('About Cliëntadministratie 24x7')
    expect(flatten(buildApplicationMenu({ ...base, language: 'en', platform: 'darwin' })).map((item) => item.label)).toContain('Quit Cliëntadministratie 24x7')
  })

  it('is rebuilt only when the window changes the UI language', () => {
    const built: unknown[][] = []
    const language = createUiLanguage(() =>
      built.push(buildApplicationMenu({ ...base, language: language.current(), platform: 'win32' }).map((item) => item.label)),
    )
    language.set('nl')
    expect(built).toEqual([])
    language.set('en')
    language.set('en')
    expect(built).toEqual([['File', 'Edit', 'View', 'Window', 'Help']])
  })

  it('offers developer tools only in development', () => {
    const roles = (isDevelopment: boolean) => flatten(buildApplicationMenu({ ...base, isDevelopment, platform: 'win32' })).map((item) => item.role)
    expect(roles(false)).not.toContain('toggleDevTools')
    expect(roles(true)).toContain('toggleDevTools')
  })

  it('shows the about box from Help', () => {
    const showAbout = vi.fn()
    const about = flatten(buildApplicationMenu({ ...base, showAbout, platform: 'win32' })).find((item) => item.label === 'Over Cliëntadministratie 24x7')
    about?.click?.(undefined as never, undefined, undefined as never)
    expect(showAbout).toHaveBeenCalledOnce()
  })

  it.each([
    ['nl', 'win32', ['Back-up maken…', 'Terugzetten…', undefined, 'Afsluiten']],
    ['en', 'win32', ['Make Backup…', 'Restore…', undefined, 'Exit']],
    ['en', 'darwin', ['Make Backup…', 'Restore…', undefined, 'Close Window']],
  ] as const)('offers the backup commands first in the File menu (%s, %s)', (language, platform, labels) => {
    const file = buildApplicationMenu({ ...base, language, platform }).find((item) => item.label === (language === 'nl' ? 'Bestand' : 'File'))
    expect((file?.submenu as MenuItemConstructorOptions[]).map((item) => item.label)).toEqual(labels)
  })

  it('hands a backup command to the shell, which passes it to the window', () => {
    const onCommand = vi.fn()
    const items = flatten(buildApplicationMenu({ ...base, onCommand, platform: 'win32' }))
    items.find((item) => item.label === 'Back-up maken…')?.click?.(undefined as never, undefined, undefined as never)
    items.find((item) => item.label === 'Terugzetten…')?.click?.(undefined as never, undefined, undefined as never)
    expect(onCommand.mock.calls).toEqual([['make-backup'], ['restore-backup']])
  })

  it.each([
    ['win32', ['Handleiding', undefined, 'Over Cliëntadministratie 24x7']],
    ['darwin', ['Handleiding']],
  ] as const)('has the manual under F1 in the Help menu (%s); About is there on Windows, in the app menu on macOS', (platform, labels) => {
    const help = buildApplicationMenu({ ...base, platform }).find((item) => item.label === 'Help')
    const items = help?.submenu as MenuItemConstructorOptions[]
    expect(items.map((item) => item.label)).toEqual(labels)
    expect(items[0]?.accelerator).toBe('F1')
  })

  it('asks the shell to open the manual, which passes it to the window', () => {
    const openHelp = vi.fn()
    for (const platform of ['win32', 'darwin']) {
      flatten(buildApplicationMenu({ ...base, openHelp, platform }))
        .find((item) => item.label === 'Handleiding')
        ?.click?.(undefined as never, undefined, undefined as never)
    }
    expect(openHelp).toHaveBeenCalledTimes(2)
  })
})
