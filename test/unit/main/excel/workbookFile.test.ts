import { writeFileSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseCalendarDate } from '@shared/calendar/calendarDate'
import { AppError } from '../../../../src/main/appError'
import { nodeAtomicWriteFs, type AtomicWriteFs } from '../../../../src/main/files/atomicWrite'
import { writeTableSheet } from '../../../../src/main/excel/tableSheet'
import { writeWorkbookFile } from '../../../../src/main/excel/workbookFile'
import { filesIn, readWorkbook, useTempFolder } from './readBack'

const properties = {
  title: 'Verbruik Zorggroep Noord 2026-11',
  subject: 'Maandelijks verbruik',
  creator: 'Zorg op Afstand',
  generatedOn: parseCalendarDate('2026-12-01'),
}
const page = { title: 'Test', organisation: 'Zorg op Afstand', generatedOn: properties.generatedOn }
const temp = useTempFolder('workbook')
const manyRows = Array.from({ length: 3000 }, (_, i) => ({ n: i }))

function table(rows: readonly { n: number }[]) {
  return (wb: Parameters<Parameters<typeof writeWorkbookFile>[2]>[0], checkpoint: () => Promise<void>) =>
    writeTableSheet(
      wb,
      { name: 'Blad', title: 'Titel', columns: [{ key: 'n', header: 'Nummer', kind: 'integer', value: (r) => r.n, total: { kind: 'sum' } }], rows, page },
      checkpoint,
    )
}

describe('writeWorkbookFile (spec X2)', () => {
  it('writes the workbook with its document properties and leaves no temporary file', async () => {
    const now = new Date('2026-12-01T09:30:00Z')
    const { path, result } = await writeWorkbookFile(join(temp(), 'Verbruik.xlsx'), properties, table(manyRows), { now })
    expect(filesIn(temp())).toEqual(['Verbruik.xlsx'])
    expect(result.rows).toBe(3000)
    const wb = await readWorkbook(path)
    expect(wb.title).toBe(properties.title)
    expect(wb.subject).toBe(properties.subject)
    expect(wb.creator).toBe('Zorg op Afstand')
    expect(wb.created).toEqual(now)
  })

  it('leaves no file under the final name when the writer fails midway', async () => {
    const failing = writeWorkbookFile(join(temp(), 'Factuur.xlsx'), properties, async (wb, checkpoint) => {
      await table(manyRows)(wb, checkpoint)
      throw new Error('schijf weg')
    })
    await expect(failing).rejects.toBeInstanceOf(AppError)
    expect(filesIn(temp())).toEqual([])
  })

  it('leaves no file when a row holds a value that cannot be written', async () => {
    const failing = writeWorkbookFile(join(temp(), 'Factuur.xlsx'), properties, (wb, checkpoint) =>
      writeTableSheet(
        wb,
        {
          name: 'Blad',
          title: 'T',
          columns: [{ key: 'n', header: 'N', kind: 'integer', value: (r: { n: number }) => (r.n === 2500 ? Number.NaN : r.n) }],
          rows: manyRows,
          page,
        },
        checkpoint,
      ),
    )
    await expect(failing).rejects.toThrow()
    expect(filesIn(temp())).toEqual([])
  })

  it('stops when cancelled midway and leaves no half file', async () => {
    const controller = new AbortController()
    let written = 0
    const cancelled = writeWorkbookFile(
      join(temp(), 'Verbruik.xlsx'),
      properties,
      (wb, checkpoint) =>
        table(manyRows)(wb, async () => {
          if (++written === 1200) controller.abort()
          await checkpoint()
        }),
      { signal: controller.signal },
    )
    await expect(cancelled).rejects.toMatchObject({ code: 'cancelled' })
    expect(written).toBe(1200)
    expect(filesIn(temp())).toEqual([])
  })

  it('never overwrites an existing file: the new one gets (2)', async () => {
    const target = join(temp(), 'Verbruik.xlsx')
    writeFileSync(target, 'eerder bestand')
    const { path } = await writeWorkbookFile(target, properties, table(manyRows.slice(0, 3)))
    expect(path).toBe(join(temp(), 'Verbruik (2).xlsx'))
    expect(readFileSync(target, 'utf8')).toBe('eerder bestand')
    expect(filesIn(temp())).toEqual(['Verbruik (2).xlsx', 'Verbruik.xlsx'])
  })

  it('says in Dutch that the file is open elsewhere and keeps the old file when it cannot be replaced', async () => {
    const target = join(temp(), 'Factuur.xlsx')
    writeFileSync(target, 'oud')
    const locked: AtomicWriteFs = { ...nodeAtomicWriteFs, rename: () => Promise.reject(Object.assign(new Error('busy'), { code: 'EBUSY' })) }
    const failing = writeWorkbookFile(target, properties, table(manyRows.slice(0, 3)), { ifExists: 'replace', fs: locked })
    await expect(failing).rejects.toMatchObject({ code: 'file-busy', message: expect.stringContaining('geopend in een ander programma') as unknown })
    expect(readFileSync(target, 'utf8')).toBe('oud')
    expect(filesIn(temp())).toEqual(['Factuur.xlsx'])
  })

  it('gives the file its name only once the file before it is complete (after)', async () => {
    let previousDone!: () => void
    const after = new Promise<void>((resolve) => (previousDone = resolve))
    let built = false
    let flushed = false
    const fs: AtomicWriteFs = { ...nodeAtomicWriteFs, fsync: (path) => ((flushed = true), nodeAtomicWriteFs.fsync(path)) }
    const build = table(manyRows.slice(0, 10))
    const writing = writeWorkbookFile(
      join(temp(), 'Verbruik.xlsx'),
      properties,
      async (wb, checkpoint) => {
        const result = await build(wb, checkpoint)
        built = true
        return result
      },
      { after, fs },
    )
    while (!built) await new Promise((resolve) => setTimeout(resolve, 10))
    // The zip is finished within a few ms; the file must still wait for the one before it.
    await new Promise((resolve) => setTimeout(resolve, 300))
    expect(flushed).toBe(false)
    expect(filesIn(temp()).filter((name) => !name.startsWith('.~'))).toEqual([])
    previousDone()
    await writing
    expect(flushed).toBe(true)
    expect(filesIn(temp())).toEqual(['Verbruik.xlsx'])
  })
})
