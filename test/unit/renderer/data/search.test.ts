import { describe, expect, it } from 'vitest'
import { buildInvoice } from '@shared/domain/invoicing/buildInvoice'
import { parseCalendarDate as d } from '@shared/model'
import { clientInput, partnerInput, planInput, testData, useRealOperator } from './testDb'

/** Two partners, three clients, one final invoice numbered 2026-0001. */
async function filled() {
  const data = testData('search')
  const { repos } = data
  await useRealOperator(repos)
  const plan = await repos.plans.create(planInput({ monthlyFeeCents: 10000, isExample: false }))
  const noord = await repos.partners.create(partnerInput())
  const zuid = await repos.partners.create(partnerInput({ name: 'Thuiszorg Zuiderzee', shortCode: 'TZZ' }))
  const jan = await repos.clients.create(clientInput(noord, plan))
  await repos.clients.create(clientInput(noord, plan, { clientNumber: 'P-2002', firstName: 'Émile', lastName: 'Bakker' }))
  await repos.clients.create(clientInput(zuid, plan, { clientNumber: 'Z-77', firstName: 'Joke', lastName: 'Jansen' }))
  await repos.clients.activate(jan.id, d('2026-11-10'))
  const invoice = buildInvoice({
    id: 'inv-1',
    partner: noord,
    plans: await repos.plans.list(),
    clients: await repos.clients.listByPartner(noord.id),
    subscriptionPeriods: await repos.subscriptionPeriods.listByPartner(noord.id),
    settings: await repos.settings.get(),
    period: '2026-11',
    invoiceDate: d('2026-11-26'),
  })
  if (!invoice) throw new Error('nothing billed')
  await repos.invoices.saveConcepts([invoice])
  await repos.invoices.finalise(invoice.id, d('2026-11-27'))
  return { ...data, noord, zuid }
}

describe('the global search', () => {
  it('finds clients by the start of a name or number, partners by part of the name or short code, invoices by number', async () => {
    const { repos, noord, zuid } = await filled()
    const names = async (text: string) => {
      const hits = await repos.search.find(text, 8)
      return { clients: hits.clients.map((c) => c.lastName), partners: hits.partners.map((p) => p.name), invoices: hits.invoices.map((i) => i.number) }
    }
    expect(await names('jans')).toEqual({ clients: ['Jansen'], partners: [], invoices: [] })
    expect(await names('emile')).toEqual({ clients: ['Bakker'], partners: [], invoices: [] })
    expect(await names('P-20')).toEqual({ clients: ['Bakker'], partners: [], invoices: [] })
    expect(await names('zuiderzee')).toEqual({ clients: [], partners: [zuid.name], invoices: [] })
    expect(await names('zgn')).toEqual({ clients: [], partners: [noord.name], invoices: [] })
    expect(await names('2026-00')).toEqual({ clients: [], partners: [], invoices: ['2026-0001'] })
    expect(await names('  ')).toEqual({ clients: [], partners: [], invoices: [] })
  })

  it('gives at most the asked number of each kind', async () => {
    const { repos } = await filled()
    const hits = await repos.search.find('zorg', 1)
    expect(hits.partners).toHaveLength(1)
  })
})
