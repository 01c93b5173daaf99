import type { Client } from '@shared/model'
import type { ClientRow } from './db'

/** Dutch surname prefixes (tussenvoegsels) a clerk may leave out when searching "Berg" for "van den Berg". */
const PREFIX_WORDS = new Set(['van', 'de', 'der', 'den', 'het', "'t", 't', 'ter', 'ten', 'te', 'in', 'op', 'la', 'le', 'du', 'da', 'di', 'del', 'von', 'vom', 'zu', 'aan', 'bij', 'onder', 'uit', 'uijt', 'voor', 'over', "d'"])

/** Lower case, accents removed, single spaces: "Élise  Dijkstra" → "elise dijkstra". */
export function normaliseSearchText(value: string): string {
  return value
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim()
}

function withoutPrefixes(lastName: string): string {
  const words = lastName.split(' ')
  let i = 0
  while (i < words.length - 1 && PREFIX_WORDS.has(words[i] ?? '')) i++
  return words.slice(i).join(' ')
}

/** "last first": the sort key of client lists. */
export function clientSortName(client: Pick<Client, 'firstName' | 'lastName'>): string {
  return normaliseSearchText(`${withoutPrefixes(normaliseSearchText(client.lastName))} ${client.firstName}`)
}

/**
 * The name forms a search term may be the start of: "van den berg jan", "berg jan", "jan van den berg".
 */
export function clientSearchKeys(client: Pick<Client, 'firstName' | 'lastName'>): string[] {
  const first = normaliseSearchText(client.firstName)
  const last = normaliseSearchText(client.lastName)
  const core = withoutPrefixes(last)
  const keys = [`${last} ${first}`, `${core} ${first}`, `${first} ${last}`].map((k) => k.trim())
  return [...new Set(keys)]
}

export function toClientRow(client: Client, currentPlanId: string): ClientRow {
  return {
    ...client,
    sortName: clientSortName(client),
    searchKeys: clientSearchKeys(client),
    searchNumber: normaliseSearchText(client.clientNumber),
    currentPlanId,
  }
}

export function fromClientRow(row: ClientRow): Client {
  const { sortName: _s, searchKeys: _k, searchNumber: _n, currentPlanId: _p, ...client } = row
  return client
}

/** Client id → plan of its latest subscription period (the `currentPlanId` index field). */
export function latestPlanByClient(periods: Iterable<{ clientId: string; planId: string; from: string }>): Map<string, string> {
  const latest = new Map<string, { planId: string; from: string }>()
  for (const p of periods) {
    const seen = latest.get(p.clientId)
    if (!seen || p.from > seen.from) latest.set(p.clientId, { planId: p.planId, from: p.from })
  }
  return new Map([...latest].map(([clientId, v]) => [clientId, v.planId]))
}
