import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { CLIENT_FIELDS, PARTNER_FIELDS, USAGE_TEMPLATE_FIELDS } from '@shared/onboarding/fields'
import { recogniseUsageColumns } from '@shared/import/usageColumns'
import { EXIT } from '../../../src/cli/exitCodes'
import { main } from '../../../src/cli/main'
import { readTableFile } from '../../../src/main/import/readTableFile'
import { tempFolder } from '../main/tempFolder'
import { memoryIo } from './memoryIo'
import { writeSmallBackup } from './runFixture'

interface SheetDump {
  readonly sheets: string[]
  readonly headers: (string | null)[]
  readonly example: (string | number | null)[]
  readonly textColumns: string[]
  readonly frozen: string | null
  readonly validations: { type: string; formula: string; sqref: string; allowBlank: boolean }[]
  readonly explained: (string | null)[][]
}

/** openpyxl, an independent reader, says what the template holds: sheets, headers, drop-downs, explanations. */
function readWithOpenpyxl(path: string): SheetDump {
  const script = `
import json, sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
ws = wb.worksheets[0]
ex = wb['Toelichting']
print(json.dumps({
  'sheets': wb.sheetnames,
  'headers': [c.value for c in ws[1]],
  'example': [c.value for c in ws[2]],
  'textColumns': [c.column_letter for c in ws[2] if c.number_format == '@'],
  'frozen': ws.freeze_panes,
  'validations': [{'type': dv.type, 'formula': dv.formula1, 'sqref': str(dv.sqref), 'allowBlank': bool(dv.allow_blank)} for dv in ws.data_validations.dataValidation],
  'explained': [[c.value for c in row] for row in ex.iter_rows(min_row=5)],
}))
`
  return JSON.parse(execFileSync('/usr/bin/python3', ['-c', script, path], { encoding: 'utf8' })) as SheetDump
}

async function writeTemplate(dir: string, kind: string, ...extra: string[]): Promise<string> {
  const io = memoryIo(dir)
  expect(await main(['template', kind, '--out', `${kind}.xlsx`, ...extra], io)).toBe(EXIT.ok)
  expect(io.stdout).toEqual([join(dir, `${kind}.xlsx`)])
  return join(dir, `${kind}.xlsx`)
}

describe('cli template', () => {
  it('writes the clients template: Dutch headers, an example row, drop-down lists and an explanation of every column', async () => {
    const dir = tempFolder('cli-template')
    const dump = readWithOpenpyxl(await writeTemplate(dir, 'clients'))
    expect(dump.sheets).toEqual(['Cliënten', 'Toelichting'])
    expect(dump.headers).toEqual(CLIENT_FIELDS.map((f) => f.header))
    expect(dump.headers.slice(0, 6)).toEqual(['Partner', 'Cliëntnummer', 'Voornaam', 'Achternaam', 'Geboortedatum', 'BSN'])
    expect(dump.example.slice(0, 4)).toEqual(['ZGN', '100234', 'Jan', 'Jansen'])
    expect(dump.frozen).toBe('A2')
    // Client number and BSN are text columns, so Excel keeps leading zeros.
    expect(dump.textColumns).toEqual(expect.arrayContaining(['B', 'F']))
    const col = (key: string) => String.fromCharCode(65 + CLIENT_FIELDS.findIndex((f) => f.key === key))
    expect(dump.validations).toEqual(
      expect.arrayContaining([
        { type: 'list', formula: '"WAAKVLAM,BASIS,PLUS,INTENSIEF,COMPLEET"', sqref: `${col('plan')}2:${col('plan')}5001`, allowBlank: false },
        { type: 'list', formula: '"aangemeld,actief,afgemeld"', sqref: `${col('status')}2:${col('status')}5001`, allowBlank: false },
        {
          type: 'list',
          formula: '"wettelijk vertegenwoordiger,mentor,curator,ouder,gemachtigd contactpersoon"',
          sqref: `${col('representativeRole')}2:${col('representativeRole')}5001`,
          allowBlank: true,
        },
      ]),
    )
    // One range per column: no overlapping validations (Excel would offer to repair the file).
    expect(dump.validations).toHaveLength(4)
    expect(dump.explained.map((row) => row[0])).toEqual(CLIENT_FIELDS.map((f) => f.header))
    for (const row of dump.explained) expect(row.slice(1, 3).every((cell) => typeof cell === 'string' && cell.length > 0)).toBe(true)
    expect(dump.explained.find((row) => row[0] === 'BSN')).toEqual([
      'BSN',
      'afhankelijk van ECD-modus',
      expect.stringContaining('11-proef'),
      expect.stringContaining('ECD-modus eigen'),
    ])
  })

  it('writes the partners template with the ECD mode drop-down and the e-invoice fields', async () => {
    const dir = tempFolder('cli-template')
    const dump = readWithOpenpyxl(await writeTemplate(dir, 'partners'))
    expect(dump.sheets).toEqual(['Partners', 'Toelichting'])
    expect(dump.headers).toEqual(PARTNER_FIELDS.map((f) => f.header))
    expect(dump.headers).toEqual(expect.arrayContaining(['KvK-nummer', 'OIN', 'Uw kenmerk']))
    expect(dump.validations).toContainEqual({ type: 'list', formula: '"partner,eigen"', sqref: 'C2:C5001', allowBlank: false })
    expect(dump.explained.find((row) => row[0] === 'ECD-modus')?.[1]).toBe('ja')
  })

  it('takes the plan codes from a backup when given one', async () => {
    const dir = tempFolder('cli-template')
    writeSmallBackup(dir)
    const dump = readWithOpenpyxl(await writeTemplate(dir, 'clients', '--backup', 'backup.json'))
    const plan = dump.validations.find((v) => v.sqref.startsWith(String.fromCharCode(65 + CLIENT_FIELDS.findIndex((f) => f.key === 'plan'))))
    expect(plan?.formula).not.toContain('COMPLEET')
  })

  it('writes a usage template that the usage import reads as it is', async () => {
    const dir = tempFolder('cli-template')
    const path = await writeTemplate(dir, 'usage')
    const dump = readWithOpenpyxl(path)
    expect(dump.headers).toEqual(USAGE_TEMPLATE_FIELDS.map((f) => f.header))
    const table = await readTableFile(path)
    const columns = recogniseUsageColumns(table.rows)
    expect(columns.ok && columns.columns.shape).toBe('period')
    expect(columns.ok && columns.columns.ignored).toEqual([])
  })

  it('refuses an unknown kind and an existing file, writing nothing', async () => {
    const dir = tempFolder('cli-template')
    const io = memoryIo(dir)
    expect(await main(['template', 'facturen', '--out', 'x.xlsx'], io)).toBe(EXIT.usage)
    expect(io.stderr.join('\n')).toContain('facturen')
    expect(existsSync(join(dir, 'x.xlsx'))).toBe(false)
    await writeTemplate(dir, 'partners')
    const again = memoryIo(dir)
    expect(await main(['template', 'partners', '--out', 'partners.xlsx'], again)).toBe(EXIT.output)
  })
})
