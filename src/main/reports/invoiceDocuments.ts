import { join } from 'node:path'
import type { CalendarDate } from '@shared/calendar/calendarDate'
import { invoiceToUbl, type UblSkipReason } from '@shared/einvoice/invoiceToUbl'
import type { Invoice } from '@shared/model/invoice'
import { writeDocumentFile } from '../files/documentFile'
import { invoiceEmailDraft, type DraftAttachment } from '../mail/emlDraft'
import { invoicePdfBytes, type PdfLogo } from '../pdf/invoicePdf'
import type { WriteReportOptions } from './reportContext'
import { invoiceFileName } from './reportFileNames'

/** What goes to a partner besides the workbook: the PDF always, for a final document the e-invoice and the e-mail draft. */
export interface InvoiceDocuments {
  readonly pdf: Buffer
  readonly pages: number
  /** The SI-UBL 2.0 file, or why there is none (a concept, a partner without KvK number or OIN, …). */
  readonly ubl: { readonly ok: true; readonly xml: string } | { readonly ok: false; readonly reason: UblSkipReason }
  /** Null for a concept: only final documents are sent. */
  readonly email: string | null
}

/**
 * Makes an invoice's documents in memory (a few hundred kB, one invoice at a time), so the PDF is made once
 * and the same bytes are written as a file and attached to the draft.
 */
export async function makeInvoiceDocuments(invoice: Invoice, generatedOn: CalendarDate, logo: PdfLogo | null = null): Promise<InvoiceDocuments> {
  const { bytes: pdf, pages } = await invoicePdfBytes(invoice, generatedOn, logo)
  const ubl = invoiceToUbl(invoice)
  if (invoice.status !== 'definitief' || invoice.number === null) return { pdf, pages, ubl, email: null }
  const attachments: DraftAttachment[] = [{ fileName: invoiceFileName(invoice, 'pdf'), contentType: 'application/pdf', content: pdf }]
  if (ubl.ok) attachments.push({ fileName: invoiceFileName(invoice, 'xml'), contentType: 'application/xml', content: ubl.xml })
  return { pdf, pages, ubl: ubl.ok ? { ok: true, xml: ubl.xml } : ubl, email: invoiceEmailDraft(invoice, attachments, `${invoice.number}${invoice.id}`) }
}

export interface WrittenDocument {
  readonly kind: 'factuur-pdf' | 'e-factuur' | 'e-mailconcept'
  readonly partnerId: string
  readonly path: string
  readonly rows: number
}

/**
 * Writes an invoice's documents one after another beside its workbook (the invoicing screen's "write the
 * final invoices" and "rewrite"); `onFile` hears each complete file, so a failure halfway can name them.
 */
export async function writeInvoiceDocumentFiles(
  folder: string,
  invoice: Invoice,
  generatedOn: CalendarDate,
  onFile: (file: WrittenDocument) => void,
  options: WriteReportOptions = {},
  logo: PdfLogo | null = null,
): Promise<void> {
  const documents = await makeInvoiceDocuments(invoice, generatedOn, logo)
  const write = async (kind: WrittenDocument['kind'], extension: 'pdf' | 'xml' | 'eml', content: Uint8Array | string) => {
    const path = await writeDocumentFile(join(folder, invoiceFileName(invoice, extension)), content, options)
    onFile({ kind, partnerId: invoice.partnerId, path, rows: invoice.lines.length })
  }
  await write('factuur-pdf', 'pdf', documents.pdf)
  if (documents.ubl.ok) await write('e-factuur', 'xml', documents.ubl.xml)
  if (documents.email !== null) await write('e-mailconcept', 'eml', documents.email)
}
