import { clientDisplayName, type Partner } from '@shared/model'
import type { SearchHits } from '../../stores/globalSearch'
import type { Screen } from '../layout/screens'

/** One line of the search results: what it is, what it says, and where choosing it goes. */
export interface SearchOption {
  readonly id: string
  readonly kind: 'client' | 'partner' | 'invoice' | 'screen'
  readonly label: string
  readonly detail: string
  readonly to: string
}

/** Lower case without accents, so "clienten" finds "Cliënten". */
function folded(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .trim()
}

/** The screens whose name (in the UI language) contains `text`. */
export function matchingScreens(screens: readonly Screen[], text: string, nameOf: (screen: Screen) => string): Screen[] {
  const needle = folded(text)
  return needle === '' ? [] : screens.filter((screen) => folded(nameOf(screen)).includes(needle))
}

/** The results in the order a clerk looks for them: clients, partners, invoices, then screens. */
export function searchOptions(
  hits: SearchHits,
  partnersById: ReadonlyMap<string, Partner>,
  screens: readonly Screen[],
  nameOf: (screen: Screen) => string,
): SearchOption[] {
  return [
    ...hits.clients.map((client) => ({
      id: `client-${client.id}`,
      kind: 'client' as const,
      label: `${client.clientNumber} ${clientDisplayName(client)}`.trim(),
      detail: partnersById.get(client.partnerId)?.name ?? '',
      to: `/clienten/${client.id}`,
    })),
    ...hits.partners.map((partner) => ({
      id: `partner-${partner.id}`,
      kind: 'partner' as const,
      label: partner.name,
      detail: partner.shortCode,
      to: `/partners/${partner.id}`,
    })),
    ...hits.invoices.map((invoice) => ({
      id: `invoice-${invoice.id}`,
      kind: 'invoice' as const,
      label: invoice.number ?? '',
      detail: `${partnersById.get(invoice.partnerId)?.name ?? ''} · ${invoice.period}`,
      to: `/facturatie?periode=${invoice.period}`,
    })),
    ...screens.map((screen) => ({ id: `screen-${screen.to}`, kind: 'screen' as const, label: nameOf(screen), detail: '', to: screen.to })),
  ]
}
