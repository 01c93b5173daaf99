import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { contract } from '@shared/ipc/contract'
import { errorText } from '@shared/problems/errorText'
import type { RunStatus } from '@shared/ipc/channels/reports'
import { TEMP_FILE_PREFIX } from '../../../../src/main/files/atomicWrite'
import { tempFileName } from '../../../../src/main/files/tempFiles'
import { createTestPlatform } from '../../../../src/main/platform/testPlatform'
import { createReportHandlers } from '../../../../src/main/reports/reportHandlers'
import { PLANS } from '../../shared/domain/fixtures'
import { filesIn, useTempFolder } from '../excel/readBack'
import { checkRowsFor, CONTEXT, finalAndCredit, fixture, invoicesFor, PERIOD_2026_11, signalReport, TODAY, usageReportsFor } from './fixtures'

const temp = useTempFolder('handlers')
const f = fixture()

function setup() {
  const platform = createTestPlatform({ folder: temp() })
  return { platform, handlers: createReportHandlers(platform) }
}

async function granted(handlers: ReturnType<typeof setup>['handlers']): Promise<string> {
  const chosen = await handlers['report:choose-folder'](undefined)
  if (!chosen) throw new Error('geen map gekozen')
  return chosen.folderId
}

/** The run's input as the renderer would send it: parsed by the channel's schema, as the router does. */
function runInput(folderId: string) {
  return contract['report:start-run'].input.parse({
    folderId,
    context: CONTEXT,
    billing: PERIOD_2026_11,
    partners: f.partners.map((p) => ({ id: p.id, name: p.name })),
    plans: PLANS.map((p) => ({ id: p.id, name: p.name })),
    invoices: invoicesFor(f),
    usageReports: usageReportsFor(f),
    quarterlyCheck: { quarter: '2026-Q4', tolerancePercent: 10, rows: checkRowsFor(f) },
  })
}

async function untilFinished(read: () => Promise<RunStatus>): Promise<RunStatus> {
  for (;;) {
    const status = await read()
    if (status.state !== 'bezig') return status
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
}

describe('report:choose-folder', () => {
  it('grants the folder picked in the dialog by an id, and returns null when cancelled', async () => {
    const { platform, handlers } = setup()
    const chosen = await handlers['report:choose-folder']({ title: 'Map voor facturen', defaultPath: '/data/export' })
    expect(chosen).toEqual({ folderId: expect.stringMatching(/^[0-9a-f-]{36}$/) as unknown, path: temp() })
    expect(platform.dialogCalls).toEqual([{ kind: 'folder', title: 'Map voor facturen', defaultPath: '/data/export' }])
    platform.answerNextDialog(null)
    await expect(handlers['report:choose-folder'](undefined)).resolves.toBeNull()
  })

  it('never writes to a path from the renderer: the channels take a folder id, and an unknown id is refused', async () => {
    const { handlers } = setup()
    const asPath = contract['report:write-invoices'].input.safeParse({ folderId: temp(), generatedOn: TODAY, invoices: invoicesFor(f) })
    expect(asPath.success).toBe(false)
    const unknown = '6f1c2b9e-3f7a-4c1d-9a54-2b8f0e1d7c3a'
    await expect(handlers['report:write-invoices']({ folderId: unknown, generatedOn: TODAY, invoices: invoicesFor(f) })).rejects.toMatchObject({
      code: 'folder-not-chosen',
    })
    expect(filesIn(temp())).toEqual([])
  })
})

describe('report:open-folder', () => {
  it('opens only a granted folder, by its id', async () => {
    const { platform, handlers } = setup()
    await expect(handlers['report:open-folder']({ folderId: '6f1c2b9e-3f7a-4c1d-9a54-2b8f0e1d7c3a' })).rejects.toMatchObject({ code: 'folder-not-chosen' })
    expect(platform.openedFolders).toEqual([])
    await handlers['report:open-folder']({ folderId: await granted(handlers) })
    expect(platform.openedFolders).toEqual([temp()])
  })
})

describe('report:write-invoices and report:write-signal-list', () => {
  it('writes each invoice as its own workbook, PDF and e-mail draft into the granted folder', async () => {
    const { handlers } = setup()
    const { final, credit } = finalAndCredit(f)
    const input = contract['report:write-invoices'].input.parse({ folderId: await granted(handlers), generatedOn: TODAY, invoices: [final, credit] })
    const files = await handlers['report:write-invoices'](input)
    const finalName = 'Factuur 2026-0001 Zorggroep Noord 2026-11'
    const creditName = 'Creditnota 2026-0002 Zorggroep Noord 2026-11'
    // 21 % VAT and a partner without KvK number or OIN: no e-invoice.
    expect(files).toEqual([
      { kind: 'factuur', partnerId: 'p1', fileName: `${finalName}.xlsx`, rows: final.lines.length },
      { kind: 'factuur-pdf', partnerId: 'p1', fileName: `${finalName}.pdf`, rows: final.lines.length },
      { kind: 'e-mailconcept', partnerId: 'p1', fileName: `${finalName}.eml`, rows: final.lines.length },
      { kind: 'factuur', partnerId: 'p1', fileName: `${creditName}.xlsx`, rows: credit.lines.length },
      { kind: 'factuur-pdf', partnerId: 'p1', fileName: `${creditName}.pdf`, rows: credit.lines.length },
      { kind: 'e-mailconcept', partnerId: 'p1', fileName: `${creditName}.eml`, rows: credit.lines.length },
    ])
    expect(filesIn(temp())).toEqual(files.map((file) => file.fileName).sort())
  })

  it("clears a killed write's temporary files from the folder before writing into it", async () => {
    const { handlers } = setup()
    const leftover = tempFileName()
    writeFileSync(join(temp(), leftover), 'half')
    writeFileSync(join(temp(), '.~clientadministratie-notes.tmp'), 'van de gebruiker')
    const input = contract['report:write-signal-list'].input.parse({ folderId: await granted(handlers), context: CONTEXT, list: signalReport() })
    const written = await handlers['report:write-signal-list'](input)
    expect(filesIn(temp()).sort()).toEqual(['.~clientadministratie-notes.tmp', written.fileName].sort())
  })

  it('writes a signal list', async () => {
    const { handlers } = setup()
    const input = contract['report:write-signal-list'].input.parse({ folderId: await granted(handlers), context: CONTEXT, list: signalReport() })
    await expect(handlers['report:write-signal-list'](input)).resolves.toEqual({
      kind: 'werklijst',
      partnerId: null,
      fileName: 'Werklijst Afmeldingen te verwerken 2026-12-01.xlsx',
      rows: 3,
    })
  })
})

describe('report:start-run', () => {
  it('runs in the background with progress until every file is written', async () => {
    const { handlers } = setup()
    const { jobId } = await handlers['report:start-run'](runInput(await granted(handlers)))
    const status = await untilFinished(() => handlers['report:get-run-status']({ jobId }))
    expect(status).toMatchObject({ state: 'klaar', done: 4, total: 4, partnerName: '', error: null })
    expect(status.files.map((file) => file.fileName)).toEqual([
      'Factuur CONCEPT Zorggroep Noord 2026-11.xlsx',
      'Factuur CONCEPT Zorggroep Noord 2026-11.pdf',
      'Verbruik Zorggroep Noord 2026-11.xlsx',
      'Abonnementscheck Zorggroep Noord 2026-Q4.xlsx',
      "Factuur CONCEPT Zorg & Welzijn 'De Brug' - Zuid 2026-11.xlsx",
      "Factuur CONCEPT Zorg & Welzijn 'De Brug' - Zuid 2026-11.pdf",
      "Verbruik Zorg & Welzijn 'De Brug' - Zuid 2026-11.xlsx",
      "Abonnementscheck Zorg & Welzijn 'De Brug' - Zuid 2026-Q4.xlsx",
      'Verbruik alle partners 2026-11.xlsx',
      'Abonnementscheck alle partners 2026-Q4.xlsx',
    ])
    expect(contract['report:get-run-status'].output.safeParse(status).success).toBe(true)
  })

  it('can be cancelled, leaving no half file', async () => {
    const { handlers } = setup()
    const { jobId } = await handlers['report:start-run'](runInput(await granted(handlers)))
    await handlers['report:cancel-run']({ jobId })
    const status = await untilFinished(() => handlers['report:get-run-status']({ jobId }))
    expect(status.state).toBe('geannuleerd')
    expect(filesIn(temp()).sort()).toEqual(status.files.map((file) => file.fileName).sort())
    expect(filesIn(temp()).some((name) => name.startsWith(TEMP_FILE_PREFIX))).toBe(false)
  })

  it('reports a failure by its code and parameters', async () => {
    const { handlers } = setup()
    const input = runInput(await granted(handlers))
    const broken = { ...input, invoices: [{ ...input.invoices[0]!, totalCents: input.invoices[0]!.totalCents + 1 }] }
    const { jobId } = await handlers['report:start-run'](broken)
    const status = await untilFinished(() => handlers['report:get-run-status']({ jobId }))
    expect(status).toMatchObject({ state: 'mislukt', error: { code: 'invoice-inconsistent', params: { partner: 'Zorggroep Noord', period: '2026-11' } } })
    expect(status.error && errorText(status.error)).toBe(
      'De factuur van Zorggroep Noord over 2026-11 kan niet worden gemaakt: de bedragen kloppen niet met de cliëntregels.',
    )
  })

  it('refuses a status request for an unknown run', async () => {
    const { handlers } = setup()
    await expect(handlers['report:get-run-status']({ jobId: '6f1c2b9e-3f7a-4c1d-9a54-2b8f0e1d7c3a' })).rejects.toMatchObject({ code: 'job-unknown' })
  })
})

describe('report channel schemas', () => {
  it('refuse a run without a folder id or with malformed rows', () => {
    const input = runInput('6f1c2b9e-3f7a-4c1d-9a54-2b8f0e1d7c3a')
    const schema = contract['report:start-run'].input
    expect(schema.safeParse({ ...input, folderId: join(temp(), 'x') }).success).toBe(false)
    expect(schema.safeParse({ ...input, usageReports: [{ ...input.usageReports[0]!, rows: [{ clientNumber: 1 }] }] }).success).toBe(false)
  })
})
