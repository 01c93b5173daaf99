// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { defineComponent } from 'vue'
import { mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { createAppI18n, setLocale } from '@renderer/i18n'
import { useResult } from '@renderer/composables/useResult'
import { runReport } from '@renderer/stores/resultReports'
import { useResultsStore } from '@renderer/stores/results'

const added = vi.hoisted(() => [] as Array<{ severity: string; detail: string }>)
vi.mock('primevue/usetoast', () => ({ useToast: () => ({ add: (message: { severity: string; detail: string }) => added.push(message) }) }))
vi.mock('vue-router', () => ({ useRoute: () => ({ name: 'invoicing', path: '/facturatie' }) }))

function reporter() {
  let report: ReturnType<typeof useResult> | undefined
  mount(defineComponent({ setup: () => ((report = useResult()), () => null) }), { global: { plugins: [createAppI18n('nl')] } })
  return report!
}

const folder = { folderId: '6f1c2a56-7d5e-4a57-9c55-1b8f3c6c2d10', path: '/data/facturen' }
const file = (name: string) => ({ kind: 'factuur' as const, partnerId: null, fileName: name, rows: 1 })

beforeEach(() => {
  added.length = 0
  setActivePinia(createPinia())
  setLocale('nl')
})

describe('useResult', () => {
  it('shows a stopped run as a notice, never as a success', () => {
    const report = reporter()
    report(runReport({ state: 'geannuleerd', done: 1, total: 60, partnerName: 'Zorggroep Noord', files: [file('a.xlsx')], error: null }, folder)!)
    expect(added).toHaveLength(1)
    expect(added[0]).toMatchObject({ severity: 'warn', detail: 'Afgebroken: 1 bestand bewaard; het bestand dat werd geschreven is niet bewaard.' })
    expect(useResultsStore().shown).toBeNull()
  })

  it('puts a long result in the panel of the screen and shows no toast', () => {
    const report = reporter()
    const files = Array.from({ length: 12 }, (_, i) => file(`Factuur ${i}.xlsx`))
    report(runReport({ state: 'klaar', done: 12, total: 12, partnerName: 'alle partners', files, error: null }, folder)!)
    expect(added).toEqual([])
    expect(useResultsStore().shown).toMatchObject({ screen: 'invoicing', tone: 'success', folderId: folder.folderId })
    expect(useResultsStore().shown?.items).toHaveLength(12)
  })

  it('keeps a short confirmation a toast and drops the panel of an earlier result', () => {
    const report = reporter()
    useResultsStore().show({ tone: 'success', summary: 'Eerder.', items: ['a', 'b', 'c', 'd'] }, 'invoicing')
    report({ tone: 'success', summary: 'Klaar.', items: [] })
    expect(added).toEqual([expect.objectContaining({ severity: 'success', detail: 'Klaar.' })])
    expect(useResultsStore().shown).toBeNull()
  })
})
