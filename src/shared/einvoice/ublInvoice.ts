/**
 * SI-UBL 2.0 (NLCIUS on EN 16931) `Invoice` for exempt care, built from a self-contained input so that the
 * app and the command line write the same XML. Element order follows the UBL 2.1 schema.
 */
export interface UblParty {
  readonly name: string
  readonly street: string
  readonly postcode: string
  readonly city: string
  /** KvK number (scheme 0106) or OIN (scheme 0190). */
  readonly legalId: { readonly scheme: '0106' | '0190'; readonly value: string }
  readonly vatId?: string
}

export interface UblLine {
  readonly id: string
  readonly name: string
  readonly quantity: number
  readonly unitPriceCents: number
  readonly amountCents: number
}

export interface UblInvoiceInput {
  readonly number: string
  readonly issueDate: string
  readonly dueDate: string
  readonly buyerReference: string
  readonly seller: UblParty & { readonly vatId: string }
  readonly buyer: UblParty
  readonly iban: string
  readonly paymentId: string
  readonly exemptionText: string
  readonly lines: readonly UblLine[]
  /** The document's one note (BT-22; PEPPOL allows one): a demo's mark, a credit note's reason, what a correction corrects; '' for none. */
  readonly note?: string
}

const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
const money = (cents: number): string => `${cents < 0 ? '-' : ''}${Math.floor(Math.abs(cents) / 100)}.${String(Math.abs(cents) % 100).padStart(2, '0')}`
const amount = (tag: string, cents: number): string => `<cbc:${tag} currencyID="EUR">${money(cents)}</cbc:${tag}>`

function party(p: UblParty): string {
  return [
    '<cac:Party>',
    `<cbc:EndpointID schemeID="${p.legalId.scheme}">${esc(p.legalId.value)}</cbc:EndpointID>`,
    `<cac:PartyName><cbc:Name>${esc(p.name)}</cbc:Name></cac:PartyName>`,
    '<cac:PostalAddress>',
    `<cbc:StreetName>${esc(p.street)}</cbc:StreetName><cbc:CityName>${esc(p.city)}</cbc:CityName><cbc:PostalZone>${esc(p.postcode)}</cbc:PostalZone>`,
    '<cac:Country><cbc:IdentificationCode>NL</cbc:IdentificationCode></cac:Country>',
    '</cac:PostalAddress>',
    p.vatId === undefined
      ? ''
      : `<cac:PartyTaxScheme><cbc:CompanyID>${esc(p.vatId)}</cbc:CompanyID><cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme></cac:PartyTaxScheme>`,
    `<cac:PartyLegalEntity><cbc:RegistrationName>${esc(p.name)}</cbc:RegistrationName><cbc:CompanyID schemeID="${p.legalId.scheme}">${esc(p.legalId.value)}</cbc:CompanyID></cac:PartyLegalEntity>`,
    '</cac:Party>',
  ].join('')
}

const exemptCategory = (text: string | null): string =>
  `<cac:TaxCategory><cbc:ID>E</cbc:ID><cbc:Percent>0</cbc:Percent>${text === null ? '' : `<cbc:TaxExemptionReason>${esc(text)}</cbc:TaxExemptionReason>`}<cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme></cac:TaxCategory>`

/** A credit note: amounts positive, referring to the credited invoice number; no payment reference. */
export interface UblCreditNoteInput extends Omit<UblInvoiceInput, 'dueDate' | 'paymentId'> {
  readonly creditedInvoiceNumber: string
}

export function buildUblInvoice(input: UblInvoiceInput): string {
  return buildDocument('Invoice', input)
}

export function buildUblCreditNote(input: UblCreditNoteInput): string {
  return buildDocument('CreditNote', input)
}

function buildDocument(kind: 'Invoice' | 'CreditNote', input: UblCreditNoteInput | UblInvoiceInput): string {
  const isInvoice = kind === 'Invoice'
  const lineTag = isInvoice ? 'InvoiceLine' : 'CreditNoteLine'
  const quantityTag = isInvoice ? 'InvoicedQuantity' : 'CreditedQuantity'
  const total = input.lines.reduce((sum, line) => sum + line.amountCents, 0)
  const lines = input.lines.map(
    (line) =>
      `<cac:${lineTag}><cbc:ID>${esc(line.id)}</cbc:ID><cbc:${quantityTag} unitCode="C62">${line.quantity}</cbc:${quantityTag}>${amount('LineExtensionAmount', line.amountCents)}` +
      `<cac:Item><cbc:Name>${esc(line.name)}</cbc:Name><cac:ClassifiedTaxCategory><cbc:ID>E</cbc:ID><cbc:Percent>0</cbc:Percent><cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme></cac:ClassifiedTaxCategory></cac:Item>` +
      `<cac:Price>${amount('PriceAmount', line.unitPriceCents)}</cac:Price></cac:${lineTag}>`,
  )
  return [
    '<?xml version="1.0" encoding="UTF-8"?>\n',
    `<${kind} xmlns="urn:oasis:names:specification:ubl:schema:xsd:${kind}-2" xmlns:cac="urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2" xmlns:cbc="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2">`,
    '<cbc:CustomizationID>urn:cen.eu:en16931:2017#compliant#urn:fdc:nen.nl:nlcius:v1.0</cbc:CustomizationID>',
    '<cbc:ProfileID>urn:fdc:peppol.eu:2017:poacc:billing:01:1.0</cbc:ProfileID>',
    `<cbc:ID>${esc(input.number)}</cbc:ID><cbc:IssueDate>${input.issueDate}</cbc:IssueDate>`,
    'dueDate' in input
      ? `<cbc:DueDate>${input.dueDate}</cbc:DueDate><cbc:InvoiceTypeCode>380</cbc:InvoiceTypeCode>`
      : '<cbc:CreditNoteTypeCode>381</cbc:CreditNoteTypeCode>',
    input.note ? `<cbc:Note>${esc(input.note)}</cbc:Note>` : '',
    '<cbc:DocumentCurrencyCode>EUR</cbc:DocumentCurrencyCode>',
    `<cbc:BuyerReference>${esc(input.buyerReference)}</cbc:BuyerReference>`,
    'creditedInvoiceNumber' in input
      ? `<cac:BillingReference><cac:InvoiceDocumentReference><cbc:ID>${esc(input.creditedInvoiceNumber)}</cbc:ID></cac:InvoiceDocumentReference></cac:BillingReference>`
      : '',
    `<cac:AccountingSupplierParty>${party(input.seller)}</cac:AccountingSupplierParty>`,
    `<cac:AccountingCustomerParty>${party(input.buyer)}</cac:AccountingCustomerParty>`,
    `<cac:PaymentMeans><cbc:PaymentMeansCode>58</cbc:PaymentMeansCode>${'paymentId' in input ? `<cbc:PaymentID>${esc(input.paymentId)}</cbc:PaymentID>` : ''}<cac:PayeeFinancialAccount><cbc:ID>${esc(input.iban)}</cbc:ID></cac:PayeeFinancialAccount></cac:PaymentMeans>`,
    `<cac:TaxTotal>${amount('TaxAmount', 0)}<cac:TaxSubtotal>${amount('TaxableAmount', total)}${amount('TaxAmount', 0)}${exemptCategory(input.exemptionText)}</cac:TaxSubtotal></cac:TaxTotal>`,
    `<cac:LegalMonetaryTotal>${amount('LineExtensionAmount', total)}${amount('TaxExclusiveAmount', total)}${amount('TaxInclusiveAmount', total)}${amount('PayableAmount', total)}</cac:LegalMonetaryTotal>`,
    ...lines,
    `</${kind}>\n`,
  ].join('')
}
