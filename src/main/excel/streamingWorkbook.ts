import type ExcelJS from 'exceljs'

/** The exceljs streaming writer every sheet builder writes into: rows go to disk as they are committed. */
export type StreamingWorkbook = ExcelJS.stream.xlsx.WorkbookWriter
