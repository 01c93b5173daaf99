import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import Ajv from 'ajv'
import { describe, expect, it } from 'vitest'
import { APP_ORIGIN } from '../../../src/main/protocol/appOrigin'
import { USER_DATA_FOLDER } from '../../../src/main/platform/userDataFolder'

const root = join(__dirname, '../../..')
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  productName: string
  scripts: Record<string, string>
  dependencies: Record<string, string>
  build: Record<string, unknown>
}
const config = pkg.build as {
  appId: string
  productName: string
  files: string[]
  asar: boolean
  electronFuses: Record<string, boolean>
  nsis: Record<string, unknown>
  win: { target: { target: string }[]; icon: string }
  mac: { target: { target: string }[]; icon: string }
}
const schema = JSON.parse(readFileSync(join(root, 'node_modules/app-builder-lib/scheme.json'), 'utf8')) as object
const validate = new Ajv({ allErrors: true }).compile(schema)

describe('electron-builder configuration', () => {
  it('is valid against electron-builder’s own schema', () => {
    expect(validate(config), JSON.stringify(validate.errors)).toBe(true)
  })

  it('is rejected by the schema check when broken', () => {
    expect(validate({ ...config, asar: 'yes' })).toBe(false)
    expect(validate({ ...config, nsis: { ...config.nsis, perMachine: 'no' } })).toBe(false)
    expect(validate({ ...config, unknownOption: true })).toBe(false)
  })

  it('sets the fuses for a packaged app', () => {
    expect(config.asar).toBe(true)
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
    })
  })

  it('makes a per-user NSIS installer whose uninstaller keeps the data, and a DMG', () => {
    expect(config.win.target.map((t) => t.target)).toEqual(['nsis'])
    expect(config.nsis).toMatchObject({ perMachine: false, deleteAppDataOnUninstall: false })
    expect(config.mac.target.map((t) => t.target)).toEqual(['dmg'])
    expect(config.appId).toBe('nl.clientadministratie24x7.app')
    expect(config.productName).toBe(pkg.productName)
    expect(pkg.scripts['dist']).toBe('npm run build && electron-builder --publish never')
  })

  it('packs only the built app, never sources, tests or docs', () => {
    // Production dependencies in node_modules are added by electron-builder itself.
    expect(config.files).toEqual(['out/**', 'resources/fonts/**', 'package.json', '!**/*.map'])
    for (const pattern of config.files) expect(pattern).not.toMatch(/^(src|test|docs|bench|scripts)\b/)
  })

  it('packs every package the main process loads at run time (electron-vite leaves them external)', () => {
    const sources = ['src/main', 'src/shared'].flatMap((dir) =>
      readdirSync(join(root, dir), { recursive: true, encoding: 'utf8' })
        .filter((f) => f.endsWith('.ts'))
        .map((f) => readFileSync(join(root, dir, f), 'utf8')),
    )
    const packages = new Set<string>()
    for (const text of sources) {
      for (const match of text.matchAll(/^import (?!type )(?:[^;']*? from )?'([^'.][^']*)'/gm)) {
        const name = match[1] ?? ''
        if (name.startsWith('node:') || name.startsWith('@shared') || name === 'electron') continue
        packages.add(name.startsWith('@') ? name.split('/').slice(0, 2).join('/') : (name.split('/')[0] ?? name))
      }
    }
    expect(packages.size).toBeGreaterThan(0)
    for (const name of packages) expect(Object.keys(pkg.dependencies), name).toContain(name)
  })

  it('keeps the user-data folder and the origin fixed forever (S4)', () => {
    expect(USER_DATA_FOLDER).toBe('Cliëntadministratie 24x7')
    expect(APP_ORIGIN).toBe('app://clientadministratie')
    const main = readFileSync(join(root, 'src/main/index.ts'), 'utf8')
    expect(main).toContain("app.setPath('userData', join(app.getPath('appData'), USER_DATA_FOLDER))")
  })
})

function pngSize(file: string): [number, number] {
  const bytes = readFileSync(join(root, file))
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG')
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)]
}

describe('app icon', () => {
  it.each([1024, 512, 256])('has a %i px PNG', (size) => {
    expect(pngSize(`resources/icon-${size}.png`)).toEqual([size, size])
  })

  it('has a 1024 px icon.png and a Windows .ico with a 256 px image', () => {
    expect(pngSize('resources/icon.png')).toEqual([1024, 1024])
    const ico = readFileSync(join(root, config.win.icon))
    expect(ico.readUInt16LE(2)).toBe(1)
    const count = ico.readUInt16LE(4)
    const widths = Array.from({ length: count }, (_, i) => ico.readUInt8(6 + 16 * i) || 256)
    expect(widths).toContain(256)
    expect(widths).toContain(16)
  })

  it('has a macOS .icns', () => {
    const icns = readFileSync(join(root, config.mac.icon))
    expect(icns.subarray(0, 4).toString('latin1')).toBe('icns')
    expect(icns.readUInt32BE(4)).toBe(icns.length)
  })
})
