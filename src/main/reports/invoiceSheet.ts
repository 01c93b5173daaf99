import type { Invoice } from '@shared/model/invoice'
import type { InvoiceView } from '@shared/reports/invoiceReport'
import { formatIban } from '@shared/reports/invoiceReport'
import { formatPaymentReference } from '@shared/reports/paymentReference'
import { centsToEuros, coerceCell, excelDateSerial, type CellPrimitive } from '../excel/cellValues'
import { cellRef, columnRange, sheetPrefix } from '../excel/cellRefs'
import type { Style } from '../excel/cellStyle'
import { NUMBER_FORMATS } from '../excel/numberFormats'
import { pageHeaderFooter, printPageSetup, type PageLabels } from '../excel/printSetup'
import { BOLD_FONT, FONT, HEADER_BORDER, HEADER_FILL, SUBTITLE_FONT, TOTAL_BORDER } from '../excel/sheetStyles'
import type { SheetCell } from '../excel/sheetWriter'
import type { StreamingWorkbook } from '../excel/streamingWorkbook'
import { OVERVIEW_SHEET, overviewColumns } from './invoiceOverviewSheet'

/** Where the client overview's rows will be, so the plan amounts can total them with formulas. */
export interface OverviewRange {
  readonly firstRow: number
  readonly lastRow: number
}

export const INVOICE_SHEET = 'Factuur'

// Columns: labels | values / plan names | numbers of clients | amounts.
const WIDTHS = [24, 40, 12, 18] as const

const LABEL: Partial<Style> = { font: { ...FONT, color: { argb: 'FF404040' } }, alignment: { vertical: 'top' } }
const VALUE: Partial<Style> = { font: FONT, alignment: { vertical: 'top', horizontal: 'left' } }
const DATE_VALUE: Partial<Style> = { ...VALUE, numFmt: NUMBER_FORMATS.date }
const WRAP: Partial<Style> = { font: FONT, alignment: { vertical: 'top', wrapText: true } }
const MONEY: Partial<Style> = { font: FONT, numFmt: NUMBER_FORMATS.money, alignment: { vertical: 'top' } }

/**
 * The `Factuur` sheet: a printable invoice with every field the Belastingdienst requires (spec F1), from
 * the frozen invoice only (spec F2). Plan amounts are formulas over the client overview, subtotal, VAT and
 * total are formulas too, each with its exact cached result, so finance can trace every figure.
 */
export function writeInvoiceSheet(
  workbook: StreamingWorkbook,
  invoice: Invoice,
  view: InvoiceView,
  overview: OverviewRange,
  page: PageLabels,
): { subtotalCell: string; totalCell: string } {
  const sheet = workbook.addWorksheet(INVOICE_SHEET, {
    pageSetup: printPageSetup('portrait', null),
    headerFooter: { oddFooter: pageHeaderFooter(page).oddFooter ?? '' },
    views: [{ state: 'normal', showGridLines: false }],
  })
  sheet.columns = WIDTHS.map((width) => ({ width }))
  let r = 0
  const put = (cell: SheetCell, value: CellPrimitive, style: Partial<Style>) => {
    cell.value = coerceCell(value)
    cell.style = style
  }
  const line = (a: CellPrimitive, style: Partial<Style> = VALUE, options: { height?: number; mergeTo?: number } = {}) => {
    r++
    const row = sheet.getRow(r)
    put(row.getCell(1), a, style)
    if (options.mergeTo) sheet.mergeCells(r, 1, r, options.mergeTo)
    if (options.height) row.height = options.height
    return row
  }
  const field = (label: string, value: CellPrimitive, style: Partial<Style> = VALUE) => {
    r++
    const row = sheet.getRow(r)
    put(row.getCell(1), label, LABEL)
    put(row.getCell(2), value, style)
    row.commit()
  }
  const blank = () => {
    r++
  }
  const op = invoice.operator
  const partner = invoice.partner

  // Sender and document title.
  const top = line(op.name, { font: { ...FONT, size: 14, bold: true }, alignment: { vertical: 'top' } }, { height: 22 })
  put(top.getCell(4), view.documentTitle, { font: { ...FONT, size: 16, bold: true }, alignment: { horizontal: 'right', vertical: 'top' } })
  top.commit()
  line(op.street).commit()
  line(`${op.postcode} ${op.city}`.trim()).commit()
  const contact = [op.email && `E-mail ${op.email}`, op.phone && `Telefoon ${op.phone}`].filter(Boolean).join(' · ')
  if (contact) line(contact, SUBTITLE_FONT_STYLE).commit()
  line([op.kvkNumber && `KvK ${op.kvkNumber}`, op.vatNumber && `Btw-id ${op.vatNumber}`].filter(Boolean).join(' · '), SUBTITLE_FONT_STYLE).commit()
  blank()

  // Recipient.
  line(view.isCredit ? 'Creditnota aan' : 'Factuur aan', LABEL).commit()
  line(partner.name, { font: BOLD_FONT }).commit()
  line(partner.invoiceAddress.street).commit()
  line(`${partner.invoiceAddress.postcode} ${partner.invoiceAddress.city}`).commit()
  if (partner.invoiceEmail) line(partner.invoiceEmail, SUBTITLE_FONT_STYLE).commit()
  blank()

  // Invoice details.
  field(view.isCredit ? 'Creditnotanummer' : 'Factuurnummer', view.numberText, { ...VALUE, font: BOLD_FONT })
  if (view.isCredit) field('Correctie van factuur', invoice.correctsInvoiceNumber ?? '')
  field(view.isCredit ? 'Creditnotadatum' : 'Factuurdatum', excelDateSerial(invoice.invoiceDate), DATE_VALUE)
  if (!view.isCredit) field('Vervaldatum', excelDateSerial(invoice.dueDate), DATE_VALUE)
  if (view.buyerReference) field('Uw kenmerk', view.buyerReference)
  if (partner.debtorReference) field('Uw debiteurnummer', partner.debtorReference)
  field('Facturatieperiode', invoice.period)
  field('Periode van', excelDateSerial(invoice.periodFrom), DATE_VALUE)
  field('Periode tot en met', excelDateSerial(invoice.periodTo), DATE_VALUE)
  blank()

  // Nature and extent of the service.
  line('Omschrijving', { font: BOLD_FONT }).commit()
  line(view.description, WRAP, { mergeTo: 4, height: 15 * Math.ceil(view.description.length / 85) + 2 }).commit()
  blank()

  // Per plan, totalled from the client overview.
  r++
  const head = sheet.getRow(r)
  const headStyle = (horizontal: 'left' | 'right'): Partial<Style> => ({
    font: BOLD_FONT,
    fill: HEADER_FILL,
    border: HEADER_BORDER,
    alignment: { horizontal, vertical: 'bottom', wrapText: true },
  })
  put(head.getCell(1), 'Abonnementsvorm', headStyle('left'))
  put(head.getCell(2), 'Tarief per maand', headStyle('right'))
  put(head.getCell(3), 'Cliënten', headStyle('right'))
  put(head.getCell(4), 'Bedrag excl. btw', headStyle('right'))
  head.commit()
  const planColumn = 1 + overviewColumns.findIndex((c) => c.key === 'plan')
  const amountColumn = 1 + overviewColumns.findIndex((c) => c.key === 'amount')
  const target = sheetPrefix(OVERVIEW_SHEET)
  const planRange = `${target}${absolute(columnRange(planColumn, overview.firstRow, overview.lastRow))}`
  const amountRange = `${target}${absolute(columnRange(amountColumn, overview.firstRow, overview.lastRow))}`
  const firstPlanRow = r + 1
  for (const plan of view.planRows) {
    r++
    const row = sheet.getRow(r)
    put(row.getCell(1), plan.label, VALUE)
    // The unit price: the plan's monthly fee ("wisselend" when it changed within the period).
    if (plan.feeCents === null) put(row.getCell(2), 'wisselend', { ...VALUE, alignment: { vertical: 'top', horizontal: 'right' } })
    else put(row.getCell(2), centsToEuros(plan.feeCents), MONEY)
    put(row.getCell(3), plan.clients, { font: FONT, numFmt: NUMBER_FORMATS.integer, alignment: { vertical: 'top' } })
    const amount = row.getCell(4)
    amount.style = MONEY
    // SUMPRODUCT with "=" compares exactly; SUMIF would read *, ? and leading < > = in a plan name as criteria.
    amount.value = { formula: `SUMPRODUCT((${planRange}=${cellRef(r, 1)})*${amountRange})`, result: centsToEuros(plan.amountCents) }
    row.commit()
  }
  const lastPlanRow = r

  const subtotalRow = ++r
  const sub = sheet.getRow(subtotalRow)
  put(sub.getCell(1), 'Subtotaal excl. btw', { font: BOLD_FONT, border: { top: HEADER_BORDER.top! } })
  for (const c of [2, 3]) put(sub.getCell(c), null, { border: { top: HEADER_BORDER.top! } })
  sub.getCell(4).style = { ...MONEY, font: BOLD_FONT, border: { top: HEADER_BORDER.top! } }
  sub.getCell(4).value = { formula: `SUM(${columnRange(4, firstPlanRow, lastPlanRow)})`, result: centsToEuros(invoice.subtotalCents) }
  sub.commit()

  const vatRow = ++r
  const vat = sheet.getRow(vatRow)
  put(vat.getCell(1), view.vatLabel, VALUE)
  if (invoice.vatRatePercent === 0) {
    put(vat.getCell(2), invoice.vatExemptionText, WRAP)
    sheet.mergeCells(vatRow, 2, vatRow, 3)
    vat.height = 15 * Math.max(1, Math.ceil(invoice.vatExemptionText.length / 50)) + 2
    put(vat.getCell(4), null, MONEY)
  } else {
    vat.getCell(4).style = MONEY
    vat.getCell(4).value = { formula: `ROUND(${cellRef(subtotalRow, 4)}*${invoice.vatRatePercent}/100,2)`, result: centsToEuros(invoice.vatCents) }
  }
  vat.commit()

  const totalRow = ++r
  const total = sheet.getRow(totalRow)
  put(total.getCell(1), view.totalLabel, { font: { ...BOLD_FONT, size: 12 }, border: TOTAL_BORDER, alignment: { vertical: 'middle' } })
  for (const c of [2, 3]) put(total.getCell(c), null, { border: TOTAL_BORDER })
  total.getCell(4).style = { ...MONEY, font: { ...BOLD_FONT, size: 12 }, border: TOTAL_BORDER, alignment: { vertical: 'middle' } }
  total.getCell(4).value = {
    formula: invoice.vatRatePercent === 0 ? `${cellRef(subtotalRow, 4)}` : `${cellRef(subtotalRow, 4)}+${cellRef(vatRow, 4)}`,
    result: centsToEuros(invoice.totalCents),
  }
  total.height = 20
  total.commit()
  blank()

  // Payment.
  line('Betaling', { font: BOLD_FONT }).commit()
  line(view.paymentText, WRAP, { mergeTo: 4, height: 15 * Math.ceil(view.paymentText.length / 85) + 2 }).commit()
  if (!view.isCredit) {
    if (op.iban) field('IBAN', formatIban(op.iban))
    field('Ten name van', op.name)
    field('Betalingskenmerk', view.paymentReference === null ? 'volgt bij de definitieve factuur' : formatPaymentReference(view.paymentReference))
  }
  sheet.commit()
  return { subtotalCell: cellRef(subtotalRow, 4), totalCell: cellRef(totalRow, 4) }
}

const SUBTITLE_FONT_STYLE: Partial<Style> = { font: SUBTITLE_FONT, alignment: { vertical: 'top' } }

/** `H6:H40` → `$H$6:$H$40`, so the plan formulas keep pointing at the overview when copied. */
function absolute(range: string): string {
  return range.replace(/([A-Z]+)(\d+)/g, '$$$1$$$2')
}
