import type { Invoice } from '@shared/model/invoice'
import { formatDate } from '@shared/format/date'
import { formatMoney } from '@shared/format/money'
import { formatPaymentReference, invoicePaymentReference } from '@shared/reports/paymentReference'
import { invoiceNote } from '@shared/reports/invoiceReport'

export interface DraftAttachment {
  readonly fileName: string
  readonly contentType: string
  readonly content: Uint8Array | string
}

/**
 * The e-mail draft of a final invoice or credit note: an RFC 5322 / MIME message with
 * `X-Unsent: 1`, which classic Outlook for Windows opens as an unsent draft ready to send; Apple Mail and
 * the new Outlook open it as a received message (docs/invoicing.md says how to forward it from there). To
 * the partner's invoice e-mail as frozen with the invoice, no sender (the mail program fills in its own
 * account), a short Dutch text, the documents attached (base64). The app stores no mail password and
 * sends nothing.
 */
export function invoiceEmailDraft(invoice: Invoice, attachments: readonly DraftAttachment[], boundarySeed: string): string {
  const isCredit = invoice.kind === 'creditnota'
  const kind = isCredit ? 'Creditnota' : 'Factuur'
  const number = invoice.number ?? 'CONCEPT'
  // A demo invoice says so before anything else, so a draft sent by mistake cannot pass for a real invoice.
  const subject = `${invoice.demo ? EXAMPLE_SUBJECT : ''}${kind} ${number} ${invoice.period} ${invoice.operator.name}`
  const boundary = `=_clientadministratie_${boundarySeed.replace(/[^A-Za-z0-9]/g, '')}`
  const headers = [
    'X-Unsent: 1',
    `To: ${addressHeader(invoice.partner.name, invoice.partner.invoiceEmail)}`,
    `Subject: ${encodeWord(subject)}`,
    'MIME-Version: 1.0',
    `Content-Type: multipart/mixed; boundary="${boundary}"`,
  ]
  const parts = [
    part(['Content-Type: text/plain; charset=UTF-8', 'Content-Transfer-Encoding: base64'], base64Lines(Buffer.from(bodyText(invoice), 'utf8'))),
    ...attachments.map((a) =>
      part(
        [
          `Content-Type: ${a.contentType}; name="${encodeWord(a.fileName)}"`,
          'Content-Transfer-Encoding: base64',
          `Content-Disposition: attachment; filename="${encodeWord(a.fileName)}"`,
        ],
        base64Lines(typeof a.content === 'string' ? Buffer.from(a.content, 'utf8') : Buffer.from(a.content)),
      ),
    ),
  ]
  return [...headers, '', 'Dit is een bericht in MIME-formaat.', ...parts.map((p) => `--${boundary}\r\n${p}`), `--${boundary}--`, ''].join('\r\n')
}

/** What the subject of a demo invoice's draft starts with. */
export const EXAMPLE_SUBJECT = 'VOORBEELD – '
/** The first paragraph of a demo invoice's draft. */
export const EXAMPLE_TEXT = 'VOORBEELD – dit bericht en de bijlagen zijn gemaakt met demogegevens. Dit is geen echte factuur; er hoeft niets te worden betaald.'

/** The Dutch text of the message; the figures are the invoice's own. */
export function bodyText(invoice: Invoice): string {
  const isCredit = invoice.kind === 'creditnota'
  const op = invoice.operator
  const period = `facturatieperiode ${invoice.period} (${formatDate(invoice.periodFrom)} t/m ${formatDate(invoice.periodTo)})`
  const reference = invoicePaymentReference(invoice)
  const lines = isCredit
    ? [
        'Geachte heer, mevrouw,',
        '',
        `Bijgaand ontvangt u creditnota ${invoice.number ?? ''} van ${formatMoney(Math.abs(invoice.totalCents))}, die factuur ${invoice.correctsInvoiceNumber ?? ''} over de ${period} corrigeert. Het bedrag wordt verrekend of aan u terugbetaald.`,
      ]
    : [
        'Geachte heer, mevrouw,',
        '',
        `Bijgaand ontvangt u factuur ${invoice.number ?? ''} voor begeleiding op afstand over de ${period}.`,
        `Wij verzoeken u ${formatMoney(invoice.totalCents)} uiterlijk ${formatDate(invoice.dueDate)} over te maken${op.iban ? ` op rekening ${op.iban}` : ''} ten name van ${op.name}${reference ? `, onder vermelding van betalingskenmerk ${formatPaymentReference(reference)}` : ''}.`,
      ]
  const kenmerk = invoice.partner.purchaseOrderReference ? [`Uw kenmerk: ${invoice.partner.purchaseOrderReference}`] : []
  const note = invoiceNote(invoice)
  return [
    ...(invoice.demo ? [EXAMPLE_TEXT, ''] : []),
    ...lines,
    ...(note === '' ? [] : [note]),
    ...kenmerk,
    '',
    'De factuur is als pdf bijgevoegd, met het cliëntenoverzicht; een e-factuur (SI-UBL 2.0) is bijgevoegd als uw organisatie een KvK-nummer of OIN bij ons heeft.',
    '',
    'Met vriendelijke groet,',
    '',
    op.name,
    [op.phone && `Telefoon ${op.phone}`, op.email && `E-mail ${op.email}`].filter(Boolean).join(' · '),
    '',
  ].join('\r\n')
}

function part(headers: readonly string[], body: string): string {
  return `${headers.join('\r\n')}\r\n\r\n${body}`
}

function base64Lines(bytes: Buffer): string {
  return (bytes.toString('base64').match(/.{1,76}/g) ?? []).join('\r\n')
}

/** RFC 2047 for a header text that is not plain ASCII (names with é, the euro sign). */
function encodeWord(text: string): string {
  // Printable ASCII is exactly what a header may carry as is.
  if (/^[\x20-\x7e]*$/.test(text) && !text.includes('=?')) return text.replace(/"/g, "'")
  return `=?UTF-8?B?${Buffer.from(text, 'utf8').toString('base64')}?=`
}

function addressHeader(name: string, email: string): string {
  const display = /^[A-Za-z0-9 .-]*$/.test(name) ? `"${name}"` : encodeWord(name)
  return `${display} <${email}>`
}
