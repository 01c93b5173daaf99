import { mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { EXIT } from '../../../src/cli/exitCodes'
import { main } from '../../../src/cli/main'
import { nodeAtomicWriteFs } from '../../../src/main/files/atomicWrite'
import { tempFileName } from '../../../src/main/files/tempFiles'
import { tempFolder } from '../main/tempFolder'
import { memoryIo } from './memoryIo'
import { writeSmallBackup } from './runFixture'

afterEach(() => {
  vi.restoreAllMocks()
})

const RUN = ['run', '--backup', 'backup.json', '--period', '2026-11', '--out', 'uit', '--today', '2026-11-26']
const NOORD_INVOICE = 'Factuur CONCEPT Zorggroep Noord 2026-11.xlsx'
const NOORD_PDF = 'Factuur CONCEPT Zorggroep Noord 2026-11.pdf'
const ZUID_PDF = 'Factuur CONCEPT Thuiszorg Zuid 2026-11.pdf'
const NOORD_USAGE = 'Verbruik Zorggroep Noord 2026-11.xlsx'
const ZUID_INVOICE = 'Factuur CONCEPT Thuiszorg Zuid 2026-11.xlsx'

/** A folder holding a complete earlier run, and each file's identity (an atomic replace gives a new one). */
async function earlierRun(): Promise<{ dir: string; out: string; identities: () => Map<string, string> }> {
  const dir = tempFolder('cli-replaced')
  writeSmallBackup(dir)
  expect(await main(RUN, memoryIo(dir))).toBe(EXIT.ok)
  const out = join(dir, 'uit')
  const identities = () => new Map(readdirSync(out).map((name) => [name, `${statSync(join(out, name)).ino}:${statSync(join(out, name)).mtimeMs}`]))
  return { dir, out, identities }
}

/** The disk fills up at the `nth` file: its flush fails with ENOSPC, as a full disk does. */
function diskFullAt(nth: number): void {
  let calls = 0
  const fsync = nodeAtomicWriteFs.fsync.bind(nodeAtomicWriteFs)
  vi.spyOn(nodeAtomicWriteFs, 'fsync').mockImplementation((path) =>
    ++calls === nth ? Promise.reject(Object.assign(new Error('ENOSPC'), { code: 'ENOSPC' })) : fsync(path),
  )
}

describe('cli run --force over an earlier run', () => {
  it('names the files already replaced when the disk fills up halfway, never "nothing changed"', async () => {
    const { dir, identities } = await earlierRun()
    const before = identities()
    diskFullAt(4)
    const io = memoryIo(dir)
    expect(await main([...RUN, '--force'], io)).toBe(EXIT.failed)
    const message = io.stderr.join('\n')
    expect(message).toContain(
      `Thuiszorg Zuid: "${ZUID_INVOICE}" kan niet worden opgeslagen: de schijf is vol. Daarvóór waren al bestaande bestanden vervangen (3): ${NOORD_PDF}, ${NOORD_INVOICE}, ${NOORD_USAGE}.`,
    )
    expect(message).not.toMatch(/niets gewijzigd|niets geschreven/)
    const after = identities()
    expect([...after.keys()].sort()).toEqual([...before.keys()].sort())
    const changed = [...before].filter(([name, id]) => after.get(name) !== id).map(([name]) => name)
    expect(changed.sort()).toEqual([NOORD_INVOICE, NOORD_PDF, NOORD_USAGE].sort())
  })

  it('says so in English with --lang en', async () => {
    const { dir } = await earlierRun()
    diskFullAt(2)
    const io = memoryIo(dir)
    expect(await main([...RUN, '--force', '--lang', 'en'], io)).toBe(EXIT.failed)
    expect(io.stderr.join('\n')).toContain(`the disk is full. Before that, existing files had already been replaced (1): ${NOORD_INVOICE}.`)
  })

  it('still says nothing was changed when the disk is full before the first file', async () => {
    const { dir, identities } = await earlierRun()
    const before = identities()
    diskFullAt(1)
    const io = memoryIo(dir)
    expect(await main([...RUN, '--force'], io)).toBe(EXIT.failed)
    expect(io.stderr.join('\n')).toContain(`"${NOORD_INVOICE}" kan niet worden opgeslagen: de schijf is vol. Er is niets gewijzigd.`)
    expect(identities()).toEqual(before)
  })

  it('adds the replaced files to a failure whose words say nothing about the other files', async () => {
    const { dir, out } = await earlierRun()
    // The overview's name taken by a folder: its rename fails after every partner's files were replaced.
    const overview = 'Verbruik alle partners 2026-11.xlsx'
    rmSync(join(out, overview))
    mkdirSync(join(out, overview))
    const io = memoryIo(dir)
    expect(await main([...RUN, '--force'], io)).toBe(EXIT.failed)
    const message = io.stderr.join('\n')
    expect(message).toContain(
      `Daarvóór waren al bestaande bestanden vervangen (6): ${ZUID_PDF}, ${ZUID_INVOICE}, ${NOORD_PDF}, ${NOORD_INVOICE}, Verbruik Thuiszorg Zuid 2026-11.xlsx, ${NOORD_USAGE}.`,
    )
    expect(message).not.toMatch(/niets gewijzigd/)
  })

  it('names the replaced files when cancelled halfway', async () => {
    const { dir } = await earlierRun()
    const io = memoryIo(dir)
    const err = io.err
    const cancelling = { ...io, err: (text: string) => (err(text), text.startsWith('Partner 1 ') && io.controller.abort()) }
    expect(await main([...RUN, '--force'], cancelling)).toBe(EXIT.cancelled)
    expect(io.stderr.join('\n')).toContain(
      `Afgebroken; de nieuwe bestanden van deze run zijn verwijderd, maar bestaande bestanden waren al vervangen (3): ${NOORD_PDF}, ${NOORD_INVOICE}, ${NOORD_USAGE}.`,
    )
  })
})

describe('cli run and the temporary files of a killed run', () => {
  it('removes them from the output folder before writing, says which, and leaves every other file', async () => {
    const dir = tempFolder('cli-leftovers')
    writeSmallBackup(dir)
    const out = join(dir, 'uit')
    mkdirSync(join(out, 'sub'), { recursive: true })
    const leftovers = [tempFileName(), tempFileName()].sort()
    for (const name of leftovers) writeFileSync(join(out, name), 'half')
    const inSub = tempFileName()
    writeFileSync(join(out, 'sub', inSub), 'half')
    writeFileSync(join(out, '.~clientadministratie-notitie.tmp'), 'van de gebruiker')
    const io = memoryIo(dir)
    expect(await main([...RUN, '--force'], io)).toBe(EXIT.ok)
    expect(io.stderr).toContain(`Tijdelijke bestanden van een onderbroken run verwijderd (2): ${leftovers.join(', ')}`)
    const names = readdirSync(out)
    for (const name of leftovers) expect(names).not.toContain(name)
    expect(names).toContain('.~clientadministratie-notitie.tmp')
    expect(readdirSync(join(out, 'sub'))).toEqual([inSub])
  })
})
