// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import UsageRejectedTable from '@renderer/components/usage/UsageRejectedTable.vue'
import { mountPlugins } from './mountOptions'

const rows = Array.from({ length: 12_345 }, (_, i) => ({ line: i + 2, clientNumber: `N-${i}`, reason: 'Onbekend cliëntnummer' }))

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
  })

  it('ends the last page at the total', async () => {
    const table = mount(UsageRejectedTable, { props: { rows: rows.slice(0, 30) }, global: mountPlugins() })
    expect(report(table)).toBe('1–25 van 30')
    await table.find('button[aria-label="Next Page"], button[aria-label="Volgende pagina"]').trigger('click')
    expect(report(table)).toBe('26–30 van 30')
  })
})
