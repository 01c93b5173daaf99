import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { beforeEach, describe, expect, it } from 'vitest'
import { AppError } from '../../../../src/main/appError'
import type { AtomicWriteFs } from '../../../../src/main/files/atomicWrite'
import { nodeAtomicWriteFs, writeFileAtomically, writeTextFileAtomically } from '../../../../src/main/files/atomicWrite'
import { tempFolder } from '../tempFolder'

let dir: string
beforeEach(() => {
  dir = tempFolder('atomic')
})
const files = () => readdirSync(dir).sort()
const errnoError = (code: string) => Object.assign(new Error(code), { code })

describe('writeFileAtomically (spec X2)', () => {
  it('writes the file under its final name and leaves no temporary file', async () => {
    const written = await writeTextFileAtomically(join(dir, 'Factuur.xlsx'), 'inhoud', { ifExists: 'keep-both' })
    expect(written).toBe(join(dir, 'Factuur.xlsx'))
    expect(readFileSync(written, 'utf8')).toBe('inhoud')
    expect(files()).toEqual(['Factuur.xlsx'])
  })

  it('leaves nothing under the final name when the writer fails halfway', async () => {
    const target = join(dir, 'Factuur.xlsx')
    const failing = writeFileAtomically(
      target,
      async (tempPath) => {
        await writeFile(tempPath, 'half')
        throw new Error('schijf weg')
      },
      { ifExists: 'replace' },
    )
    await expect(failing).rejects.toBeInstanceOf(AppError)
    expect(files()).toEqual([])
  })

  it('keeps the old file intact when the writer fails halfway', async () => {
    const target = join(dir, 'Back-up.json')
    writeFileSync(target, 'oud')
    await expect(
      writeFileAtomically(
        target,
        async (tempPath) => {
          await writeFile(tempPath, 'ni')
          throw new Error('kapot')
        },
        { ifExists: 'replace' },
      ),
    ).rejects.toThrow()
    expect(readFileSync(target, 'utf8')).toBe('oud')
    expect(files()).toEqual(['Back-up.json'])
  })

  it('never overwrites an existing file in keep-both mode: it adds (2), (3)', async () => {
    const target = join(dir, 'Verbruik 2026-11.xlsx')
    writeFileSync(target, 'eerste')
    const second = await writeTextFileAtomically(target, 'tweede', { ifExists: 'keep-both' })
    const third = await writeTextFileAtomically(target, 'derde', { ifExists: 'keep-both' })
    expect(second).toBe(join(dir, 'Verbruik 2026-11 (2).xlsx'))
    expect(third).toBe(join(dir, 'Verbruik 2026-11 (3).xlsx'))
    expect(readFileSync(target, 'utf8')).toBe('eerste')
    expect(files()).toEqual(['Verbruik 2026-11 (2).xlsx', 'Verbruik 2026-11 (3).xlsx', 'Verbruik 2026-11.xlsx'])
  })

  it('does not overwrite a file that appears between choosing the name and moving the file', async () => {
    const target = join(dir, 'Lijst.xlsx')
    let raced = false
    const racingFs: AtomicWriteFs = {
      ...nodeAtomicWriteFs,
      async link(existing, newPath) {
        if (!raced) {
          raced = true
          writeFileSync(newPath, 'van een ander')
        }
        await nodeAtomicWriteFs.link(existing, newPath)
      },
    }
    const written = await writeTextFileAtomically(target, 'van ons', { ifExists: 'keep-both', fs: racingFs })
    expect(written).toBe(join(dir, 'Lijst (2).xlsx'))
    expect(readFileSync(target, 'utf8')).toBe('van een ander')
    expect(readFileSync(written, 'utf8')).toBe('van ons')
  })

  it('falls back to a checked rename where hard links are not supported', async () => {
    const noLinks: AtomicWriteFs = { ...nodeAtomicWriteFs, link: () => Promise.reject(errnoError('ENOTSUP')) }
    writeFileSync(join(dir, 'Lijst.xlsx'), 'oud')
    const written = await writeTextFileAtomically(join(dir, 'Lijst.xlsx'), 'nieuw', { ifExists: 'keep-both', fs: noLinks })
    expect(written).toBe(join(dir, 'Lijst (2).xlsx'))
    expect(files()).toEqual(['Lijst (2).xlsx', 'Lijst.xlsx'])
  })

  it('replaces the file the user chose in a save dialog', async () => {
    const target = join(dir, 'Back-up.json')
    writeFileSync(target, 'oud')
    await writeTextFileAtomically(target, 'nieuw', { ifExists: 'replace' })
    expect(readFileSync(target, 'utf8')).toBe('nieuw')
    expect(files()).toEqual(['Back-up.json'])
  })

  it.each(['EBUSY', 'EPERM', 'EACCES'])('reports a target locked by Excel (%s) in Dutch and keeps the old file', async (code) => {
    const target = join(dir, 'Factuur 2026-0001.xlsx')
    writeFileSync(target, 'oud')
    let attempts = 0
    const locked: AtomicWriteFs = {
      ...nodeAtomicWriteFs,
      rename: () => {
        attempts++
        return Promise.reject(errnoError(code))
      },
    }
    const failure = writeTextFileAtomically(target, 'nieuw', { ifExists: 'replace', fs: locked, retryDelaysMs: [1, 1] })
    await expect(failure).rejects.toMatchObject({
      code: 'file-busy',
      params: { file: 'Factuur 2026-0001.xlsx' },
      message: expect.stringContaining('geopend in een ander programma (bijvoorbeeld Excel)') as unknown,
    })
    expect(attempts).toBe(3)
    expect(readFileSync(target, 'utf8')).toBe('oud')
    expect(files()).toEqual(['Factuur 2026-0001.xlsx'])
  })

  it('succeeds when a short lock (virus scanner) goes away during the retries', async () => {
    let attempts = 0
    const brieflyLocked: AtomicWriteFs = {
      ...nodeAtomicWriteFs,
      rename: (from, to) => (++attempts < 2 ? Promise.reject(errnoError('EBUSY')) : nodeAtomicWriteFs.rename(from, to)),
    }
    await writeTextFileAtomically(join(dir, 'a.json'), '{}', { ifExists: 'replace', fs: brieflyLocked, retryDelaysMs: [1, 1] })
    expect(files()).toEqual(['a.json'])
  })

  it('reports a full disk in Dutch', async () => {
    const full: AtomicWriteFs = { ...nodeAtomicWriteFs, fsync: () => Promise.reject(errnoError('ENOSPC')) }
    await expect(writeTextFileAtomically(join(dir, 'a.json'), '{}', { ifExists: 'replace', fs: full })).rejects.toMatchObject({ code: 'disk-full' })
    expect(files()).toEqual([])
  })

  it('stops before the final rename when cancelled', async () => {
    const controller = new AbortController()
    const written = writeFileAtomically(
      join(dir, 'a.xlsx'),
      async (tempPath) => {
        await writeFile(tempPath, 'x')
        controller.abort()
      },
      { ifExists: 'keep-both', signal: controller.signal },
    )
    await expect(written).rejects.toMatchObject({ code: 'cancelled' })
    expect(files()).toEqual([])
  })

  it('reports a folder that does not exist', async () => {
    await expect(writeTextFileAtomically(join(dir, 'weg', 'a.json'), '{}', { ifExists: 'replace' })).rejects.toMatchObject({
      code: 'save-folder-not-found',
      params: { file: 'a.json' },
    })
  })
})
