import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { inspectLogo, LOGO_MAX_BYTES } from '../../../../src/main/logo/logoImage'
import { createLogoStore, readLogoFile } from '../../../../src/main/logo/logoStore'
import { jpegHeader, pngImage } from '../../../support/pngImage'
import { tempFolder } from '../tempFolder'

describe('logo check', () => {
  it('reads PNG and JPEG by their magic bytes and headers, whatever the file is called', () => {
    expect(inspectLogo(pngImage(120, 40), 'logo.jpg')).toMatchObject({ format: 'png', width: 120, height: 40 })
    expect(inspectLogo(jpegHeader(640, 200), 'logo.png')).toMatchObject({ format: 'jpeg', width: 640, height: 200 })
  })

  it('refuses another format, a file over 1 MB and unreadable or absurd dimensions, each with its own code', () => {
    expect(() => inspectLogo(Buffer.from('GIF89a......'), 'logo.gif')).toThrow(
      expect.objectContaining({ code: 'logo-not-image', params: { file: 'logo.gif' } }),
    )
    expect(() => inspectLogo(Buffer.from('<svg/>'), 'logo.png')).toThrow(expect.objectContaining({ code: 'logo-not-image' }))
    const big = Buffer.concat([pngImage(10, 10), Buffer.alloc(LOGO_MAX_BYTES)])
    expect(() => inspectLogo(big, 'groot.png')).toThrow(expect.objectContaining({ code: 'logo-too-large', params: { file: 'groot.png', maxKb: 1024 } }))
    expect(() => inspectLogo(pngImage(10, 10).subarray(0, 20), 'kapot.png')).toThrow(expect.objectContaining({ code: 'logo-dimensions' }))
    const zeroWide = pngImage(10, 10)
    zeroWide.writeUInt32BE(0, 16)
    expect(() => inspectLogo(zeroWide, 'nul.png')).toThrow(expect.objectContaining({ code: 'logo-dimensions' }))
    expect(() => inspectLogo(Buffer.from([0xff, 0xd8, 0xff, 0xda, 0x00, 0x02, 0, 0, 0, 0, 0, 0]), 'kapot.jpg')).toThrow(
      expect.objectContaining({ code: 'logo-dimensions' }),
    )
  })

  it('keeps a copy: moving the original away leaves the kept logo; removing it leaves none', async () => {
    const folder = tempFolder('logo')
    const original = join(folder, 'origineel.png')
    writeFileSync(original, pngImage(30, 10))
    const store = createLogoStore(join(folder, 'app'))
    expect(await store.read()).toBeNull()
    await store.replace(original)
    writeFileSync(original, 'weg')
    expect(await store.read()).toMatchObject({ format: 'png', width: 30, height: 10 })
    await expect(store.replace(original)).rejects.toMatchObject({ code: 'logo-not-image' })
    expect(await store.read()).toMatchObject({ width: 30 })
    await store.remove()
    expect(await store.read()).toBeNull()
  })

  it('names an unreadable file', async () => {
    const folder = tempFolder('logo')
    await expect(readLogoFile(join(folder, 'bestaat-niet.png'))).rejects.toMatchObject({ code: 'logo-unreadable', params: { file: 'bestaat-niet.png' } })
  })
})
