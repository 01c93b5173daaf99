import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import type { RunStatus, WrittenFile } from '@shared/ipc/channels/reports'
import { setLocale } from '@renderer/i18n'
import { finalisedReport, runReport, writtenReport } from '@renderer/stores/resultReports'
import { fitsToast, TOAST_MAX_ITEMS, useResultsStore } from '@renderer/stores/results'

const folder = { folderId: '6f1c2a56-7d5e-4a57-9c55-1b8f3c6c2d10', path: '/home/clerk/Facturen oktober' }
const file = (n: number): WrittenFile => ({ kind: 'factuur', partnerId: null, fileName: `Factuur 2026-${String(n).padStart(4, '0')}.xlsx`, rows: 3 })
const files = (count: number) => Array.from({ length: count }, (_, i) => file(i + 1))
const status = (state: RunStatus['state'], written: number): RunStatus => ({
  state,
  done: written,
  total: 60,
  partnerName: 'Zorggroep Noord',
  files: files(written),
  error: null,
})
const invoices = (count: number) =>
  Array.from({ length: count }, (_, i) => ({ number: `2026-${String(i + 1).padStart(4, '0')}`, partner: { name: `Partner ${i + 1}` } }))

beforeEach(() => {
  setActivePinia(createPinia())
  setLocale('nl')
})
afterEach(() => setLocale('nl'))

describe('fitsToast', () => {
  it('keeps a short result with a few items a toast and sends many items or a long sentence to the panel', () => {
    expect(fitsToast({ tone: 'success', summary: 'Klaar.', items: ['a', 'b', 'c'] })).toBe(true)
    expect(fitsToast({ tone: 'success', summary: 'Klaar.', items: Array.from({ length: TOAST_MAX_ITEMS + 1 }, (_, i) => String(i)) })).toBe(false)
    expect(fitsToast({ tone: 'success', summary: 'Opgeslagen:', items: [`/${'map/'.repeat(40)}back-up.json`] })).toBe(false)
  })
})

describe('runReport', () => {
  it('says a stopped run stopped and how many files it kept, never that it is done', () => {
    const report = runReport(status('geannuleerd', 7), folder)
    expect(report?.tone).toBe('warn')
    expect(report?.toast).toBe('Afgebroken: 7 bestanden bewaard; het bestand dat werd geschreven is niet bewaard.')
    expect(report?.summary).toContain('Afgebroken: 7 bestanden bewaard')
    expect(report?.items).toHaveLength(7)
    expect(runReport(status('geannuleerd', 1), folder)?.toast).toBe('Afgebroken: 1 bestand bewaard; het bestand dat werd geschreven is niet bewaard.')
    expect(runReport(status('geannuleerd', 0), folder)?.toast).toMatch(/^Afgebroken: 0 bestanden bewaard/)
  })

  it('reports a finished run with its files and folder, and a failed one not at all (it is an error)', () => {
    const done = runReport(status('klaar', 12), folder)
    expect(done).toMatchObject({ tone: 'success', folderId: folder.folderId })
    expect(done?.summary).toBe(`12 bestanden geschreven in ${folder.path}.`)
    expect(done && fitsToast(done)).toBe(false)
    expect(runReport(status('mislukt', 3), folder)).toBeNull()
    expect(runReport(status('bezig', 3), folder)).toBeNull()
  })

  it('speaks English when the UI does', () => {
    setLocale('en')
    expect(runReport(status('geannuleerd', 2), folder)?.toast).toBe('Stopped: 2 files kept; the file being written was not kept.')
  })
})

describe('finalisedReport', () => {
  it('names every number in the panel and the range in its summary', () => {
    const report = finalisedReport(invoices(40), files(40), folder)
    expect(fitsToast(report)).toBe(false)
    expect(report.summary).toBe(`40 facturen definitief gemaakt: 2026-0001 t/m 2026-0040. 40 bestanden geschreven in ${folder.path}.`)
    expect(report.items[39]).toBe('2026-0040 Partner 40')
    expect(report.folderId).toBe(folder.folderId)
  })

  it('claims no written files when the folder dialog was cancelled', () => {
    const report = finalisedReport(invoices(5), null, folder)
    expect(report.summary).toBe('5 facturen definitief gemaakt: 2026-0001 t/m 2026-0005.')
    expect(report.summary).not.toContain('geschreven')
    expect(report.folderId).toBeNull()
  })

  it('keeps one finalised invoice the short toast it was', () => {
    const report = finalisedReport(invoices(1), files(1), folder)
    expect(fitsToast(report)).toBe(true)
    expect(report.toast).toBe('1 factuur definitief gemaakt (2026-0001).')
  })
})

describe('writtenReport and the results store', () => {
  it('shows a result for its screen only, replaces it with a newer one and forgets it on dismiss', () => {
    const results = useResultsStore()
    results.show(writtenReport(files(9), folder), 'invoicing')
    const first = results.shown?.id
    expect(results.shown).toMatchObject({ screen: 'invoicing', folderId: folder.folderId })
    results.show(writtenReport(files(2), folder), 'invoicing')
    expect(results.shown?.id).not.toBe(first)
    expect(results.shown?.items).toHaveLength(2)
    results.dismiss()
    expect(results.shown).toBeNull()
  })

  it('opens nothing when the result has no folder', async () => {
    const results = useResultsStore()
    results.show({ tone: 'success', summary: 'Klaar.', items: [] }, 'usage')
    expect(await results.openFolder()).toEqual({ ok: true, value: undefined })
  })
})
