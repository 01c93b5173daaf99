import { describe, expect, it } from 'vitest'
import { SCREENS } from '@renderer/components/layout/screens'
import { matchingScreens, searchOptions } from '@renderer/components/search/searchOptions'
import nl from '@renderer/i18n/nl'

const nameOf = (screen: (typeof SCREENS)[number]) => {
  const [area, key] = screen.label.split('.') as [keyof typeof nl, string]
  return (nl[area] as Record<string, string>)[key]!
}

describe('the global search options', () => {
  it('find a screen by part of its name, without accents or case', () => {
    expect(matchingScreens(SCREENS, 'clienten', nameOf).map((s) => s.to)).toEqual(['/clienten'])
    expect(matchingScreens(SCREENS, 'ABONNEMENT', nameOf).map((s) => s.to)).toEqual(['/abonnementsvormen', '/abonnementscheck'])
    expect(matchingScreens(SCREENS, ' ', nameOf)).toEqual([])
  })

  it('list clients, partners, invoices and screens in that order, each going where it belongs', () => {
    const partner = { id: 'p1', name: 'Zorggroep Noord', shortCode: 'ZGN' }
    const hits = {
      clients: [{ id: 'c1', clientNumber: 'P-1', firstName: 'Jan', lastName: 'van den Berg', partnerId: 'p1' }],
      partners: [partner],
      invoices: [{ id: 'i1', number: '2026-0001', partnerId: 'p1', period: '2026-10' }],
    } as unknown as Parameters<typeof searchOptions>[0]
    const options = searchOptions(hits, new Map([['p1', partner]]) as never, matchingScreens(SCREENS, 'factu', nameOf), nameOf)
    expect(options.map((o) => [o.kind, o.label, o.detail, o.to])).toEqual([
      ['client', 'P-1 Jan van den Berg', 'Zorggroep Noord', '/clienten/c1'],
      ['partner', 'Zorggroep Noord', 'ZGN', '/partners/p1'],
      ['invoice', '2026-0001', 'Zorggroep Noord · 2026-10', '/facturatie?periode=2026-10'],
      ['screen', 'Facturatie', '', '/facturatie'],
    ])
  })
})
