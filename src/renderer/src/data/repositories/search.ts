import type { Invoice, Partner } from '@shared/model'
import { normaliseSearchText } from '../clientRows'
import type { DataContext } from '../context'
import { readTransaction } from '../transaction'
import type { ClientListItem, ClientsRepository } from './clients'

export interface SearchHits {
  readonly clients: readonly ClientListItem[]
  readonly partners: readonly Partner[]
  readonly invoices: readonly Invoice[]
}

export interface SearchRepository {
  /**
   * What `text` can mean, each kind at most `limit`: clients by the start of a name or client number (the
   * client list's own indexed search), partners whose name or short code contains it, and invoices whose
   * number starts with it (`2026-0`). Reads index ranges only, so it answers as fast at 100,000 clients.
   */
  find(text: string, limit: number): Promise<SearchHits>
}

const NONE: SearchHits = { clients: [], partners: [], invoices: [] }
/** An invoice number is `yyyy-nnnn`; anything else cannot start one. */
const INVOICE_NUMBER_START = /^\d{1,4}(?:-\d{0,4})?$/

export function createSearchRepository(ctx: DataContext, clients: ClientsRepository): SearchRepository {
  const { db } = ctx

  async function partnersMatching(needle: string, limit: number): Promise<Partner[]> {
    // A few hundred partners at most: reading them is cheaper than keeping a second index of name parts.
    const all = await readTransaction(ctx, [db.partners], () => db.partners.toArray())
    const matches = all.filter((partner) => normaliseSearchText(partner.name).includes(needle) || partner.shortCode.toLowerCase() === needle)
    return matches.sort((a, b) => a.name.localeCompare(b.name, 'nl')).slice(0, limit)
  }

  function invoicesNumbered(text: string, limit: number): Promise<Invoice[]> {
    if (!INVOICE_NUMBER_START.test(text)) return Promise.resolve([])
    return readTransaction(ctx, [db.invoices], () => db.invoices.where('number').startsWith(text).limit(limit).toArray())
  }

  return {
    async find(text, limit) {
      const trimmed = text.trim()
      const needle = normaliseSearchText(trimmed)
      if (needle === '') return NONE
      const [clientPage, partners, invoices] = await Promise.all([
        clients.page({ search: trimmed, offset: 0, limit }),
        partnersMatching(needle, limit),
        invoicesNumbered(trimmed, limit),
      ])
      return { clients: clientPage.items, partners, invoices }
    },
  }
}
