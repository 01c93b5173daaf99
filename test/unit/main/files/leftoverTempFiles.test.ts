import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs'
import { writeFile } from 'node:fs/promises'
import { basename, join } from 'node:path'
import { beforeEach, describe, expect, it } from 'vitest'
import { writeFileAtomically } from '../../../../src/main/files/atomicWrite'
import { removeLeftoverTempFiles } from '../../../../src/main/files/leftoverTempFiles'
import { isTempFileName, tempFileName } from '../../../../src/main/files/tempFiles'
import { tempFolder } from '../tempFolder'

let dir: string
beforeEach(() => {
  dir = tempFolder('leftovers')
})
const files = (folder = dir) => readdirSync(folder).sort()

describe('the temporary file name', () => {
  it('is recognised exactly as made, and nothing close to it is', () => {
    const made = tempFileName()
    expect(made).toMatch(/^\.~clientadministratie-[0-9a-f]{12}\.tmp$/)
    expect(isTempFileName(made)).toBe(true)
    for (const near of [
      '.~clientadministratie-0123456789ab.tmp.xlsx',
      'x.~clientadministratie-0123456789ab.tmp',
      '.~clientadministratie-0123456789AB.tmp',
      '.~clientadministratie-0123456789a.tmp',
      '.~clientadministratie-0123456789abc.tmp',
      '.~clientadministratie-0123456789ab.TMP',
      '~clientadministratie-0123456789ab.tmp',
      '.~clientadministratieX0123456789ab.tmp',
      '.~clientadministratie-0123456789abXtmp',
      '.~lock.Factuur.xlsx#',
    ]) {
      expect(isTempFileName(near), near).toBe(false)
    }
  })

  it('is the name the atomic write uses', async () => {
    let used = ''
    await writeFileAtomically(
      join(dir, 'a.txt'),
      async (tempPath) => {
        used = basename(tempPath)
        await writeFile(tempPath, 'x')
      },
      { ifExists: 'keep-both' },
    )
    expect(isTempFileName(used)).toBe(true)
  })
})

describe('removeLeftoverTempFiles', () => {
  it('removes the leftovers of a killed write and nothing else, without entering subfolders', async () => {
    const leftovers = [tempFileName(), tempFileName()].sort()
    for (const name of leftovers) writeFileSync(join(dir, name), 'half')
    const kept = [
      'Factuur 2026-0001.xlsx',
      '.~clientadministratie-0123456789ab.tmp.bak',
      '.~clientadministratie-notrandomhex.tmp',
      'clientadministratie-0123456789ab.tmp',
    ]
    for (const name of kept) writeFileSync(join(dir, name), 'van de gebruiker')
    // A folder named like a temporary file, with a leftover inside: neither is touched.
    const folderLikeTemp = tempFileName()
    const inside = tempFileName()
    mkdirSync(join(dir, folderLikeTemp))
    writeFileSync(join(dir, folderLikeTemp, inside), 'half')
    mkdirSync(join(dir, 'sub'))
    writeFileSync(join(dir, 'sub', inside), 'half')

    expect(await removeLeftoverTempFiles(dir)).toEqual(leftovers)
    expect(files()).toEqual([...kept, folderLikeTemp, 'sub'].sort())
    expect(files(join(dir, folderLikeTemp))).toEqual([inside])
    expect(files(join(dir, 'sub'))).toEqual([inside])
  })

  it('leaves the temporary file of a write still under way in this process', async () => {
    let removedDuringWrite: string[] = []
    const written = await writeFileAtomically(
      join(dir, 'Factuur.xlsx'),
      async (tempPath) => {
        writeFileSync(tempPath, 'bezig')
        removedDuringWrite = await removeLeftoverTempFiles(dir)
        expect(existsSync(tempPath)).toBe(true)
      },
      { ifExists: 'keep-both' },
    )
    expect(removedDuringWrite).toEqual([])
    expect(files()).toEqual([basename(written)])
  })

  it('reports only what it could remove, and a folder that cannot be read as nothing removed', async () => {
    const stuck = tempFileName()
    const loose = tempFileName()
    const fs = {
      readdir: () => Promise.resolve([stuck, loose].map((name) => ({ name, isFile: () => true }))),
      unlink: (path: string) => (path.endsWith(stuck) ? Promise.reject(Object.assign(new Error('EBUSY'), { code: 'EBUSY' })) : Promise.resolve()),
    }
    expect(await removeLeftoverTempFiles(dir, fs)).toEqual([loose])
    expect(await removeLeftoverTempFiles(join(dir, 'bestaat-niet'))).toEqual([])
  })
})
