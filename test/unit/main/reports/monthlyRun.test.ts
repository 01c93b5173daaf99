import { join } from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import { runMonthlyReports, type MonthlyRunInput } from '../../../../src/main/reports/monthlyRun'
import { TEMP_FILE_PREFIX } from '../../../../src/main/files/atomicWrite'
import { allCellTexts, filesIn, readWorkbook, useTempFolder } from '../excel/readBack'
import { PLANS } from '../../shared/domain/fixtures'
import { checkRowsFor, CONTEXT, fixture, invoicesFor, PERIOD_2026_11, usageReportsFor } from './fixtures'

const f = fixture()
const temp = useTempFolder('run')
const ZUID = "Zorg & Welzijn 'De Brug' - Zuid"

function input(withQuarter: boolean): MonthlyRunInput {
  return {
    billing: PERIOD_2026_11,
    context: CONTEXT,
    partners: f.partners,
    plans: PLANS,
    invoices: invoicesFor(f),
    usageReports: usageReportsFor(f),
    quarterlyCheck: withQuarter ? { quarter: '2026-Q4', tolerancePercent: 10, rows: checkRowsFor(f) } : null,
  }
}

describe('runMonthlyReports', () => {
  it('writes every partner’s invoice, usage report and quarterly check, then the overviews, reporting progress', async () => {
    const progress: string[] = []
    const result = await runMonthlyReports(temp(), input(true), { onProgress: (done, total, name) => progress.push(`${done}/${total} ${name}`) })
    expect(result.cancelled).toBe(false)
    expect(filesIn(temp())).toEqual([
      `Abonnementscheck ${ZUID} 2026-Q4.xlsx`,
      'Abonnementscheck Zorggroep Noord 2026-Q4.xlsx',
      'Abonnementscheck alle partners 2026-Q4.xlsx',
      `Factuur CONCEPT ${ZUID} 2026-11.xlsx`,
      'Factuur CONCEPT Zorggroep Noord 2026-11.xlsx',
      `Verbruik ${ZUID} 2026-11.xlsx`,
      'Verbruik Zorggroep Noord 2026-11.xlsx',
      'Verbruik alle partners 2026-11.xlsx',
    ])
    expect(progress).toEqual(['1/4 Zorggroep Noord', "2/4 Zorg & Welzijn 'De Brug' / Zuid", '3/4 ', '4/4 '])
    expect(result.files.map((file) => [file.kind, file.partnerId])).toEqual([
      ['factuur', 'p1'],
      ['verbruik', 'p1'],
      ['kwartaalcheck', 'p1'],
      ['factuur', 'p2'],
      ['verbruik', 'p2'],
      ['kwartaalcheck', 'p2'],
      ['verbruik-overzicht', null],
      ['kwartaalcheck-overzicht', null],
    ])
    const invoice = result.files[0]!
    expect(invoice).toMatchObject({ fileName: 'Factuur CONCEPT Zorggroep Noord 2026-11.xlsx', path: join(temp(), invoice.fileName), rows: 31 })
    expect(invoice.totals).toMatchObject({ totalCents: invoicesFor(f)[0]!.totalCents })
  })

  it('marks every file of a run of demo data VOORBEELD in its name', async () => {
    const demo = { ...input(true), invoices: invoicesFor(f).map((i) => ({ ...i, demo: true as const })) }
    await runMonthlyReports(temp(), demo)
    const names = filesIn(temp())
    expect(names).toHaveLength(8)
    for (const name of names) expect(name).toMatch(/^VOORBEELD /)
  })

  it('collects garbage after the partners’ files and after the overviews when the process allows it (--expose-gc)', async () => {
    const moments: string[] = []
    const gc = vi.fn(() =>
      moments.push(
        filesIn(temp())
          .filter((name) => name.includes('alle partners'))
          .join(','),
      ),
    )
    const host = globalThis as { gc?: () => void }
    const before = host.gc
    host.gc = gc
    try {
      await runMonthlyReports(temp(), input(true))
    } finally {
      host.gc = before
    }
    expect(moments).toEqual(['', 'Abonnementscheck alle partners 2026-Q4.xlsx,Verbruik alle partners 2026-11.xlsx'])
  })

  it('writes no quarterly check when the period closes no quarter, and nothing for a partner without data', async () => {
    const data = input(false)
    const result = await runMonthlyReports(temp(), { ...data, partners: [...data.partners, { id: 'p3', name: 'Leeg' }] })
    expect(result.files.map((file) => file.kind)).toEqual(['factuur', 'verbruik', 'factuur', 'verbruik', 'verbruik-overzicht'])
    expect(filesIn(temp()).some((name) => name.includes('Leeg') || name.includes('Abonnementscheck'))).toBe(false)
  })

  it('never contains a BSN in any file, although every client of Zorggroep Noord has one', async () => {
    const result = await runMonthlyReports(temp(), input(true))
    for (const file of result.files) {
      const texts = allCellTexts(await readWorkbook(file.path)).join('\n')
      for (const bsn of f.bsns) expect(texts, file.fileName).not.toContain(bsn)
    }
  })

  it('stops when cancelled: completed files stay, no half file and no temporary file remain', async () => {
    const controller = new AbortController()
    const result = await runMonthlyReports(temp(), input(true), {
      signal: controller.signal,
      onProgress: (done) => {
        if (done === 1) controller.abort()
      },
    })
    expect(result.cancelled).toBe(true)
    expect(result.files.map((file) => file.fileName)).toEqual([
      'Factuur CONCEPT Zorggroep Noord 2026-11.xlsx',
      'Verbruik Zorggroep Noord 2026-11.xlsx',
      'Abonnementscheck Zorggroep Noord 2026-Q4.xlsx',
    ])
    expect(filesIn(temp())).toEqual(result.files.map((file) => file.fileName).sort())
    expect(filesIn(temp()).some((name) => name.startsWith(TEMP_FILE_PREFIX))).toBe(false)
    for (const file of result.files) await expect(readWorkbook(file.path)).resolves.toBeDefined()
  })

  it('cancels inside a large file too, leaving nothing under its name', async () => {
    const big = fixture(1500)
    const controller = new AbortController()
    const pending = runMonthlyReports(
      temp(),
      { ...input(false), partners: big.partners.slice(0, 1), invoices: invoicesFor(big).slice(0, 1), usageReports: [] },
      { signal: controller.signal },
    )
    setImmediate(() => controller.abort())
    const result = await pending
    expect(result).toMatchObject({ cancelled: true, files: [] })
    expect(filesIn(temp())).toEqual([])
  })

  it('adds (2) on a second run into the same folder instead of replacing the first files', async () => {
    await runMonthlyReports(temp(), input(false))
    const second = await runMonthlyReports(temp(), input(false))
    expect(second.files.map((file) => file.fileName)).toContain('Factuur CONCEPT Zorggroep Noord 2026-11 (2).xlsx')
    expect(filesIn(temp())).toHaveLength(10)
  })

  it('names the partner when a file cannot be written', async () => {
    await expect(runMonthlyReports(join(temp(), 'bestaat-niet'), input(false))).rejects.toMatchObject({
      code: 'save-folder-not-found',
      partner: 'Zorggroep Noord',
      message: expect.stringMatching(/^Zorggroep Noord: ".+" kan niet worden opgeslagen: de map bestaat niet/) as unknown,
    })
  })
})
