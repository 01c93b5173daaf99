import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseCalendarDate } from '@shared/calendar/calendarDate'
import { AUDIT_EXPORT_CHUNK, type AuditExportLabels, type AuditExportRow } from '@shared/ipc/channels/audit'
import { createAuditExportHandlers } from '../../../../src/main/ipc/handlers/auditExportHandlers'
import { createTestPlatform } from '../../../../src/main/platform/testPlatform'
import { writeAuditWorkbook } from '../../../../src/main/reports/auditWorkbook'
import { allCellTexts, readWorkbook, rowValues, rowWithLabel, sheet, useTempFolder } from './readBack'

const labels: AuditExportLabels = {
  title: 'Audittrail',
  subtitle: ['Medewerker: Anna de Vries', 'Cliënt: 000123'],
  sheetName: 'Audittrail',
  headers: {
    at: 'Datum en tijd',
    clerk: 'Medewerker',
    action: 'Actie',
    entity: 'Soort',
    record: 'Record',
    event: 'Gebeurtenis',
    changes: 'Wijzigingen',
    outcome: 'Resultaat',
  },
  emptyText: 'Geen regels bij deze filters.',
  totalsLabel: 'Aantal',
  operatorName: 'Anna de Vries',
  generatedOn: parseCalendarDate('2026-11-23'),
}

const row = (i: number, extra: Partial<AuditExportRow> = {}): AuditExportRow => ({
  at: `23-11-2026 09:${String(i % 60).padStart(2, '0')}`,
  clerk: 'Anna de Vries',
  action: 'Gewijzigd',
  entity: 'Cliënt',
  record: `c${i}`,
  event: `Cliënt 000123 gewijzigd (${i})`,
  changes: 'Achternaam: Jansen → Bakker\nNotities: leeg → bellen',
  outcome: 'ok',
  ...extra,
})

const temp = useTempFolder('audit-export')

describe('the audit export workbook', () => {
  it('has the filters under the title, one row per entry in the columns asked for, and the count', async () => {
    const rows = [row(1), row(2, { changes: '', outcome: 'fout', event: '=HYPERLINK("http://x","y")' })]
    const written = await writeAuditWorkbook(join(temp(), 'Audittrail.xlsx'), rows, labels)
    expect(written.rows).toBe(2)
    const ws = sheet(await readWorkbook(written.path), 'Audittrail')
    expect(ws.getCell('A1').value).toBe('Audittrail')
    expect(ws.getCell('A2').value).toBe('Medewerker: Anna de Vries')
    expect(ws.getCell('A3').value).toBe('Cliënt: 000123')
    const header = rowWithLabel(ws, 'Datum en tijd')
    expect(rowValues(ws, header, 8)).toEqual(['Datum en tijd', 'Medewerker', 'Actie', 'Soort', 'Record', 'Gebeurtenis', 'Wijzigingen', 'Resultaat'])
    expect(rowValues(ws, header + 1, 8)).toEqual([
      '23-11-2026 09:01',
      'Anna de Vries',
      'Gewijzigd',
      'Cliënt',
      'c1',
      'Cliënt 000123 gewijzigd (1)',
      'Achternaam: Jansen → Bakker\nNotities: leeg → bellen',
      'ok',
    ])
    // Text from the trail never becomes a formula; an empty cell stays empty.
    const second = rowValues(ws, header + 2, 8)
    expect(second[5]).toBe('\'=HYPERLINK("http://x","y")')
    expect(second[6]).toBeNull()
    expect(ws.getCell(header + 3, 1).value).toBe('Aantal')
    expect(ws.getCell(header + 3, 2).value).toMatchObject({ result: 2 })
  })

  it('says so when no entry matches', async () => {
    const written = await writeAuditWorkbook(join(temp(), 'Leeg.xlsx'), [], labels)
    expect(allCellTexts(await readWorkbook(written.path))).toContain('Geen regels bij deze filters.')
  })
})

describe('the audit export channels', () => {
  it('write the rows sent in chunks to the file chosen in the save dialog, in order', async () => {
    const platform = createTestPlatform({ folder: temp(), now: new Date(2026, 10, 10, 9, 0) })
    const handlers = createAuditExportHandlers(platform)
    const begun = await handlers['audit:export-begin'](undefined)
    expect(begun?.fileName).toBe('Audittrail 2026-11-10 09.00.xlsx')
    expect(platform.dialogCalls[0]).toMatchObject({ kind: 'save', title: 'Audittrail exporteren naar Excel' })
    const rows = Array.from({ length: AUDIT_EXPORT_CHUNK + 20 }, (_, i) => row(i))
    await handlers['audit:export-rows']({ exportId: begun!.exportId, rows: rows.slice(0, AUDIT_EXPORT_CHUNK) })
    await handlers['audit:export-rows']({ exportId: begun!.exportId, rows: rows.slice(AUDIT_EXPORT_CHUNK) })
    const done = await handlers['audit:export-finish']({ exportId: begun!.exportId, labels })
    expect(done).toMatchObject({ fileName: 'Audittrail 2026-11-10 09.00.xlsx', rows: rows.length })
    const ws = sheet(await readWorkbook(done.path), 'Audittrail')
    const header = rowWithLabel(ws, 'Datum en tijd')
    expect(ws.getCell(header + 1, 5).value).toBe('c0')
    expect(ws.getCell(header + rows.length, 5).value).toBe(`c${rows.length - 1}`)
    // Finished: the rows are gone, the id is no longer known.
    await expect(handlers['audit:export-rows']({ exportId: begun!.exportId, rows: [] })).rejects.toMatchObject({ code: 'job-unknown' })
  })

  it('write nothing when the dialog is cancelled or the export is dropped', async () => {
    const platform = createTestPlatform({ folder: temp(), now: new Date(2026, 10, 10, 9, 0) })
    const handlers = createAuditExportHandlers(platform)
    platform.answerNextDialog(null)
    expect(await handlers['audit:export-begin'](undefined)).toBeNull()
    const begun = await handlers['audit:export-begin'](undefined)
    await handlers['audit:export-rows']({ exportId: begun!.exportId, rows: [row(1)] })
    await handlers['audit:export-cancel']({ exportId: begun!.exportId })
    await expect(handlers['audit:export-finish']({ exportId: begun!.exportId, labels })).rejects.toMatchObject({ code: 'job-unknown' })
    expect(existsSync(join(temp(), begun!.fileName))).toBe(false)
  })
})
