import { execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { buildUblCreditNote, buildUblInvoice, type UblInvoiceInput } from '@shared/einvoice/ublInvoice'

// The official rules sit in `../shared/validation` beside the repository; a git worktree sits one folder deeper.
const root = resolve(__dirname, '../../../..')
const validation = [join(root, '../shared/validation'), join(root, '../../shared/validation')].find((p) => existsSync(p)) ?? join(root, '../shared/validation')
const invoiceXsd = join(validation, 'ubl-2.1/xsd/maindoc/UBL-Invoice-2.1.xsd')
const creditXsd = join(validation, 'ubl-2.1/xsd/maindoc/UBL-CreditNote-2.1.xsd')
const xsl = join(validation, 'si-ubl-2.0/si-ubl-2.0.xsl')

const good: UblInvoiceInput = {
  number: '2026-0001',
  issueDate: '2026-10-01',
  dueDate: '2026-10-31',
  buyerReference: 'PO-4711',
  seller: {
    name: 'Zorgdienst 24x7 B.V.',
    street: 'Stationsplein 1',
    postcode: '3511 ED',
    city: 'Utrecht',
    legalId: { scheme: '0106', value: '12345678' },
    vatId: 'NL123456789B01',
  },
  buyer: { name: 'Gemeente Voorbeeld', street: 'Markt 2', postcode: '1234 AB', city: 'Voorbeeld', legalId: { scheme: '0190', value: '00000001234567890000' } },
  iban: 'NL91ABNA0417164300',
  paymentId: '5000056789012345',
  exemptionText: 'Vrijgesteld van btw, art. 11 lid 1 onderdeel g Wet OB 1968',
  lines: [
    { id: '1', name: 'Abonnement Basis, 3 cliënten', quantity: 3, unitPriceCents: 2500, amountCents: 7500 },
    { id: '2', name: 'Abonnement Plus, 1 cliënt', quantity: 1, unitPriceCents: 4250, amountCents: 4250 },
  ],
}

/** What each file is changed into, and the rule that must then fire. */
const broken: Record<string, [string, (xml: string) => string]> = {
  'br-e-02': ['BR-E-02', (x) => x.replace(/<cac:PartyTaxScheme>.*?<\/cac:PartyTaxScheme>/, '')],
  'br-nl-1': ['BR-NL-1', (x) => x.replace(/<cbc:CompanyID schemeID="0106">12345678<\/cbc:CompanyID>/, '')],
  'br-e-10': ['BR-E-10', (x) => x.replace(/<cbc:TaxExemptionReason>.*?<\/cbc:TaxExemptionReason>/, '')],
  'br-nl-10': ['BR-NL-10', (x) => x.replace(/<cbc:CompanyID schemeID="0190">.*?<\/cbc:CompanyID>/, '')],
  'br-nl-2': ['BR-NL-2', (x) => x.replace(/<cbc:BuyerReference>.*?<\/cbc:BuyerReference>/, '')],
  'br-nl-11': ['BR-NL-11', (x) => x.replace(/<cac:PaymentMeans>.*?<\/cac:PaymentMeans>/, '')],
  'br-61': ['BR-61', (x) => x.replace(/<cac:PayeeFinancialAccount>.*?<\/cac:PayeeFinancialAccount>/, '')],
  'br-08': ['BR-08', (x) => x.replace(/(<cac:AccountingSupplierParty>.*?)<cac:PostalAddress>.*?<\/cac:PostalAddress>/, '$1')],
  'br-10': ['BR-10', (x) => x.replace(/(<cac:AccountingCustomerParty>.*?)<cac:PostalAddress>.*?<\/cac:PostalAddress>/, '$1')],
}

let dir = ''
let fatal: Record<string, string[]> = {}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'ubl-'))
  const inDir = join(dir, 'in')
  const outDir = join(dir, 'out')
  mkdirSync(inDir)
  mkdirSync(outDir)
  const xml = buildUblInvoice(good)
  writeFileSync(join(inDir, 'good.xml'), xml)
  const { dueDate: _due, paymentId: _ref, ...rest } = good
  writeFileSync(join(inDir, 'credit.xml'), buildUblCreditNote({ ...rest, number: '2026-0002', creditedInvoiceNumber: good.number }))
  for (const [name, [, change]] of Object.entries(broken)) writeFileSync(join(inDir, `${name}.xml`), change(xml))
  execFileSync('java', ['-cp', '/usr/share/java/Saxon-HE.jar', 'net.sf.saxon.Transform', `-s:${inDir}`, `-xsl:${xsl}`, `-o:${outDir}`], { stdio: 'pipe' })
  fatal = Object.fromEntries(
    readdirSync(outDir).map((file) => {
      const svrl = readFileSync(join(outDir, file), 'utf8')
      const ids = [...svrl.matchAll(/<svrl:failed-assert\b[^>]*>/g)]
        .map((m) => m[0])
        .filter((tag) => /flag="fatal"/.test(tag))
        .map((tag) => /\bid="([^"]+)"/.exec(tag)?.[1] ?? '?')
      return [file.replace(/\.xml$/, ''), ids]
    }),
  )
}, 120_000)

describe('SI-UBL 2.0 invoice', () => {
  it('passes the UBL 2.1 schema', () => {
    execFileSync('xmllint', ['--noout', '--schema', invoiceXsd, join(dir, 'in', 'good.xml')], { stdio: 'pipe' })
  })

  it('has zero fatal SI-UBL findings', () => {
    expect(fatal['good']).toEqual([])
  })

  it('writes a credit note that passes both checks and refers to the invoice', () => {
    execFileSync('xmllint', ['--noout', '--schema', creditXsd, join(dir, 'in', 'credit.xml')], { stdio: 'pipe' })
    expect(fatal['credit']).toEqual([])
    expect(readFileSync(join(dir, 'in', 'credit.xml'), 'utf8')).toContain('<cac:InvoiceDocumentReference><cbc:ID>2026-0001</cbc:ID>')
  })

  it.each(Object.entries(broken))('a file broken for %s gives that finding', (name, [rule]) => {
    expect(fatal[name]).toContain(rule)
  })
})
