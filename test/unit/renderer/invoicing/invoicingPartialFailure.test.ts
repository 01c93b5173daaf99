import 'fake-indexeddb/auto'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { buildApi } from '@shared/ipc/api'
import { parseCalendarDate as d } from '@shared/model'
import { repositories } from '@renderer/data'
import { setLocale } from '@renderer/i18n'
import { useInvoicingStore } from '@renderer/stores/invoicing'
import { nodeAtomicWriteFs } from '../../../../src/main/files/atomicWrite'
import { createHandlers } from '../../../../src/main/ipc/handlers'
import { createIpcRouter } from '../../../../src/main/ipc/router'
import { createTestPlatform } from '../../../../src/main/platform/testPlatform'
import { useTempFolder } from '../../main/excel/readBack'
import { freshStores } from '../stores/storeTestSetup'
import { clientInput, partnerInput, seedBilledClient } from '../data/testDb'

const temp = useTempFolder('invoicing-partial')
const TODAY = d('2026-11-26')
const INVOICE = 'Factuur CONCEPT Zorggroep Noord 2026-11.xlsx'
const INVOICE_PDF = 'Factuur CONCEPT Zorggroep Noord 2026-11.pdf'

/** `window.api` served in this process by the real main-process router and handlers. */
function installApi(): void {
  const router = createIpcRouter(createHandlers(createTestPlatform({ folder: temp() })), { isTrustedSender: () => true, log: () => undefined })
  const api = buildApi((channel, payload) => router.dispatch({ senderFrame: { url: 'app://clientadministratie/', parent: null } }, channel, [payload]))
  Object.assign(globalThis, { window: { api } })
}

/** The disk fills up at the `nth` file written from now on. */
function diskFullAt(nth: number): void {
  let calls = 0
  const fsync = nodeAtomicWriteFs.fsync.bind(nodeAtomicWriteFs)
  vi.spyOn(nodeAtomicWriteFs, 'fsync').mockImplementation((path) =>
    ++calls === nth ? Promise.reject(Object.assign(new Error('ENOSPC'), { code: 'ENOSPC' })) : fsync(path),
  )
}

beforeEach(freshStores)
afterEach(() => {
  vi.restoreAllMocks()
  setLocale('nl')
  Reflect.deleteProperty(globalThis, 'window')
})

async function preparedStore() {
  await seedBilledClient(repositories())
  installApi()
  const store = useInvoicingStore()
  await store.choosePeriod('2026-11', TODAY)
  await store.prepare(TODAY)
  return store
}

describe('a run that fails after saving files', () => {
  it('names the saved files in the message and lists them, in Dutch and in English', async () => {
    const store = await preparedStore()
    // The invoice's workbook and PDF are saved, the usage report fails.
    diskFullAt(3)
    const dutch = await store.writeRun()
    expect(store.run?.state).toBe('mislukt')
    expect(dutch).toEqual({
      ok: false,
      message: `Zorggroep Noord: "Verbruik Zorggroep Noord 2026-11.xlsx" kan niet worden opgeslagen: de schijf is vol. Daarvóór waren al bestanden opgeslagen (2); die blijven staan: ${INVOICE}, ${INVOICE_PDF}.`,
    })
    expect(store.writtenFiles.map((file) => file.fileName)).toEqual([INVOICE, INVOICE_PDF])

    vi.restoreAllMocks()
    setLocale('en')
    diskFullAt(3)
    const english = await store.writeRun()
    expect(english).toEqual({
      ok: false,
      message:
        'Zorggroep Noord: "Verbruik Zorggroep Noord 2026-11.xlsx" cannot be saved: the disk is full. Before that, files had already been saved (2); they stay: Factuur CONCEPT Zorggroep Noord 2026-11 (2).xlsx, Factuur CONCEPT Zorggroep Noord 2026-11 (2).pdf.',
    })
    expect(store.writtenFiles.map((file) => file.fileName)).toEqual([
      'Factuur CONCEPT Zorggroep Noord 2026-11 (2).xlsx',
      'Factuur CONCEPT Zorggroep Noord 2026-11 (2).pdf',
    ])
  })

  it('says nothing changed, and lists nothing, when the first file fails', async () => {
    const store = await preparedStore()
    diskFullAt(1)
    const outcome = await store.writeRun()
    expect(outcome).toEqual({
      ok: false,
      message: `Zorggroep Noord: "${INVOICE}" kan niet worden opgeslagen: de schijf is vol. Er is niets gewijzigd. Maak ruimte vrij of kies een andere map en probeer het opnieuw.`,
    })
    expect(store.writtenFiles).toEqual([])
  })
})

describe('finalising when writing the final invoices fails', () => {
  async function twoPartners() {
    const store = await preparedStore()
    const repos = repositories()
    const plan = (await repos.plans.list())[0]!
    const second = await repos.partners.create(partnerInput({ name: 'Thuiszorg Zuid', shortCode: 'TZ' }))
    const client = await repos.clients.create(clientInput(second, plan, { clientNumber: 'Z-1' }))
    await repos.clients.activate(client.id, d('2026-11-12'))
    await store.prepare(TODAY)
    return store
  }

  it('says the invoices are final, never that nothing changed, and names and lists the files saved before', async () => {
    const store = await twoPartners()
    // The first invoice's workbook, PDF and e-mail draft are saved (its partner has no KvK number or OIN,
    // so no e-invoice); the second invoice's workbook fails.
    diskFullAt(4)
    const outcome = await store.finalise(undefined, TODAY)
    expect(store.invoices.filter((i) => i.status === 'definitief').map((i) => i.number)).toEqual(['2026-0001', '2026-0002'])
    expect(outcome.ok).toBe(false)
    const message = outcome.ok ? '' : (outcome.message ?? '')
    expect(message).toMatch(
      /^Definitief gemaakt: 2026-0001, 2026-0002\. Maar "Factuur 2026-0002 .*\.xlsx" kon niet worden opgeslagen: de schijf is vol\. Wel opgeslagen \(3\): Factuur 2026-0001 [^,]*\.xlsx, Factuur 2026-0001 [^,]*\.pdf, Factuur 2026-0001 [^,]*\.eml\. De nummers staan vast; /,
    )
    expect(message).not.toMatch(/niets gewijzigd/)
    const names = store.writtenFiles.map((file) => file.fileName)
    expect(names.map((name) => name.slice(name.lastIndexOf('.')))).toEqual(['.xlsx', '.pdf', '.eml'])
    expect(names.every((name) => name.startsWith('Factuur 2026-0001 '))).toBe(true)
  })

  it('with no file saved, still says the invoices are final', async () => {
    const store = await preparedStore()
    diskFullAt(1)
    setLocale('en')
    const outcome = await store.finalise(undefined, TODAY)
    const message = outcome.ok ? '' : (outcome.message ?? '')
    expect(message).toMatch(/^Finalised: 2026-0001\. But "Factuur 2026-0001 .*\.xlsx" could not be saved: the disk is full\. The numbers are fixed; /)
    expect(message).not.toMatch(/Nothing was changed/)
    expect(store.writtenFiles).toEqual([])
  })
})
