import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import { validateBackup } from '@shared/backup/validate'
import { CLIENT_FIELDS, PARTNER_FIELDS } from '@shared/onboarding/fields'
import { EXIT } from '../../../src/cli/exitCodes'
import { main } from '../../../src/cli/main'
import { tempFolder } from '../main/tempFolder'
import { memoryIo } from './memoryIo'
import { writeSmallBackup } from './runFixture'

const TODAY = '2026-11-26'

/** The downloaded template filled in below its header (the example row replaced), as a clerk does in Excel. */
async function filled(dir: string, kind: 'partners' | 'clients', name: string, rows: Record<string, string>[]): Promise<string> {
  expect(await main(['template', kind, '--out', `${kind}-sjabloon.xlsx`, '--backup', 'backup.json', '--force'], memoryIo(dir))).toBe(EXIT.ok)
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.readFile(join(dir, `${kind}-sjabloon.xlsx`))
  const sheet = workbook.worksheets[0]!
  sheet.spliceRows(2, 1)
  const fields = kind === 'partners' ? PARTNER_FIELDS : CLIENT_FIELDS
  rows.forEach((row, i) => fields.forEach((f, c) => (sheet.getRow(i + 2).getCell(c + 1).value = row[f.key] ?? null)))
  await workbook.xlsx.writeFile(join(dir, name))
  return name
}

const readOut = (dir: string, name: string) => {
  const validation = validateBackup(JSON.parse(readFileSync(join(dir, name), 'utf8')))
  if (!validation.ok) throw new Error(validation.problem.code)
  return validation.file.data
}

describe('cli import partners|clients', () => {
  it('template → filled in → partners, then clients imported → verify passes', async () => {
    const dir = tempFolder('cli-onboard')
    writeSmallBackup(dir)
    const partners = await filled(dir, 'partners', 'partners.xlsx', [
      {
        name: 'Eigen Huis',
        shortCode: 'EH',
        ecdMode: 'eigen',
        street: 'Markt 1',
        postcode: '5611 AA',
        city: 'Eindhoven',
        invoiceEmail: 'f@eh.nl',
        oin: '00000001234567890000',
      },
    ])
    const io = memoryIo(dir)
    const code1 = await main(['import', 'partners', '--backup', 'backup.json', '--file', partners, '--out', 'stap1.json', '--today', TODAY], io)
    expect(code1, io.stderr.join('\n')).toBe(EXIT.ok)
    expect(io.stderr.at(-1)).toBe('Ingelezen uit partners.xlsx: 1 nieuw, 0 bijgewerkt.')
    const step1 = readOut(dir, 'stap1.json')
    expect(step1.partners.find((p) => p.shortCode === 'EH')?.oin).toBe('00000001234567890000')
    expect(step1.auditEntries.at(-1)).toMatchObject({ event: 'partnersImported', params: { source: 'partners.xlsx', created: 1, updated: 0 } })

    const clients = await filled(dir, 'clients', 'clienten.xlsx', [
      {
        partner: 'EH',
        clientNumber: '000042',
        firstName: 'Els',
        lastName: 'Eigen',
        birthDate: '01-01-1950',
        bsn: '111222333',
        status: 'afgemeld',
        registrationDate: '01-03-2026',
        activationDate: '02-03-2026',
        plan: 'BASIS',
        planFrom: '02-03-2026',
        planUntil: '01-06-2026',
        deregistrationReceivedDate: '10-11-2026',
        deregistrationRequestedDate: '20-10-2026',
        deregistrationEffectiveDate: '20-10-2026',
      },
      { partner: 'EH', clientNumber: '000042', plan: 'PLUS', planFrom: '01-06-2026' },
      {
        partner: 'Zorggroep Noord',
        clientNumber: '0777',
        firstName: 'Jan',
        lastName: 'Nieuw',
        status: 'actief',
        registrationDate: '01-10-2026',
        activationDate: '05-10-2026',
        plan: 'PLUS',
        intakeCompletedBeforeTransfer: 'ja',
      },
    ])
    const io2 = memoryIo(dir)
    const code2 = await main(['import', 'clients', '--backup', 'stap1.json', '--file', clients, '--out', 'stap2.json', '--today', TODAY], io2)
    expect(code2, io2.stderr.join('\n')).toBe(EXIT.ok)
    expect(io2.stderr.at(-1)).toBe('Ingelezen uit clienten.xlsx: 2 nieuw, 0 bijgewerkt.')
    const step2 = readOut(dir, 'stap2.json')
    const els = step2.clients.find((c) => c.lastName === 'Eigen')!
    expect(step2.subscriptionPeriods.filter((p) => p.clientId === els.id).map((p) => [p.from, p.until])).toEqual([
      ['2026-03-02', '2026-06-01'],
      ['2026-06-01', '2026-10-20'],
    ])
    expect(step2.clients.find((c) => c.clientNumber === '0777')?.intake.completedBeforeTransfer).toBe(true)

    const verify = memoryIo(dir)
    const code3 = await main(['verify', '--backup', 'stap2.json', '--today', TODAY], verify)
    expect(code3, [...verify.stdout, ...verify.stderr].join('\n')).toBe(EXIT.ok)
  })

  it('refuses a file with bad rows whole, naming each row, column and reason, and writes nothing', async () => {
    const dir = tempFolder('cli-onboard')
    writeSmallBackup(dir)
    writeFileSync(
      join(dir, 'clienten.csv'),
      [
        'Partner;Cliëntnummer;Voornaam;Achternaam;Status;Aanmelddatum;Activeringsdatum;Abonnement',
        'P1;900;Jan;Goed;actief;01-10-2026;05-10-2026;PLUS',
        'P1;901;Piet;Fout;actief;01-10-2026;;GOUD',
        'ONBEKEND;902;Kees;Fout;aangemeld;01-10-2026;;PLUS',
      ].join('\r\n'),
    )
    const io = memoryIo(dir)
    expect(await main(['import', 'clients', '--backup', 'backup.json', '--file', 'clienten.csv', '--out', 'uit.json', '--today', TODAY], io)).toBe(
      EXIT.inconsistent,
    )
    expect(io.stderr.join('\n')).toContain('2 van de 3 regels zijn fout')
    expect(io.stderr.join('\n')).toContain('Regel 3 (Activeringsdatum): Activeringsdatum ontbreekt: verplicht bij status actief')
    expect(io.stderr.join('\n')).toContain('Regel 3 (Abonnement): Onbekende abonnementsvorm "GOUD"')
    expect(io.stderr.join('\n')).toContain('Regel 4 (Partner): Onbekende partner "ONBEKEND"')
    expect(existsSync(join(dir, 'uit.json'))).toBe(false)
  })

  it('refuses a file without a required column, naming it', async () => {
    const dir = tempFolder('cli-onboard')
    writeSmallBackup(dir)
    writeFileSync(join(dir, 'p.csv'), 'Naam;Korte code\r\nA;AA')
    const io = memoryIo(dir)
    expect(await main(['import', 'partners', '--backup', 'backup.json', '--file', 'p.csv', '--out', 'uit.json', '--lang', 'en'], io)).toBe(EXIT.inconsistent)
    expect(io.stderr.join('\n')).toContain('Column(s) ECD-modus, Factuuradres')
    expect(existsSync(join(dir, 'uit.json'))).toBe(false)
  })

  it('refuses a missing or unreadable file as an input problem, exit code 3 like import usage', async () => {
    const dir = tempFolder('cli-onboard')
    writeSmallBackup(dir)
    writeFileSync(join(dir, 'oud.xls'), 'not a workbook')
    for (const [kind, file] of [
      ['partners', 'ontbreekt.csv'],
      ['clients', 'ontbreekt.xlsx'],
      ['clients', 'oud.xls'],
    ] as const) {
      const io = memoryIo(dir)
      expect(await main(['import', kind, '--backup', 'backup.json', '--file', file, '--out', 'uit.json', '--lang', 'en'], io), io.stderr.join('\n')).toBe(
        EXIT.input,
      )
      expect(io.stderr.at(-1)).toContain(file)
      expect(existsSync(join(dir, 'uit.json'))).toBe(false)
    }
  })
})
