import type { Client } from '@shared/model'
import type { ClientRow, SearchGroupKey } from './db'

/** Dutch surname prefixes (tussenvoegsels) a clerk may leave out when searching "Berg" for "van den Berg". */
const PREFIX_WORDS = new Set([
  'van',
  'de',
  'der',
  'den',
  'het',
  "'t",
  't',
  'ter',
  'ten',
  'te',
  'in',
  'op',
  'la',
  'le',
  'du',
  'da',
  'di',
  'del',
  'von',
  'vom',
  'zu',
  'aan',
  'bij',
  'onder',
  'uit',
  'uijt',
  'voor',
  'over',
  "d'",
])

/** Lower case, accents removed, single spaces: "Élise  Dijkstra" → "elise dijkstra". */
export function normaliseSearchText(value: string): string {
  return value
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim()
}

/** A normalised last name split into its prefix words ("van den") and the rest ("berg"). */
function splitLastName(lastName: string): { prefixes: string; core: string } {
  const words = lastName.split(' ')
  let i = 0
  while (i < words.length - 1 && PREFIX_WORDS.has(words[i] ?? '')) i++
  return { prefixes: words.slice(0, i).join(' '), core: words.slice(i).join(' ') }
}

function withoutPrefixes(lastName: string): string {
  return splitLastName(lastName).core
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

/**
 * The `searchGroups` entries: every way a search term can reach a client, each as a group ("head") whose
 * members are ordered like the list, under each status/plan filter combination ('' = no filter). See
 * `repositories/clientSearch.ts` for how a term is turned into ranges of this index.
 * - `p` head = the last name's prefix words ("van den"), order = sort name: "van den berg jan" = head + sort name;
 * - `f` head = first name, order = sort name ("jan" + "berg jan"; exact for names without prefix words);
 * - `h` head = first name + prefix words ("jan van den"), order = sort name — only without filters;
 * - `n` order = client number, only under a filter (the `searchNumber` index serves the unfiltered list).
 */
export function clientSearchGroups(row: Pick<ClientRow, 'firstName' | 'lastName' | 'clientNumber' | 'status' | 'currentPlanId'>): SearchGroupKey[] {
  const first = normaliseSearchText(row.firstName)
  const { prefixes } = splitLastName(normaliseSearchText(row.lastName))
  const sortName = clientSortName(row)
  const number = normaliseSearchText(row.clientNumber)
  const groups: SearchGroupKey[] = []
  for (const [status, planId] of [
    ['', ''],
    [row.status, ''],
    ['', row.currentPlanId],
    [row.status, row.currentPlanId],
  ] as const) {
    if (first) groups.push([status, planId, 'f', first, sortName])
    if (prefixes) groups.push([status, planId, 'p', prefixes, sortName])
    if (status || planId) groups.push([status, planId, 'n', '', number])
  }
  if (first && prefixes) groups.push(['', '', 'h', `${first} ${prefixes}`, sortName])
  return groups
}

export function toClientRow(client: Client, currentPlanId: string): ClientRow {
  return withIndexFields({ ...client, currentPlanId })
}

/** The stored row: the client with its index fields derived again from its own fields. */
export function withIndexFields(row: Client & { currentPlanId: string }): ClientRow {
  return {
    ...row,
    sortName: clientSortName(row),
    searchKeys: clientSearchKeys(row),
    searchNumber: normaliseSearchText(row.clientNumber),
    currentPlanId: row.currentPlanId,
    searchGroups: clientSearchGroups(row),
  }
}

export function fromClientRow(row: ClientRow): Client {
  const { sortName: _s, searchKeys: _k, searchNumber: _n, currentPlanId: _p, searchGroups: _g, ...client } = row
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
