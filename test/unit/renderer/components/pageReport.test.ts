// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import { defineComponent, h, reactive } from 'vue'
import { usePageReport, type PagePosition } from '@renderer/composables/usePageReport'
import UsageRejectedTable from '@renderer/components/usage/UsageRejectedTable.vue'
import { mountPlugins } from './mountOptions'

const rows = Array.from({ length: 12_345 }, (_, i) => ({
  line: i + 2,
  clientNumber: `N-${i}`,
  problems: [{ code: 'import.unknownClientNumber', params: { clientNumber: `N-${i}` } }] as const,
}))

function report(table: ReturnType<typeof mount>): string {
  return table.find('[data-pc-section="current"]').text()
}

describe('page report of a paged table', () => {
  it('writes the position and the total with Dutch digit grouping, also past the first page', async () => {
    const table = mount(UsageRejectedTable, { props: { rows }, global: mountPlugins() })
    expect(report(table)).toBe('1–25 van 12.345')
    expect(table.findAll('tbody tr')).toHaveLength(25)

    await table.find('button[aria-label="Last Page"], button[aria-label="Laatste pagina"]').trigger('click')
    expect(report(table)).toBe('12.326–12.345 van 12.345')
    expect(table.find('tbody tr td').text()).toBe('12327')
    expect(table.findAll('tbody tr td').at(2)?.text()).toBe('Onbekend cliëntnummer N-12325')
  })

  it('ends the last page at the total', async () => {
    const table = mount(UsageRejectedTable, { props: { rows: rows.slice(0, 30) }, global: mountPlugins() })
    expect(report(table)).toBe('1–25 van 30')
    await table.find('button[aria-label="Next Page"], button[aria-label="Volgende pagina"]').trigger('click')
    expect(report(table)).toBe('26–30 van 30')
  })

  it('says "…" while the total is being counted, then the total; an empty list is 0–0', async () => {
    const position = reactive<PagePosition>({ first: 25, rows: 25, total: null })
    const host = mount(
      defineComponent({
        setup: () => {
          const text = usePageReport(() => position)
          return () => h('p', text.value)
        },
      }),
      { global: mountPlugins() },
    )
    expect(host.text()).toBe('26–50 van …')
    Object.assign(position, { rows: 5, total: 12_030 })
    await host.vm.$nextTick()
    expect(host.text()).toBe('26–30 van 12.030')
    Object.assign(position, { first: 0, rows: 0, total: 0 })
    await host.vm.$nextTick()
    expect(host.text()).toBe('0–0 van 0')
  })
})
