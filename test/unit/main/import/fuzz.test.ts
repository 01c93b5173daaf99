import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import ExcelJS from 'exceljs'
import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { AppError } from '../../../../src/main/appError'
import { readTableFile } from '../../../../src/main/import/readTableFile'
import { readTableInWorker } from '../../../../src/main/import/readTableInWorker'
import { TABLE_LIMITS, type TableLimits } from '../../../../src/main/import/tableLimits'
import { inflateEntry, readZipDirectory } from '../../../../src/main/import/zipArchive'
import { createTableHandlers } from '../../../../src/main/ipc/handlers/tableHandlers'
import { createTestPlatform } from '../../../../src/main/platform/testPlatform'
import { buildZip, type FixtureEntry } from './zipFixtures'

const SEED = 20261102
const WATCHDOG_MS = 60_000
/** Small limits so a bomb and a huge shared-strings table are cheap to make; the defaults are far larger. */
const SMALL: TableLimits = { ...TABLE_LIMITS, maxEntryBytes: 4 * 1024 * 1024, maxUnpackedBytes: 8 * 1024 * 1024, maxRows: 5000 }

interface Case {
  readonly name: string
  readonly bytes: Buffer
  readonly limits?: TableLimits
}

/** How a read ended; a read still pending after the watchdog counts as hanging. */
async function settle(read: Promise<unknown>): Promise<unknown> {
  let timer: NodeJS.Timeout | undefined
  const watchdog = new Promise<'hangs'>((resolve) => (timer = setTimeout(() => resolve('hangs'), WATCHDOG_MS)))
  try {
    return await Promise.race([read.then(() => 'read' as const), watchdog])
  } catch (error) {
    return error
  } finally {
    clearTimeout(timer)
  }
}

async function baseWorkbook(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook()
  workbook.addWorksheet('Leeg')
  const sheet = workbook.addWorksheet('Contacten')
  sheet.addRow(['Cliëntnummer', 'Datum', 'Belminuten'])
  for (let i = 0; i < 400; i++) sheet.addRow([`C${1000 + (i % 50)}`, new Date(Date.UTC(2026, 10, 1 + (i % 28))), i / 4]).getCell(2).numFmt = 'dd-mm-yyyy'
  return Buffer.from(await workbook.xlsx.writeBuffer())
}

function mutatedCases(xlsx: Buffer, csv: Buffer): Case[] {
  const entries: FixtureEntry[] = readZipDirectory(xlsx, TABLE_LIMITS).map((entry) => ({ name: entry.name, content: inflateEntry(xlsx, entry) }))
  const sheet = entries.find((entry) => entry.name === 'xl/worksheets/sheet2.xml')!
  const cases: Case[] = []
  const cut = fc.integer({ min: 0, max: xlsx.length - 1 })
  for (const [i, at] of fc.sample(cut, { seed: SEED, numRuns: 160 }).entries()) cases.push({ name: `cut-${i}.xlsx`, bytes: xlsx.subarray(0, at) })
  const flips = fc.array(fc.tuple(fc.nat(), fc.integer({ min: 1, max: 255 })), { minLength: 1, maxLength: 8 })
  for (const [i, list] of fc.sample(flips, { seed: SEED + 1, numRuns: 200 }).entries()) {
    const bytes = Buffer.from(xlsx)
    for (const [at, mask] of list) bytes[at % bytes.length]! ^= mask
    cases.push({ name: `flip-${i}.xlsx`, bytes })
  }
  for (const [i, entry] of entries.entries()) {
    cases.push({ name: `without-${i}.xlsx`, bytes: buildZip(entries.filter((other) => other !== entry)) })
    cases.push({ name: `twice-${i}.xlsx`, bytes: buildZip([...entries, entry]) })
    cases.push({ name: `lying-size-${i}.xlsx`, bytes: buildZip(entries.map((other) => (other === entry ? { ...other, declaredSize: 10 } : other))) })
  }
  const xml = sheet.content.toString('utf8')
  for (const [i, at] of fc.sample(fc.integer({ min: 0, max: xml.length - 1 }), { seed: SEED + 2, numRuns: 40 }).entries()) {
    const broken = i % 2 === 0 ? xml.slice(0, at) : `${xml.slice(0, at)}<</${xml.slice(at)}`
    cases.push({
      name: `broken-xml-${i}.xlsx`,
      bytes: buildZip(entries.map((other) => (other === sheet ? { ...other, content: Buffer.from(broken) } : other))),
    })
  }
  // A zip bomb: 64 MB of zeros packed into some 64 KB, refused by its declared size before inflating.
  cases.push({
    name: 'bomb.xlsx',
    bytes: buildZip([...entries.filter((e) => e !== sheet), { ...sheet, content: Buffer.alloc(64 * 1024 * 1024) }]),
    limits: SMALL,
  })
  const crowd = Array.from({ length: TABLE_LIMITS.maxZipEntries + 1 }, (_, i) => ({ name: `xl/media/${i}.bin`, content: Buffer.alloc(0) }))
  cases.push({ name: 'crowded.xlsx', bytes: buildZip([...entries, ...crowd]) })
  cases.push({ name: 'declared-bomb.xlsx', bytes: buildZip(entries.map((e) => (e === sheet ? { ...e, declaredSize: 0xfffffff0 } : e))) })
  const strings = `<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${'<si><t>Cliënt</t></si>'.repeat(300_000)}</sst>`
  cases.push({
    name: 'huge-strings.xlsx',
    bytes: buildZip(entries.map((e) => (e.name === 'xl/sharedStrings.xml' ? { ...e, content: Buffer.from(strings) } : e))),
    limits: SMALL,
  })
  const manyRows = `Cliëntnummer;Belminuten\n${'1001;2\n'.repeat(6000)}`
  cases.push({ name: 'many-rows.csv', bytes: Buffer.from(manyRows), limits: SMALL })
  cases.push({ name: 'utf16-no-bom.csv', bytes: Buffer.from(csv.toString('utf8'), 'utf16le') })
  for (const [i, list] of fc.sample(flips, { seed: SEED + 3, numRuns: 60 }).entries()) {
    const bytes = Buffer.from(csv)
    for (const [at, mask] of list) bytes[at % bytes.length]! ^= mask
    cases.push({ name: `flip-${i}.csv`, bytes })
  }
  return cases
}

describe('reading damaged and hostile usage files', () => {
  // exceljs would park sheets in the system's temp folder; reading must leave nothing there either.
  let base: string
  let scratch: string
  let previousTmp: string | undefined
  let made = 0
  const tempFolder = (prefix: string): string => {
    const dir = join(base, `${prefix}-${made++}`)
    mkdirSync(dir)
    return dir
  }
  beforeAll(() => {
    base = mkdtempSync(join(tmpdir(), 'fuzz-'))
    scratch = tempFolder('tmp')
    previousTmp = process.env['TMPDIR']
    process.env['TMPDIR'] = scratch
  })
  afterAll(() => {
    if (previousTmp === undefined) delete process.env['TMPDIR']
    else process.env['TMPDIR'] = previousTmp
    rmSync(base, { recursive: true, force: true })
  })

  it('ends every read of 500 mutated files with rows or a coded error, and writes nothing', { timeout: 600_000 }, async () => {
    const folder = tempFolder('fuzz')
    const csv = Buffer.from('Cliëntnummer;Datum;Belminuten\n1001;02-11-2026;1,5\n1002;03-11-2026;2\n', 'latin1')
    const cases = mutatedCases(await baseWorkbook(), csv)
    expect(cases.length).toBeGreaterThanOrEqual(500)
    const outcomes = new Map<string, number>()
    for (const [i, fuzzCase] of cases.entries()) {
      const dir = join(folder, String(i))
      mkdirSync(dir)
      writeFileSync(join(dir, fuzzCase.name), fuzzCase.bytes)
      const outcome = await settle(readTableFile(join(dir, fuzzCase.name), fuzzCase.limits))
      expect(outcome, fuzzCase.name).not.toBe('hangs')
      if (outcome !== 'read') expect(outcome, fuzzCase.name).toBeInstanceOf(AppError)
      const key = outcome instanceof AppError ? outcome.code : String(outcome)
      outcomes.set(key, (outcomes.get(key) ?? 0) + 1)
      expect(readdirSync(dir), fuzzCase.name).toEqual([fuzzCase.name])
    }
    expect(readdirSync(scratch)).toEqual([])
    // The mutations reach each kind of refusal, not only one.
    for (const code of ['table-xlsx-unreadable', 'table-xlsx-too-large-unpacked', 'table-xlsx-too-many-parts', 'table-too-many-rows', 'table-csv-unreadable'])
      expect(outcomes.get(code), code).toBeGreaterThan(0)
  })

  it('reads UTF-16 and Windows-1252 CSV as Excel saves them', async () => {
    const folder = tempFolder('fuzz')
    const text = 'Cliëntnummer;Belminuten\r\n1001;2\r\n'
    writeFileSync(join(folder, 'unicode.csv'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]))
    writeFileSync(join(folder, 'ansi.csv'), Buffer.from(text, 'latin1'))
    for (const name of ['unicode.csv', 'ansi.csv']) {
      expect((await readTableFile(join(folder, name))).rows[0], name).toEqual({ line: 1, cells: ['Cliëntnummer', 'Belminuten'] })
    }
  })

  it('answers the open dialog with a coded error for a cut-off workbook, through the worker, and writes nothing', { timeout: 120_000 }, async () => {
    const folder = tempFolder('fuzz')
    const xlsx = await baseWorkbook()
    const platform = createTestPlatform({ folder })
    const handlers = createTableHandlers(platform)
    for (const share of [0.6, 0.7, 0.85]) {
      const path = join(folder, `cut ${share}.xlsx`)
      writeFileSync(path, xlsx.subarray(0, Math.floor(xlsx.length * share)))
      platform.answerNextDialog(path)
      const outcome = await settle(handlers['table:open-file'](undefined))
      expect(outcome).toMatchObject({ code: 'table-xlsx-unreadable', params: { file: `cut ${share}.xlsx` } })
    }
    // (The temp folder is checked by the in-process reads above; here tsx keeps its own cache there.)
    expect(readdirSync(folder).sort()).toEqual(['cut 0.6.xlsx', 'cut 0.7.xlsx', 'cut 0.85.xlsx'])
    expect(readFileSync(join(folder, 'cut 0.6.xlsx')).length).toBe(Math.floor(xlsx.length * 0.6))
  })
})

describe('the reading worker', () => {
  it('is ended on cancel and when it stops reporting progress, each with its code', { timeout: 120_000 }, async () => {
    const folder = mkdtempSync(join(tmpdir(), 'worker-'))
    try {
      const path = join(folder, 'verbruik.csv')
      writeFileSync(path, 'Cliëntnummer;Belminuten\n1001;2\n')
      const controller = new AbortController()
      const cancelled = readTableInWorker(path, { signal: controller.signal })
      controller.abort()
      expect(await settle(cancelled)).toMatchObject({ code: 'cancelled' })
      // No heartbeat arrives within a zero-second allowance: the worker counts as stuck.
      expect(await settle(readTableInWorker(path, { stallSeconds: 0 }))).toMatchObject({
        code: 'table-read-stalled',
        params: { file: 'verbruik.csv', seconds: 0 },
      })
      expect(await readTableInWorker(path)).toMatchObject({ fileName: 'verbruik.csv', format: 'csv', rowCount: 2 })
    } finally {
      rmSync(folder, { recursive: true, force: true })
    }
  })
})
