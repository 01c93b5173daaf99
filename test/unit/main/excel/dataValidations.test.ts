import { PassThrough } from 'node:stream'
import JSZip from 'jszip'
import { describe, expect, it } from 'vitest'
import { dataValidationsXml } from '../../../../src/main/excel/dataValidations'
import { StreamingWorkbook } from '../../../../src/main/excel/streamingWorkbook'

/** The bytes a streaming workbook writes, as a zip to look into. */
async function written(build: (workbook: StreamingWorkbook) => void): Promise<JSZip> {
  const out = new PassThrough()
  const chunks: Buffer[] = []
  out.on('data', (chunk: Buffer) => chunks.push(chunk))
  const workbook = new StreamingWorkbook(out)
  build(workbook)
  await workbook.commit()
  out.end()
  return JSZip.loadAsync(Buffer.concat(chunks))
}

describe('data validations', () => {
  it('write a list validation with its error message, every text escaped', () => {
    expect(
      dataValidationsXml([
        {
          sqref: 'C2:C5001',
          formula: '"a&b,<c>"',
          allowBlank: true,
          showErrorMessage: true,
          errorStyle: 'stop',
          errorTitle: 'Ongeldige "waarde"',
          error: "Kies 'n waarde.",
        },
        { sqref: 'D2:D10', formula: '$A$1:$A$3', showInputMessage: true, promptTitle: 'Keuze', prompt: 'Een uit de lijst' },
      ]),
    ).toBe(
      '<dataValidations count="2">' +
        '<dataValidation type="list" allowBlank="1" showErrorMessage="1" errorStyle="stop" errorTitle="Ongeldige &quot;waarde&quot;" error="Kies &apos;n waarde." sqref="C2:C5001">' +
        '<formula1>&quot;a&amp;b,&lt;c&gt;&quot;</formula1></dataValidation>' +
        '<dataValidation type="list" showInputMessage="1" promptTitle="Keuze" prompt="Een uit de lijst" sqref="D2:D10"><formula1>$A$1:$A$3</formula1></dataValidation>' +
        '</dataValidations>',
    )
  })

  it('write nothing for a sheet without any', () => {
    expect(dataValidationsXml([])).toBe('')
  })

  it('go after the merged cells and before the page margins, as the schema orders them; column styles go into <col>', async () => {
    const zip = await written((workbook) => {
      const sheet = workbook.addWorksheet('Blad')
      const text = { numFmt: '@' }
      sheet.columns = [{ width: 12 }, { width: 12, style: text }, { width: 12, style: text }, { width: 9 }]
      sheet.getRow(1).getCell(1).value = 'Kop'
      sheet.mergeCells(1, 1, 1, 2)
      sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: 4 } }
      sheet.addDataValidation({ sqref: 'B2:B5001', formula: '"ja,nee"', showErrorMessage: true })
      sheet.commit()
    })
    const xml = await zip.file('xl/worksheets/sheet1.xml')!.async('string')
    expect(xml).toContain('<cols><col min="1" max="1" width="12" customWidth="1"/><col min="2" max="3" width="12" style="1" customWidth="1"/></cols>')
    expect(xml).toMatch(
      /<\/sheetData><autoFilter ref="A1:D1"\/><mergeCells count="1"><mergeCell ref="A1:B1"\/><\/mergeCells><dataValidations count="1"><dataValidation type="list" showErrorMessage="1" sqref="B2:B5001"><formula1>&quot;ja,nee&quot;<\/formula1><\/dataValidation><\/dataValidations><pageMargins /,
    )
    const styles = await zip.file('xl/styles.xml')!.async('string')
    expect(styles).toContain('<xf numFmtId="49" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>')
  })
})
