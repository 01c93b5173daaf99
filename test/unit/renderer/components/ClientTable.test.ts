// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import { generateDemoData } from '@shared/demo'
import { parseCalendarDate } from '@shared/model'
import ClientTable from '@renderer/components/clients/ClientTable.vue'
import type { ClientRow } from '@renderer/stores/clients'
import { mountPlugins } from './mountOptions'

const [first, second] = generateDemoData({ seed: 3, partners: 1, clients: 2, months: 1, today: parseCalendarDate('2026-11-23') }).clients
const rows: ClientRow[] = [
  {
    client: {
      ...first!,
      firstName: 'Jan',
      lastName: 'van den Berg',
      bsn: '123456782',
      status: 'actief',
      activationDate: parseCalendarDate('2026-03-01'),
      currentPlanId: 'x',
    },
    partnerName: 'Zorggroep Noord',
    planName: 'Basis',
  },
  { client: { ...second!, bsn: '', status: 'aangemeld', activationDate: null, currentPlanId: 'x' }, partnerName: 'Thuiszorg Zuid', planName: 'Plus' },
]

describe('ClientTable', () => {
  it('shows each client with the BSN masked, the status as a tag and dates as dd-mm-jjjj', () => {
    const table = mount(ClientTable, { props: { rows, loading: false }, global: mountPlugins() })
    const [row] = table.findAll('tbody tr').map((tr) => tr.findAll('td').map((td) => td.text()))
    expect(row).toEqual([rows[0]!.client.clientNumber, 'van den Berg, Jan', 'Zorggroep Noord', 'Basis', 'Actief', '*****6782', '01-03-2026'])
    expect(table.find('tbody tr:nth-child(2) .status-tag').classes()).toContain('aangemeld')
    expect(table.text()).not.toContain('123456782')
    expect(table.find('tbody a').attributes('href')).toBe(`#/clienten/${rows[0]!.client.id}`)
  })

  it('opens a client from its row; the name link navigates by itself', async () => {
    const table = mount(ClientTable, { props: { rows, loading: false }, global: mountPlugins() })
    await table.findAll('tbody tr')[1]!.trigger('click')
    await table.find('tbody a').trigger('click')
    expect(table.emitted('open')).toEqual([[rows[1]]])
  })

  it('says the list is empty only once it has loaded', async () => {
    const table = mount(ClientTable, { props: { rows: [], loading: true }, global: mountPlugins() })
    expect(table.text()).not.toContain('Geen records gevonden.')
    await table.setProps({ loading: false })
    expect(table.text()).toContain('Geen records gevonden.')
  })
})
