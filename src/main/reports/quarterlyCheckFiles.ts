import { join } from 'node:path'
import { periodsOfQuarter } from '@shared/calendar/billingPeriod'
import type { QuarterName } from '@shared/model/common'
import { nameLookup } from '@shared/reports/names'
import { toCheckSheetRow, type CheckRowInput, type CheckSheetRow } from '@shared/reports/quarterlyCheckReport'
import { writeOverallCheckWorkbook, writePartnerCheckWorkbook } from './quarterlyCheckWorkbook'
import type { ReportContext } from './reportContext'
import { overallCheckFileName, partnerCheckFileName } from './reportFileNames'

export interface QuarterlyCheckFilesInput {
  readonly context: ReportContext
  /** One partner's list, or null for the overall list plus every partner's own. */
  readonly partnerId: string | null
  readonly partners: readonly { readonly id: string; readonly name: string }[]
  readonly plans: readonly { readonly id: string; readonly name: string }[]
  readonly quarter: QuarterName
  readonly tolerancePercent: number
  /** VOORLOPIG on every page (`quarterStatus`). */
  readonly provisional?: boolean
  readonly rows: readonly CheckRowInput[]
}

export interface QuarterlyCheckFile {
  readonly kind: 'kwartaalcheck' | 'kwartaalcheck-overzicht'
  readonly partnerId: string | null
  readonly path: string
  readonly rows: number
}

/**
 * The quarterly check lists as the check screen exports them (spec "Outputs"): per partner, and one overall,
 * with the same writers and file names as the monthly run. Files never replace an existing one; `onFile`
 * hears of each once complete, so a failure at a later file can name the ones that stay.
 */
export async function writeQuarterlyCheckFiles(
  folder: string,
  input: QuarterlyCheckFilesInput,
  options: { readonly onFile?: (file: QuarterlyCheckFile) => void } = {},
): Promise<QuarterlyCheckFile[]> {
  const names = nameLookup(input.partners, input.plans)
  const periods = periodsOfQuarter(input.quarter)
  const rows = input.rows.filter((r) => input.partnerId === null || r.partnerId === input.partnerId).map((r) => toCheckSheetRow(r, names))
  const byPartner = new Map<string, CheckSheetRow[]>()
  for (const row of rows) {
    const list = byPartner.get(row.partnerId)
    if (list) list.push(row)
    else byPartner.set(row.partnerId, [row])
  }
  const writeOptions = { ifExists: 'keep-both' as const }
  const files: QuarterlyCheckFile[] = []
  const add = (file: QuarterlyCheckFile) => {
    files.push(file)
    options.onFile?.(file)
  }
  const base = { quarter: input.quarter, periods, tolerancePercent: input.tolerancePercent, provisional: input.provisional ?? false }
  for (const partner of input.partners) {
    const partnerRows = byPartner.get(partner.id)
    if (!partnerRows || partnerRows.length === 0) continue
    const written = await writePartnerCheckWorkbook(
      join(folder, partnerCheckFileName(partner.name, input.quarter)),
      { ...base, rows: partnerRows, partnerName: partner.name },
      input.context,
      writeOptions,
    )
    add({ kind: 'kwartaalcheck', partnerId: partner.id, path: written.path, rows: written.rows })
  }
  if (input.partnerId === null) {
    const written = await writeOverallCheckWorkbook(join(folder, overallCheckFileName(input.quarter)), { ...base, rows }, input.context, writeOptions)
    add({ kind: 'kwartaalcheck-overzicht', partnerId: null, path: written.path, rows: written.rows })
  }
  return files
}
