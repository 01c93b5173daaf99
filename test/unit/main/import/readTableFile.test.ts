import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import { detectDelimiter, parseCsv, decodeCsv } from '../../../../src/main/import/readCsv'
import { readTableFile } from '../../../../src/main/import/readTableFile'
import { toTableCell } from '../../../../src/main/import/readXlsx'
import { createTableHandlers } from '../../../../src/main/ipc/handlers/tableHandlers'
import { createTestPlatform } from '../../../../src/main/platform/testPlatform'
import { AppError } from '../../../../src/main/appError'
import { errorText } from '../../../../src/shared/problems/errorText'
import { tempFolder } from '../tempFolder'

describe('CSV', () => {
  it('picks the separator a Dutch export uses, also with decimal commas and a title line', () => {
    expect(detectDelimiter('Cliëntnummer;Datum;Belminuten\n1001;02-11-2026;1,5\n')).toBe(';')
    expect(detectDelimiter('Export november\n\nCliëntnummer,Datum,Belminuten\n1001,02-11-2026,"1,5"\n')).toBe(',')
    expect(detectDelimiter('Cliëntnummer\tDatum\n1001\t02-11-2026\n')).toBe('\t')
    expect(detectDelimiter('alleen tekst')).toBe(';')
  })

  it('keeps the line numbers of the file across empty lines, CRLF and a quoted field over two lines', () => {
    const rows = parseCsv('Cliëntnummer;Opmerking\r\n1001;"twee\r\nregels"\r\n\r\n1002;x\r\n')
    expect(rows).toEqual([
      { line: 1, cells: ['Cliëntnummer', 'Opmerking'] },
      { line: 2, cells: ['1001', 'twee\r\nregels'] },
      { line: 5, cells: ['1002', 'x'] },
    ])
  })

  it('reads UTF-8 (with BOM) and Windows-1252, as Dutch Excel saves CSV', () => {
    const utf8 = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('Cliëntnummer')])
    expect(decodeCsv(utf8)).toBe('Cliëntnummer')
    const cp1252 = new Uint8Array([...new TextEncoder().encode('Cli'), 0xeb, ...new TextEncoder().encode('ntnummer')])
    expect(decodeCsv(cp1252)).toBe('Cliëntnummer')
  })
})

describe('xlsx', () => {
  it('turns cell values into text, numbers or empty', () => {
    expect(toTableCell(new Date(Date.UTC(2026, 10, 2)))).toBe('2026-11-02')
    expect(toTableCell(new Date(Date.UTC(2026, 10, 2, 14, 5)))).toBe('2026-11-02 14:05')
    expect(toTableCell({ richText: [{ text: 'Cliënt' }, { text: 'nummer' }] })).toBe('Cliëntnummer')
    expect(toTableCell({ formula: 'A1*2', result: 12.5 })).toBe(12.5)
    expect(toTableCell({ text: 'link', hyperlink: 'https://example.nl' })).toBe('link')
    expect(toTableCell({ error: '#N/A' })).toBe('#N/A')
    expect(toTableCell('  ')).toBeNull()
    expect(toTableCell(undefined)).toBeNull()
  })

  it('reads the first sheet with rows, dates as dates and empty cells as holes filled with null', async () => {
    const folder = tempFolder('table')
    const path = join(folder, 'Verbruik november.xlsx')
    const workbook = new ExcelJS.Workbook()
    workbook.addWorksheet('Leeg')
    const sheet = workbook.addWorksheet('Contacten')
    sheet.addRow(['Verbruik november'])
    sheet.addRow([])
    sheet.addRow(['Cliëntnummer', 'Datum', 'Belminuten', 'Registratieminuten'])
    const row = sheet.addRow(['000123', new Date(Date.UTC(2026, 10, 2)), 7.5])
    row.getCell(2).numFmt = 'dd-mm-yyyy'
    sheet.addRow([1001, null, { formula: 'C4*2', result: 15 }, 1])
    await workbook.xlsx.writeFile(path)

    const table = await readTableFile(path)
    expect(table).toEqual({
      fileName: 'Verbruik november.xlsx',
      format: 'xlsx',
      rows: [
        { line: 1, cells: ['Verbruik november'] },
        { line: 3, cells: ['Cliëntnummer', 'Datum', 'Belminuten', 'Registratieminuten'] },
        { line: 4, cells: ['000123', '2026-11-02', 7.5] },
        { line: 5, cells: [1001, null, 15, 1] },
      ],
    })
  })
})

describe('readTableFile', () => {
  it('refuses other file types (with a hint for .xls), a damaged workbook and a missing file, each by its code', async () => {
    const folder = tempFolder('table')
    const xls = join(folder, 'oud.xls')
    writeFileSync(xls, 'x')
    const old: unknown = await readTableFile(xls).catch((e: unknown) => e)
    expect(old).toMatchObject({ code: 'table-xls', params: { file: 'oud.xls' } })
    expect(errorText(old as AppError)).toBe('"oud.xls" is geen .xlsx- of .csv-bestand. Sla het bestand in Excel op als Excel-werkmap (.xlsx) of als CSV.')
    writeFileSync(join(folder, 'tekst.pdf'), 'x')
    await expect(readTableFile(join(folder, 'tekst.pdf'))).rejects.toMatchObject({ code: 'table-wrong-type', params: { file: 'tekst.pdf' } })
    const broken = join(folder, 'kapot.xlsx')
    writeFileSync(broken, 'geen zip')
    const error: unknown = await readTableFile(broken).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(AppError)
    expect(error).toMatchObject({ code: 'table-xlsx-unreadable', params: { file: 'kapot.xlsx' } })
    await expect(readTableFile(join(folder, 'weg.csv'))).rejects.toMatchObject({ code: 'file-not-found', params: { file: 'weg.csv' } })
  })
})

describe('table:open-file', () => {
  it('reads the file chosen in the open dialog, and nothing when the clerk cancels', async () => {
    const folder = tempFolder('table')
    const path = join(folder, 'verbruik.csv')
    writeFileSync(path, 'Cliëntnummer;Periode;Belminuten\n1001;2026-11;12,5\n')
    const platform = createTestPlatform({ folder })
    const handlers = createTableHandlers(platform)
    platform.answerNextDialog(path)
    const opened = await handlers['table:open-file']({ title: 'Verbruiksbestand kiezen' })
    expect(opened).toMatchObject({ fileName: 'verbruik.csv', format: 'csv', rowCount: 2 })
    expect(JSON.parse(opened?.rowsJson ?? '')).toEqual([
      { line: 1, cells: ['Cliëntnummer', 'Periode', 'Belminuten'] },
      { line: 2, cells: ['1001', '2026-11', '12,5'] },
    ])
    expect(platform.dialogCalls.at(-1)).toMatchObject({ kind: 'open', title: 'Verbruiksbestand kiezen' })
    expect(await handlers['table:open-file'](undefined)).toBeNull()
  })
})

describe('table:cancel-read', () => {
  it('stops a read in progress: its worker ends and the read rejects with "cancelled"', async () => {
    const folder = tempFolder('table')
    const path = join(folder, 'groot.csv')
    writeFileSync(
      path,
      ['Cliëntnummer;Periode;Belminuten', ...Array.from({ length: 200_000 }, (_, i) => `${1000 + (i % 5000)};2026-11;${i % 60},5`)].join('\n'),
    )
    const platform = createTestPlatform({ folder })
    const handlers = createTableHandlers(platform)
    expect(await handlers['table:cancel-read'](undefined)).toBe(false)
    platform.answerNextDialog(path)
    const reading = handlers['table:open-file']({ title: 'Verbruiksbestand kiezen' })
    const outcome = reading.then(
      () => 'read',
      (error: unknown) => (error instanceof AppError ? error.code : 'other'),
    )
    // The read starts once the dialog has answered; stop it as soon as it runs.
    while (!(await handlers['table:cancel-read'](undefined))) await new Promise((resolve) => setTimeout(resolve, 5))
    expect(await outcome).toBe('cancelled')
    expect(await handlers['table:cancel-read'](undefined)).toBe(false)
  })
})
