import { deflateRawSync, constants } from 'node:zlib'
import JSZip from 'jszip'
import { describe, expect, it } from 'vitest'
import { partChecksum, zipPieces, type DeflatedPart } from '../../../bench/floorZip'

function part(name: string, text: string): DeflatedPart {
  const data = Buffer.from(text, 'utf8')
  return { name: Buffer.from(name, 'utf8'), crc: partChecksum(data), size: data.length, deflated: deflateRawSync(data, { level: constants.Z_BEST_SPEED }) }
}

describe('the floor zip', () => {
  it('is a zip any reader opens, with every part as it went in', async () => {
    const sheet = `<sheetData>${'<row r="1"><c r="A1"><v>1</v></c></row>'.repeat(500)}</sheetData>`
    const parts = [
      part('[Content_Types].xml', '<Types/>'),
      part('xl/worksheets/sheet1.xml', sheet),
      part('xl/sharedStrings.xml', '<sst><si><t>Cliënt</t></si></sst>'),
    ]
    const zip = await JSZip.loadAsync(Buffer.concat(zipPieces(parts)), { checkCRC32: true })
    expect(Object.keys(zip.files)).toEqual(['[Content_Types].xml', 'xl/worksheets/sheet1.xml', 'xl/sharedStrings.xml'])
    expect(await zip.file('xl/sharedStrings.xml')!.async('string')).toBe('<sst><si><t>Cliënt</t></si></sst>')
    expect(await zip.file('xl/worksheets/sheet1.xml')!.async('string')).toBe(sheet)
  })
})
