import { afterEach, describe, expect, it, vi } from 'vitest'
import { contract } from '@shared/ipc/contract'
import type { RunStatus } from '@shared/ipc/channels/reports'
import { ipcErrorSchema } from '@shared/ipc/result'
import { errorText } from '@shared/problems/errorText'
import { AppError } from '../../../../src/main/appError'
import { nodeAtomicWriteFs, TEMP_FILE_PREFIX } from '../../../../src/main/files/atomicWrite'
import { createTestPlatform } from '../../../../src/main/platform/testPlatform'
import { createReportHandlers } from '../../../../src/main/reports/reportHandlers'
import { PLANS } from '../../shared/domain/fixtures'
import { filesIn, useTempFolder } from '../excel/readBack'
import { checkRowsFor, CONTEXT, finalAndCredit, fixture, invoicesFor, PERIOD_2026_11, usageReportsFor } from './fixtures'

const temp = useTempFolder('partial-failure')
const f = fixture()

afterEach(() => {
  vi.restoreAllMocks()
})

/** The disk fills up at the `nth` file of the job: its flush fails with ENOSPC, as a full disk does. */
function diskFullAt(nth: number): void {
  let calls = 0
  const fsync = nodeAtomicWriteFs.fsync.bind(nodeAtomicWriteFs)
  vi.spyOn(nodeAtomicWriteFs, 'fsync').mockImplementation((path) =>
    ++calls === nth ? Promise.reject(Object.assign(new Error('ENOSPC'), { code: 'ENOSPC' })) : fsync(path),
  )
}

async function setup() {
  const handlers = createReportHandlers(createTestPlatform({ folder: temp() }))
  const chosen = await handlers['report:choose-folder'](undefined)
  if (!chosen) throw new Error('geen map gekozen')
  return { handlers, folderId: chosen.folderId }
}

async function runUntilFinished(handlers: Awaited<ReturnType<typeof setup>>['handlers'], folderId: string): Promise<RunStatus> {
  const input = contract['report:start-run'].input.parse({
    folderId,
    context: CONTEXT,
    billing: PERIOD_2026_11,
    partners: f.partners.map((p) => ({ id: p.id, name: p.name })),
    plans: PLANS.map((p) => ({ id: p.id, name: p.name })),
    invoices: invoicesFor(f),
    usageReports: usageReportsFor(f),
    quarterlyCheck: { quarter: '2026-Q4', tolerancePercent: 10, rows: checkRowsFor(f) },
  })
  const { jobId } = await handlers['report:start-run'](input)
  for (;;) {
    const status = await handlers['report:get-run-status']({ jobId })
    if (status.state !== 'bezig') return status
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
}

const NOORD_INVOICE = 'Factuur CONCEPT Zorggroep Noord 2026-11.xlsx'
const NOORD_PDF = 'Factuur CONCEPT Zorggroep Noord 2026-11.pdf'
const NOORD_USAGE = 'Verbruik Zorggroep Noord 2026-11.xlsx'
const NOORD_CHECK = 'Abonnementscheck Zorggroep Noord 2026-Q4.xlsx'

describe('report:start-run failing halfway', () => {
  it('says nothing changed when the first file fails, and lists no file', async () => {
    const { handlers, folderId } = await setup()
    diskFullAt(1)
    const status = await runUntilFinished(handlers, folderId)
    expect(status).toMatchObject({ state: 'mislukt', files: [], error: { code: 'disk-full', params: { file: NOORD_INVOICE }, partner: 'Zorggroep Noord' } })
    expect(status.error && errorText(status.error)).toContain('Er is niets gewijzigd.')
    expect(filesIn(temp())).toEqual([])
  })

  it('names the files already saved when the fourth file fails, and the status lists them', async () => {
    const { handlers, folderId } = await setup()
    diskFullAt(4)
    const status = await runUntilFinished(handlers, folderId)
    const saved = [NOORD_INVOICE, NOORD_PDF, NOORD_USAGE]
    expect(status).toMatchObject({
      state: 'mislukt',
      error: {
        code: 'disk-full-some-saved',
        params: { file: NOORD_CHECK, count: 3, files: saved.join(', ') },
        partner: 'Zorggroep Noord',
        saved,
      },
    })
    expect(status.files.map((file) => file.fileName)).toEqual(saved)
    // The next file, built alongside the failing one, may still be removing its temporary file.
    expect(
      filesIn(temp())
        .filter((name) => !name.startsWith(TEMP_FILE_PREFIX))
        .sort(),
    ).toEqual([...saved].sort())
    const words = status.error ? errorText(status.error) : ''
    expect(words).not.toContain('niets gewijzigd')
    // Named once: the variant's own words name the files, so no sentence is added after them.
    expect(words.split(NOORD_USAGE)).toHaveLength(2)
    expect(contract['report:get-run-status'].output.safeParse(status).success).toBe(true)
  })
})

/** The files of a final invoice and its credit note: workbook, PDF and e-mail draft of each. */
const SAVED_TWO = ['Factuur 2026-0001 Zorggroep Noord 2026-11', 'Creditnota 2026-0002 Zorggroep Noord 2026-11'].flatMap((name) =>
  ['xlsx', 'pdf', 'eml'].map((ext) => `${name}.${ext}`),
)

describe('report:write-invoices failing halfway', () => {
  /** Three invoices: the third has the first one's name, so it is saved with ` (2)`. */
  async function writeThree() {
    const { handlers, folderId } = await setup()
    const { final, credit } = finalAndCredit(f)
    const input = contract['report:write-invoices'].input.parse({ folderId, generatedOn: CONTEXT.generatedOn, invoices: [final, credit, final] })
    return handlers['report:write-invoices'](input)
  }

  it('says nothing changed when the first invoice fails', async () => {
    diskFullAt(1)
    await expect(writeThree()).rejects.toMatchObject({ code: 'disk-full', params: { file: 'Factuur 2026-0001 Zorggroep Noord 2026-11.xlsx' } })
    expect(filesIn(temp())).toEqual([])
  })

  it('names the two invoices (workbook, PDF, e-mail draft each) saved before the third failed', async () => {
    // The fixture's invoices bear 21 % VAT, so they get no e-invoice (written for exempt care only).
    diskFullAt(7)
    const saved = SAVED_TWO
    await expect(writeThree()).rejects.toMatchObject({
      code: 'disk-full-some-saved',
      params: { file: 'Factuur 2026-0001 Zorggroep Noord 2026-11.xlsx', count: 6, files: saved.join(', ') },
    })
    expect(filesIn(temp()).sort()).toEqual([...saved].sort())
  })
})

describe('report:write-invoices refusing a later invoice', () => {
  it("keeps the refusal's own words and adds which invoices were saved before it", async () => {
    const { handlers, folderId } = await setup()
    const { final, credit } = finalAndCredit(f)
    const broken = { ...invoicesFor(f)[0]!, totalCents: invoicesFor(f)[0]!.totalCents + 1 }
    const input = contract['report:write-invoices'].input.parse({ folderId, generatedOn: CONTEXT.generatedOn, invoices: [final, credit, broken] })
    const saved = SAVED_TWO
    const error = await handlers['report:write-invoices'](input).then(
      () => null,
      (failure: unknown) => failure,
    )
    expect(error).toBeInstanceOf(AppError)
    const ipc = (error as AppError).toIpcError()
    expect(ipc).toEqual({ code: 'invoice-inconsistent', params: { partner: 'Zorggroep Noord', period: '2026-11' }, saved })
    expect(ipcErrorSchema.safeParse(ipc).success).toBe(true)
    expect(errorText(ipc)).toBe(
      `De factuur van Zorggroep Noord over 2026-11 kan niet worden gemaakt: de bedragen kloppen niet met de cliëntregels. Daarvóór waren al bestanden opgeslagen (6); die blijven staan: ${saved.join(', ')}.`,
    )
    expect(errorText(ipc, 'en')).toContain(`Before that, files had already been saved (6); they stay: ${saved.join(', ')}.`)
    expect(filesIn(temp()).sort()).toEqual([...saved].sort())
  })
})

describe('report:write-quarterly-check failing halfway', () => {
  async function exportAll() {
    const { handlers, folderId } = await setup()
    const input = contract['report:write-quarterly-check'].input.parse({
      folderId,
      context: CONTEXT,
      partnerId: null,
      partners: f.partners.map((p) => ({ id: p.id, name: p.name })),
      plans: PLANS.map((p) => ({ id: p.id, name: p.name })),
      quarter: '2026-Q4',
      tolerancePercent: 10,
      rows: checkRowsFor(f),
    })
    return handlers['report:write-quarterly-check'](input)
  }

  it('says nothing changed when the first list fails', async () => {
    diskFullAt(1)
    await expect(exportAll()).rejects.toMatchObject({ code: 'disk-full', params: { file: NOORD_CHECK } })
    expect(filesIn(temp())).toEqual([])
  })

  it('names the partner lists saved before the overall list failed', async () => {
    diskFullAt(3)
    const saved = [NOORD_CHECK, "Abonnementscheck Zorg & Welzijn 'De Brug' - Zuid 2026-Q4.xlsx"]
    await expect(exportAll()).rejects.toMatchObject({
      code: 'disk-full-some-saved',
      params: { file: 'Abonnementscheck alle partners 2026-Q4.xlsx', count: 2, files: saved.join(', ') },
    })
    expect(filesIn(temp()).sort()).toEqual([...saved].sort())
  })
})
