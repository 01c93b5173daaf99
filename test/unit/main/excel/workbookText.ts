import ExcelJS from 'exceljs'

// Free of vitest, so the end-to-end tests read the files the app wrote with the same helpers.

/** Reads a written workbook back with exceljs, the way a test looks at what finance will open. */
export async function readWorkbook(path: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.readFile(path)
  return workbook
}

export function sheet(workbook: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const found = workbook.getWorksheet(name)
  if (!found) throw new Error(`Geen tabblad ${name}; wel: ${workbook.worksheets.map((w) => w.name).join(', ')}`)
  return found
}

/** Every cell as text (formulas as their formula and cached result), for scans such as "no BSN anywhere". */
export function allCellTexts(workbook: ExcelJS.Workbook): string[] {
  const texts: string[] = []
  for (const ws of workbook.worksheets) {
    ws.eachRow({ includeEmpty: false }, (row) => {
      row.eachCell({ includeEmpty: false }, (cell) => {
        const value = cell.value
        if (value === null || value === undefined) return
        if (typeof value === 'object' && 'formula' in value) texts.push(`${value.formula} ${JSON.stringify(value.result ?? null)}`)
        else texts.push(value instanceof Date ? value.toISOString() : typeof value === 'object' ? JSON.stringify(value) : String(value))
      })
    })
    texts.push(ws.headerFooter.oddHeader ?? '', ws.headerFooter.oddFooter ?? '')
  }
  texts.push(workbook.title, workbook.subject, workbook.keywords ?? '')
  return texts
}
