import type { Invoice } from '@shared/model/invoice'
import { formatDate } from '@shared/format/date'
import { formatMoney } from '@shared/format/money'
import { buildEpcPayload } from '@shared/payment/epcQr'
import { formatIban, type InvoiceOverviewLine, type InvoiceView } from '@shared/reports/invoiceReport'
import { formatPaymentReference } from '@shared/reports/paymentReference'
import type { CalendarDate } from '@shared/calendar/calendarDate'
import { AppError } from '../appError'
import { writeDocumentFile } from '../files/documentFile'
import type { LogoImage } from '../logo/logoImage'
import type { WriteReportOptions, WrittenReport } from '../reports/reportContext'
import { viewOf } from '../reports/invoiceWorkbook'
import { epcQrPng } from './epcQrImage'
import { pdfFonts } from './fonts'
import { A4, BOLD, CONTENT_BOTTOM, CONTENT_WIDTH, GREY, MARGIN, cell, hline, newPdf, paragraph, stampPages } from './pdfCanvas'

export type InvoicePdfTotals = { subtotalCents: number; vatCents: number; totalCents: number; lines: number; pages: number }

const LEFT = MARGIN.left
const RIGHT = A4.width - MARGIN.right
const ROW = 13
const QR_SIZE = 110
/** The box the operator's logo is scaled into, top left of page 1 (aspect ratio kept). */
export const LOGO_BOX = { width: 160, height: 56 } as const

/** The operator's logo as the PDF needs it; the copy main keeps (src/main/logo). */
export type PdfLogo = Pick<LogoImage, 'bytes' | 'width' | 'height'>

/** Client overview columns: width in points, alignment; they fill the content width (511 pt). */
const OVERVIEW = [
  { header: 'Cliëntnummer', width: 66, align: 'left', value: (l: InvoiceOverviewLine) => l.clientNumber },
  { header: 'Naam', width: 128, align: 'left', value: (l: InvoiceOverviewLine) => l.clientName },
  { header: 'Abonnement', width: 78, align: 'left', value: (l: InvoiceOverviewLine) => l.planLabel },
  { header: 'Van', width: 48, align: 'left', value: (l: InvoiceOverviewLine) => formatDate(l.from) },
  { header: 'T/m', width: 48, align: 'left', value: (l: InvoiceOverviewLine) => formatDate(l.lastDay) },
  { header: 'Dagen', width: 30, align: 'right', value: (l: InvoiceOverviewLine) => String(l.billedDays) },
  { header: 'Tarief p/m', width: 52, align: 'right', value: (l: InvoiceOverviewLine) => formatMoney(l.feeCents) },
  { header: 'Bedrag', width: 61, align: 'right', value: (l: InvoiceOverviewLine) => formatMoney(l.amountCents) },
] as const

/**
 * The PDF of one invoice or credit note (spec F1, F2): page 1 the invoice itself with every field
 * the Belastingdienst requires, then the client overview, every page numbered "Pagina X van Y", fonts
 * embedded. Only the frozen `Invoice` is read, so the figures are the workbook's and a reprint shows the
 * same content. A final invoice carries its betalingskenmerk and the SEPA EPC QR code on page 1; concepts
 * and credit notes carry neither, and a concept says CONCEPT on every page.
 */
export async function writeInvoicePdf(
  targetPath: string,
  invoice: Invoice,
  context: { readonly generatedOn: CalendarDate; readonly logo?: PdfLogo | null },
  options: WriteReportOptions = {},
): Promise<WrittenReport<InvoicePdfTotals>> {
  const { bytes, pages } = await invoicePdfBytes(invoice, context.generatedOn, context.logo ?? null)
  const path = await writeDocumentFile(targetPath, bytes, options)
  return {
    path,
    rows: invoice.lines.length,
    totals: { subtotalCents: invoice.subtotalCents, vatCents: invoice.vatCents, totalCents: invoice.totalCents, lines: invoice.lines.length, pages },
  }
}

/** `logo`: the operator's logo at the top of page 1, the same for invoices, credit notes and concepts. */
export async function invoicePdfBytes(invoice: Invoice, generatedOn: CalendarDate, logo: PdfLogo | null = null): Promise<{ bytes: Buffer; pages: number }> {
  const view = viewOf(invoice)
  const kind = view.isCredit ? 'Creditnota' : 'Factuur'
  const { doc, finish } = newPdf(pdfFonts(), {
    title: `${kind} ${view.numberText} ${invoice.partner.name} ${invoice.period}`,
    subject: `${kind} ${invoice.period} ${invoice.partner.name}`,
    author: invoice.operator.name,
    keywords: [kind.toLowerCase(), invoice.period, view.numberText].join(', '),
    created: new Date(`${generatedOn}T12:00:00Z`),
  })
  const qr = view.paymentReference === null ? null : await qrImage(invoice, view.paymentReference)
  invoicePage(doc, invoice, view, qr, logo)
  overviewPages(doc, invoice, view)
  const footer = `${invoice.operator.name} · ${kind.toLowerCase()} ${view.numberText} · ${invoice.partner.name} · ${invoice.period} · gemaakt ${formatDate(generatedOn)}`
  const pages = stampPages(doc, footer, view.isConcept, view.isExample)
  return { bytes: await finish(), pages }
}

/**
 * The EPC QR code of a final invoice. Nothing to pay (a total of € 0,00) gives none; operator details that
 * cannot make one are a clear failure rather than a silently missing code.
 */
async function qrImage(invoice: Invoice, reference: string): Promise<Buffer | null> {
  if (invoice.totalCents <= 0) return null
  const payload = buildEpcPayload({
    beneficiaryName: invoice.operator.name,
    iban: invoice.operator.iban,
    amountCents: invoice.totalCents,
    remittanceText: reference,
  })
  if (!payload.ok) throw new AppError('payment-qr-operator', { partner: invoice.partner.name })
  return epcQrPng(payload.payload)
}

function invoicePage(doc: PDFKit.PDFDocument, invoice: Invoice, view: InvoiceView, qr: Buffer | null, logo: PdfLogo | null): void {
  const op = invoice.operator
  const partner = invoice.partner
  let y: number = MARGIN.top

  // The logo above the sender, scaled down to fit its box (never up: a small logo stays sharp).
  if (logo !== null) {
    const scale = Math.min(LOGO_BOX.width / logo.width, LOGO_BOX.height / logo.height, 1)
    const height = logo.height * scale
    doc.image(logo.bytes, LEFT, y, { width: logo.width * scale, height })
    y += height + 10
  }

  // Sender, top left; the document title top right.
  cell(doc, op.name, LEFT, y, 300, { font: BOLD, size: 13 })
  // A demo title (`VOORBEELD CONCEPT-CREDITNOTA`) is longer: smaller, so it is never cut off.
  const titleSize = view.documentTitle.length > 22 ? 11 : view.documentTitle.length > 16 ? 13 : 17
  cell(doc, view.documentTitle, RIGHT - 220, MARGIN.top - 2 + (17 - titleSize) / 2, 220, { font: BOLD, size: titleSize, align: 'right' })
  y += 19
  const sender = [
    op.street,
    `${op.postcode} ${op.city}`.trim(),
    [op.email && `E-mail ${op.email}`, op.phone && `Telefoon ${op.phone}`].filter(Boolean).join(' · '),
    [op.kvkNumber && `KvK ${op.kvkNumber}`, op.vatNumber && `Btw-id ${op.vatNumber}`].filter(Boolean).join(' · '),
    op.iban && `IBAN ${formatIban(op.iban)}`,
  ]
  for (const line of sender.filter((l) => l !== '')) {
    cell(doc, line, LEFT, y, 300, { size: 9, color: GREY })
    y += 12
  }
  y += 16

  // Recipient, and the invoice details beside it.
  const top = y
  cell(doc, view.isCredit ? 'Creditnota aan' : 'Factuur aan', LEFT, y, 250, { size: 8, color: GREY })
  y += 12
  cell(doc, partner.name, LEFT, y, 250, { font: BOLD, size: 10 })
  y += 14
  for (const line of [partner.invoiceAddress.street, `${partner.invoiceAddress.postcode} ${partner.invoiceAddress.city}`]) {
    cell(doc, line, LEFT, y, 250, { size: 10 })
    y += 13
  }
  const details: [string, string][] = [
    [view.isCredit ? 'Creditnotanummer' : 'Factuurnummer', view.numberText],
    ...(view.isCredit ? [['Corrigeert factuur', invoice.correctsInvoiceNumber ?? ''] as [string, string]] : []),
    [view.isCredit ? 'Creditnotadatum' : 'Factuurdatum', formatDate(invoice.invoiceDate)],
    ...(view.isCredit ? [] : [['Vervaldatum', formatDate(invoice.dueDate)] as [string, string]]),
    ...(view.buyerReference ? [['Uw kenmerk', view.buyerReference] as [string, string]] : []),
    ...(partner.debtorReference ? [['Uw debiteurnummer', partner.debtorReference] as [string, string]] : []),
    ['Facturatieperiode', invoice.period],
    ['Periode', `${formatDate(invoice.periodFrom)} t/m ${formatDate(invoice.periodTo)}`],
  ]
  let dy = top
  for (const [label, value] of details) {
    cell(doc, label, 300, dy, 105, { size: 9, color: GREY })
    cell(doc, value, 405, dy, RIGHT - 405, { size: 9, font: label.endsWith('nummer') ? BOLD : undefined })
    dy += 13
  }
  y = Math.max(y, dy) + 18

  // Nature and extent of the service.
  cell(doc, 'Omschrijving', LEFT, y, CONTENT_WIDTH, { font: BOLD, size: 10 })
  y = paragraph(doc, view.description.replace('op het tabblad Cliëntenoverzicht', 'in het cliëntenoverzicht hierna'), LEFT, y + 14, CONTENT_WIDTH) + 14

  // Per plan: clients, monthly fee (unit price), amount.
  const cols = { plan: LEFT, clients: LEFT + 250, fee: LEFT + 320, amount: RIGHT - 110 }
  hline(doc, y - 3)
  cell(doc, 'Abonnementsvorm', cols.plan, y, 240, { font: BOLD })
  cell(doc, 'Cliënten', cols.clients, y, 60, { font: BOLD, align: 'right' })
  cell(doc, 'Tarief per maand', cols.fee, y, 90, { font: BOLD, align: 'right' })
  cell(doc, 'Bedrag excl. btw', cols.amount, y, 110, { font: BOLD, align: 'right' })
  y += ROW + 2
  hline(doc, y - 3)
  for (const plan of view.planRows) {
    cell(doc, plan.label, cols.plan, y, 240)
    cell(doc, String(plan.clients), cols.clients, y, 60, { align: 'right' })
    cell(doc, plan.feeCents === null ? 'wisselend' : formatMoney(plan.feeCents), cols.fee, y, 90, { align: 'right' })
    cell(doc, formatMoney(plan.amountCents), cols.amount, y, 110, { align: 'right' })
    y += ROW
  }
  hline(doc, y)
  y += 5
  cell(doc, 'Subtotaal excl. btw', cols.plan, y, 240, { font: BOLD })
  cell(doc, formatMoney(invoice.subtotalCents), cols.amount, y, 110, { font: BOLD, align: 'right' })
  y += ROW + 2
  cell(doc, view.vatLabel, cols.plan, y, 60)
  if (invoice.vatRatePercent === 0) {
    y = paragraph(doc, invoice.vatExemptionText, cols.plan + 60, y, cols.amount - cols.plan - 70) + 2
  } else {
    cell(doc, formatMoney(invoice.vatCents), cols.amount, y, 110, { align: 'right' })
    y += ROW
  }
  hline(doc, y + 2, 1.2, 'black')
  y += 7
  cell(doc, view.totalLabel, cols.plan, y, 240, { font: BOLD, size: 11 })
  cell(doc, formatMoney(invoice.totalCents), cols.amount - 20, y, 130, { font: BOLD, size: 11, align: 'right' })
  y += 30

  // Payment, with the QR code beside it on a final invoice.
  if (y + (qr ? QR_SIZE + 20 : 60) > CONTENT_BOTTOM) {
    doc.addPage()
    y = MARGIN.top
  }
  const textWidth = qr ? CONTENT_WIDTH - QR_SIZE - 20 : CONTENT_WIDTH
  cell(doc, view.isCredit ? 'Verrekening' : 'Betaling', LEFT, y, textWidth, { font: BOLD, size: 10 })
  const payTop = y + 14
  y = paragraph(doc, view.paymentText, LEFT, payTop, textWidth) + 6
  if (!view.isCredit) {
    const pay: [string, string][] = [
      ['IBAN', op.iban ? formatIban(op.iban) : ''],
      ['Ten name van', op.name],
      ['Betalingskenmerk', view.paymentReference === null ? 'volgt bij de definitieve factuur' : formatPaymentReference(view.paymentReference)],
    ]
    for (const [label, value] of pay) {
      cell(doc, label, LEFT, y, 105, { size: 9, color: GREY })
      cell(doc, value, LEFT + 105, y, textWidth - 105, { size: 9, font: label === 'Betalingskenmerk' && view.paymentReference ? BOLD : undefined })
      y += 13
    }
  }
  if (qr) {
    doc.image(qr, RIGHT - QR_SIZE, payTop - 6, { width: QR_SIZE, height: QR_SIZE })
    cell(doc, 'Scan om te betalen', RIGHT - QR_SIZE, payTop + QR_SIZE - 4, QR_SIZE, { size: 7.5, color: GREY, align: 'right' })
  }
}

/** The client overview from a new page: header repeated on every page, the total kept with the last rows. */
function overviewPages(doc: PDFKit.PDFDocument, invoice: Invoice, view: InvoiceView): void {
  const kind = view.isCredit ? 'creditnota' : 'factuur'
  let y = 0
  const header = (first: boolean) => {
    doc.addPage()
    y = MARGIN.top
    cell(doc, `Cliëntenoverzicht bij ${kind} ${view.numberText}${first ? '' : ' (vervolg)'}`, LEFT, y, CONTENT_WIDTH, { font: BOLD, size: 12 })
    y += 17
    cell(
      doc,
      `${invoice.partner.name} · facturatieperiode ${invoice.period}: ${formatDate(invoice.periodFrom)} t/m ${formatDate(invoice.periodTo)} (${invoice.lines[0]?.periodDays ?? ''} dagen)`,
      LEFT,
      y,
      CONTENT_WIDTH,
      { size: 8.5, color: GREY },
    )
    y += 11
    if (first) {
      cell(
        doc,
        'Bedrag = tarief p/m × gefactureerde dagen ÷ dagen in de periode, per regel afgerond op hele centen. T/m = laatste gefactureerde dag.',
        LEFT,
        y,
        CONTENT_WIDTH,
        { size: 8, color: GREY },
      )
      y += 11
    }
    y += 6
    hline(doc, y - 3)
    let x = LEFT
    for (const c of OVERVIEW) {
      cell(doc, c.header, x + 2, y, c.width - 4, { font: BOLD, size: 8.5, align: c.align })
      x += c.width
    }
    y += ROW
    hline(doc, y - 3)
  }
  header(true)
  const lines = view.lines
  lines.forEach((line, index) => {
    const left = lines.length - index
    // The last two rows stay with the total: no page holds only the total or one lonely row above it.
    const need = left <= 2 ? (left + 1) * ROW + 8 : ROW
    if (y + need > CONTENT_BOTTOM) header(false)
    let x = LEFT
    for (const c of OVERVIEW) {
      cell(doc, c.value(line), x + 2, y, c.width - 4, { size: 8.5, align: c.align })
      x += c.width
    }
    y += ROW
  })
  hline(doc, y)
  y += 5
  const amountWidth = OVERVIEW[OVERVIEW.length - 1]!.width
  cell(
    doc,
    `Totaal excl. btw (${view.clientCount} ${view.clientCount === 1 ? 'cliënt' : 'cliënten'}, ${lines.length} ${lines.length === 1 ? 'regel' : 'regels'})`,
    LEFT + 2,
    y,
    CONTENT_WIDTH - amountWidth - 90,
    { font: BOLD, size: 8.5 },
  )
  cell(doc, formatMoney(invoice.subtotalCents), RIGHT - amountWidth - 40, y, amountWidth + 38, { font: BOLD, size: 8.5, align: 'right' })
}
