import { basename, join } from 'node:path'
import { periodsOfQuarter, type BillingPeriod } from '@shared/calendar/billingPeriod'
import type { QuarterName } from '@shared/model/common'
import type { Invoice } from '@shared/model/invoice'
import { nameLookup } from '@shared/reports/names'
import { toCheckSheetRow, type CheckRowInput, type CheckSheetRow } from '@shared/reports/quarterlyCheckReport'
import { toPartnerUsageReport, type PartnerUsageReport, type UsageReportInput } from '@shared/reports/usageReport'
import { AppError } from '../appError'
import type { IfExists } from '../files/atomicWrite'
import { FileSequence } from './fileSequence'
import { writeDocumentFile } from '../files/documentFile'
import type { PdfLogo } from '../pdf/invoicePdf'
import { makeInvoiceDocuments, type InvoiceDocuments } from './invoiceDocuments'
import { writeInvoiceWorkbook } from './invoiceWorkbook'
import { writeOverallCheckWorkbook, writePartnerCheckWorkbook } from './quarterlyCheckWorkbook'
import type { ReportContext, WriteReportOptions, WrittenReport } from './reportContext'
import { EXAMPLE_MARK, invoiceFileName, overallCheckFileName, partnerCheckFileName, partnerUsageFileName, usageOverviewFileName } from './reportFileNames'
import { writePartnerUsageWorkbook, writeUsageOverviewWorkbook } from './usageWorkbook'

/** The kinds of file a run writes (the same names as in the command line's summary.json). */
export type RunFileKind =
  'factuur' | 'factuur-pdf' | 'e-factuur' | 'e-mailconcept' | 'verbruik' | 'verbruik-overzicht' | 'kwartaalcheck' | 'kwartaalcheck-overzicht'

export interface RunFile {
  readonly kind: RunFileKind
  /** Null for the overviews across partners. */
  readonly partnerId: string | null
  readonly path: string
  readonly fileName: string
  readonly rows: number
  readonly totals: Readonly<Record<string, number | null>>
}

export interface MonthlyRunInput {
  readonly billing: Pick<BillingPeriod, 'name' | 'from' | 'last'>
  readonly context: ReportContext
  /** Every partner of the run, in the order files are written (and progress reported). */
  readonly partners: readonly { readonly id: string; readonly name: string }[]
  readonly plans: readonly { readonly id: string; readonly name: string }[]
  /** Concept invoices, or the frozen ones when the period was finalised (at most a few per partner). */
  readonly invoices: readonly Invoice[]
  /** One per partner, from the domain's buildUsageReports (a `UsageReport` fits). */
  readonly usageReports: readonly UsageReportInput[]
  /** Only when the period closes a quarter: every client's check row (a domain `QuarterlyCheckRow` fits). */
  readonly quarterlyCheck: {
    readonly quarter: QuarterName
    readonly tolerancePercent: number
    readonly rows: readonly CheckRowInput[]
    /** VOORLOPIG: the quarter's last period had not ended, or a period had no usage imported (`quarterStatus`). */
    readonly provisional?: boolean
  } | null
}

export interface MonthlyRunOptions {
  /** Cancels between rows; files already complete stay, the one being written never appears. */
  readonly signal?: AbortSignal
  /** After each partner and each overview: how far the run is, and whose files were just written. */
  readonly onProgress?: (done: number, total: number, partnerName: string) => void
  /** Default `keep-both`: a rerun into the same folder adds ` (2)` instead of replacing earlier files. */
  readonly ifExists?: IfExists
  /** Each file once it is complete, in order: a failed run throws, and these files stay in the folder. */
  readonly onFile?: (file: RunFile) => void
  /**
   * Also each invoice's PDF and, when final, its e-invoice and e-mail draft. The app's run and
   * the command line ask for them; without, only the workbooks are written (their own tests).
   */
  readonly documents?: boolean
  /** The operator's logo on every invoice PDF (the copy main keeps, or the command line's `--logo`). */
  readonly logo?: PdfLogo | null
}

export interface MonthlyRunResult {
  readonly folder: string
  /** True when the signal stopped the run; `files` then lists what was completed before. */
  readonly cancelled: boolean
  readonly files: readonly RunFile[]
}

/** The progress name of an overview across all partners; the window and the command line word that step themselves. */
export const OVERALL = ''

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>()
  for (const item of items) {
    const k = key(item)
    const list = groups.get(k)
    if (list) list.push(item)
    else groups.set(k, [item])
  }
  return groups
}

/**
 * The monthly run (spec "Outputs"): for every partner its invoice(s), usage report and, when the period
 * closes a quarter, its quarterly check list; then the overviews across partners. One file at a time, each
 * streamed to disk and renamed when complete, so memory stays low with 500 partners and 100,000 clients
 * and a cancelled or failed run never leaves a half file. The app's invoicing screen and the command line
 * both call this.
 */
export async function runMonthlyReports(folder: string, input: MonthlyRunInput, options: MonthlyRunOptions = {}): Promise<MonthlyRunResult> {
  const names = nameLookup(input.partners, input.plans)
  const invoicesByPartner = groupBy(input.invoices, (i) => i.partnerId)
  const check = input.quarterlyCheck
  const checkRows: CheckSheetRow[] = check ? check.rows.map((r) => toCheckSheetRow(r, names)) : []
  const checkByPartner = groupBy(checkRows, (r) => r.partnerId)
  // Made once: the partner's own report and the overview across partners read the same rows.
  const usageReports: PartnerUsageReport[] = input.usageReports.map((r) => toPartnerUsageReport(r, names.partnerName(r.partnerId)))
  const usageByPartner = new Map(usageReports.map((r) => [r.partnerId, r]))

  const overviews = 1 + (check ? 1 : 0)
  const total = input.partners.length + overviews
  const files: RunFile[] = []
  const ifExists = options.ifExists ?? 'keep-both'
  const sequence = new FileSequence(options.signal)
  // A run of demo data says so in every file name, not only the invoices' (which carry their own mark).
  const example = (name: string) => (input.invoices.some((i) => i.demo) ? `${EXAMPLE_MARK} ${name}` : name)
  let done = 0
  const step = (name: string) => {
    done++
    options.onProgress?.(done, total, name)
  }
  /** Queues one file; its failure names the partner, its result is recorded once it (and all before it) is complete. */
  const queue = (kind: RunFileKind, partnerId: string | null, name: string, write: (options: WriteReportOptions) => Promise<WrittenReport>) =>
    sequence.add(
      ({ signal, after }) => atPartner(partnerId === null ? undefined : name, () => write({ signal, after, ifExists })),
      (written) => {
        const file: RunFile = { kind, partnerId, path: written.path, fileName: basename(written.path), rows: written.rows, totals: written.totals }
        files.push(file)
        options.onFile?.(file)
      },
    )

  /**
   * The invoice's PDF, and for a final one its e-invoice (when the partner has a KvK number or OIN) and
   * e-mail draft, each its own file after the workbook. Made once in memory; the same PDF bytes are
   * written and attached to the draft.
   */
  const queueDocuments = async (invoice: Invoice, partnerName: string) => {
    let made: Promise<InvoiceDocuments> | null = null
    const documents = () => (made ??= makeInvoiceDocuments(invoice, input.context.generatedOn, options.logo ?? null))
    const totals = { subtotalCents: invoice.subtotalCents, vatCents: invoice.vatCents, totalCents: invoice.totalCents, lines: invoice.lines.length }
    const write = (extension: 'pdf' | 'xml' | 'eml', content: (d: InvoiceDocuments) => Uint8Array | string) => async (o: WriteReportOptions) => {
      const d = await documents()
      const path = await writeDocumentFile(join(folder, invoiceFileName(invoice, extension)), content(d), o)
      return { path, rows: invoice.lines.length, totals: extension === 'pdf' ? { ...totals, pages: d.pages } : totals }
    }
    await queue(
      'factuur-pdf',
      invoice.partnerId,
      partnerName,
      write('pdf', (d) => d.pdf),
    )
    if (invoice.status !== 'definitief') return
    const d = await atPartner(partnerName, documents)
    if (d.ubl.ok)
      await queue(
        'e-factuur',
        invoice.partnerId,
        partnerName,
        write('xml', (x) => (x.ubl.ok ? x.ubl.xml : '')),
      )
    if (d.email !== null)
      await queue(
        'e-mailconcept',
        invoice.partnerId,
        partnerName,
        write('eml', (x) => x.email ?? ''),
      )
  }

  try {
    for (const partner of input.partners) {
      for (const invoice of invoicesByPartner.get(partner.id) ?? []) {
        await queue('factuur', partner.id, partner.name, (o) => writeInvoiceWorkbook(join(folder, invoiceFileName(invoice)), invoice, input.context, o))
        if (options.documents === true) await queueDocuments(invoice, partner.name)
      }
      const usage = usageByPartner.get(partner.id)
      if (usage && usage.rows.length > 0) {
        const report = { ...usage, partnerName: partner.name }
        await queue('verbruik', partner.id, partner.name, (o) =>
          writePartnerUsageWorkbook(join(folder, example(partnerUsageFileName(partner.name, input.billing.name))), report, input.context, o),
        )
      }
      const rows = checkByPartner.get(partner.id)
      if (check && rows && rows.length > 0) {
        const report = {
          quarter: check.quarter,
          periods: periodsOfQuarter(check.quarter),
          tolerancePercent: check.tolerancePercent,
          provisional: check.provisional ?? false,
          rows,
          partnerName: partner.name,
        }
        await queue('kwartaalcheck', partner.id, partner.name, (o) =>
          writePartnerCheckWorkbook(join(folder, example(partnerCheckFileName(partner.name, check.quarter))), report, input.context, o),
        )
      }
      sequence.afterAll(() => step(partner.name))
    }
    // The overviews hold 100,000 rows each: one at a time, nothing else under way.
    await sequence.drain()
    collectGarbageIfAllowed()

    const overview = { period: input.billing.name, periodFrom: input.billing.from, periodTo: input.billing.last, reports: usageReports }
    await queue('verbruik-overzicht', null, OVERALL, (o) =>
      writeUsageOverviewWorkbook(join(folder, example(usageOverviewFileName(input.billing.name))), overview, input.context, o),
    )
    await sequence.drain()
    step(OVERALL)
    if (check) {
      const report = {
        quarter: check.quarter,
        periods: periodsOfQuarter(check.quarter),
        tolerancePercent: check.tolerancePercent,
        provisional: check.provisional ?? false,
        rows: checkRows,
      }
      await queue('kwartaalcheck-overzicht', null, OVERALL, (o) =>
        writeOverallCheckWorkbook(join(folder, example(overallCheckFileName(check.quarter))), report, input.context, o),
      )
      await sequence.drain()
      step(OVERALL)
    }
    collectGarbageIfAllowed()
  } catch (error) {
    if (error instanceof AppError && error.code === 'cancelled') return { folder, cancelled: true, files }
    throw error
  }
  return { folder, cancelled: false, files }
}

/**
 * With `--expose-gc` (the command line's flag, as in src/cli/memory.ts) this collects the garbage at the
 * two moments a lot of it has piled up: after the 1,500 small files and after the overviews. V8 lets
 * garbage grow to about the size of the live data before it collects, so the 100,000-row overviews, and
 * the summary the caller builds after the run, were made on top of it (stress run: peak 1,070 -> 800 MB,
 * each collection a few hundred ms). Without the flag (the app's main process, which holds only the
 * run's input) it does nothing.
 */
function collectGarbageIfAllowed(): void {
  const gc = (globalThis as { gc?: () => void }).gc
  gc?.()
}

/** Names the partner in a failure, so the clerk knows where the run stopped (an overview's file name says it already). */
async function atPartner<T>(name: string | undefined, work: () => Promise<T>): Promise<T> {
  try {
    return await work()
  } catch (error) {
    if (name === undefined) throw error
    // An invoice's own words already name its partner.
    if (error instanceof AppError && error.code !== 'cancelled' && !('partner' in error.params))
      throw new AppError(error.code, error.params, { cause: error, partner: name })
    throw error
  }
}
