import type { TableRow } from '../import/table'
import type { ContactPerson, Partner } from '../model/partner'
import { onboardingProblem, type OnboardingProblem } from '../problems/onboarding'
import { readChoice, readDigits, readEmail, readPhone, readPostcode, readText, readYesNo } from './cells'
import type { ColumnChoices, ColumnMatch } from './columnMapping'
import { FIXED_CHOICES, PARTNER_FIELDS, type PartnerFieldKey } from './fields'
import { fileRows } from './fileRows'
import { RowReader, type RowProblem } from './rowReader'

/** A partner as a file row gives it; `contact` null when the row names no contact person. */
export interface ParsedPartner {
  readonly line: number
  readonly fields: Omit<Partner, 'id' | 'contacts'>
  readonly contact: ContactPerson | null
}

export type PartnerRowsResult =
  | { readonly ok: false; readonly problem: OnboardingProblem; readonly match: ColumnMatch | null }
  | {
      readonly ok: true
      readonly match: ColumnMatch
      readonly dataRows: number
      readonly partners: readonly ParsedPartner[]
      readonly problems: readonly RowProblem[]
    }

const SHORT_CODE = /^[A-Z0-9]{2,10}$/

function parseRow(r: RowReader<PartnerFieldKey>): ParsedPartner | null {
  const required = (field: PartnerFieldKey) => {
    if (!r.has(field)) r.report(field, onboardingProblem('onboarding.required', { column: r.column(field) }))
  }
  for (const field of ['name', 'shortCode', 'ecdMode', 'street', 'postcode', 'city', 'invoiceEmail'] as const) required(field)
  const shortCode = r.text('shortCode').toUpperCase()
  if (shortCode !== '' && !SHORT_CODE.test(shortCode)) r.report('shortCode', onboardingProblem('onboarding.invalidShortCode', { value: r.text('shortCode') }))
  const ecdMode = r.take('ecdMode', readChoice(r.cell('ecdMode'), r.column('ecdMode'), FIXED_CHOICES.ecdMode), null)
  const postcode = r.has('postcode') ? r.take('postcode', readPostcode(r.cell('postcode')), '') : ''
  const invoiceEmail = r.take('invoiceEmail', readEmail(r.cell('invoiceEmail'), r.column('invoiceEmail')), '')
  const fields = {
    name: r.take('name', readText(r.cell('name'), r.column('name'), 200), ''),
    shortCode,
    ecdMode: ecdMode ?? 'partner',
    invoiceAddress: {
      street: r.take('street', readText(r.cell('street'), r.column('street'), 200), ''),
      postcode,
      city: r.take('city', readText(r.cell('city'), r.column('city'), 200), ''),
    },
    invoiceEmail,
    debtorReference: r.take('debtorReference', readText(r.cell('debtorReference'), r.column('debtorReference'), 50), ''),
    kvkNumber: r.take('kvkNumber', readDigits(r.cell('kvkNumber'), 8, 'onboarding.invalidKvk'), ''),
    oin: r.take('oin', readDigits(r.cell('oin'), 20, 'onboarding.invalidOin'), ''),
    purchaseOrderReference: r.take('purchaseOrderReference', readText(r.cell('purchaseOrderReference'), r.column('purchaseOrderReference'), 100), ''),
    notes: r.take('notes', readText(r.cell('notes'), r.column('notes'), 2000), ''),
    active: r.take('active', readYesNo(r.cell('active'), r.column('active'), true), true),
  } satisfies Omit<Partner, 'id' | 'contacts'>
  const contactGiven = (['contactName', 'contactRole', 'contactEmail', 'contactPhone'] as const).some((f) => r.has(f))
  if (contactGiven && !r.has('contactName')) r.report('contactName', onboardingProblem('onboarding.required', { column: r.column('contactName') }))
  const contact: ContactPerson | null = contactGiven
    ? {
        name: r.take('contactName', readText(r.cell('contactName'), r.column('contactName'), 200), ''),
        role: r.take('contactRole', readText(r.cell('contactRole'), r.column('contactRole'), 200), ''),
        email: r.take('contactEmail', readEmail(r.cell('contactEmail'), r.column('contactEmail')), ''),
        phone: r.take('contactPhone', readPhone(r.cell('contactPhone'), r.column('contactPhone')), ''),
      }
    : null
  return r.problems.length === 0 ? { line: r.line, fields, contact } : null
}

/**
 * Reads a partners file: one partner per row, every cell checked, each problem with its
 * row, field and reason. A short code twice in the file is refused at the second row. Whether a partner is
 * new or already exists (same short code) is for the preview to say.
 */
export function parsePartnerRows(rows: readonly TableRow[], choices: ColumnChoices = {}): PartnerRowsResult {
  const file = fileRows(rows, PARTNER_FIELDS, choices)
  if (!file.ok) return file
  const partners: ParsedPartner[] = []
  const problems: RowProblem[] = []
  const firstLine = new Map<string, number>()
  for (const row of file.data) {
    const r = new RowReader(file.match, PARTNER_FIELDS, row)
    const parsed = parseRow(r)
    const code = r.text('shortCode').toUpperCase()
    const first = firstLine.get(code)
    if (code !== '' && first !== undefined) r.report('shortCode', onboardingProblem('onboarding.duplicateShortCode', { shortCode: code, firstLine: first }))
    else if (code !== '') firstLine.set(code, row.line)
    problems.push(...r.problems)
    if (parsed !== null && r.problems.length === 0) partners.push(parsed)
  }
  return { ok: true, match: file.match, dataRows: file.data.length, partners, problems }
}
