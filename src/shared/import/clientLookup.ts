import { importProblem, type ImportProblem } from '../problems/import'
import { headerKey, cellText, type TableCell } from './table'

/** The little the import needs of a client: who it is and under which number its partner knows it. */
export interface ImportClientKey {
  readonly id: string
  readonly partnerId: string
  readonly clientNumber: string
}

export interface ImportPartner {
  readonly id: string
  readonly shortCode: string
  readonly name: string
}

export type ClientMatch = { readonly ok: true; readonly client: ImportClientKey } | { readonly ok: false; readonly problem: ImportProblem }

const normal = (number: string) => number.trim().toUpperCase()
const DIGITS = /^\d+$/
/** `000123` and `123` are the same number once Excel has turned the cell into a number. */
const withoutLeadingZeros = (number: string) => number.replace(/^0+(?=\d)/, '')

/**
 * Finds clients by the number in an import row. A client number is unique within its partner only, so a
 * number two partners use needs the file's Partner column (short code or name). Exact matches first; an
 * all-digit number also matches without its leading zeros (an `.xlsx` number cell drops them), but only
 * when that points to a single client.
 */
export class ClientNumberIndex {
  private readonly byNumber = new Map<string, ImportClientKey[]>()
  private readonly byDigits = new Map<string, ImportClientKey[]>()
  private readonly partnerByKey = new Map<string, ImportPartner>()
  private readonly codeById = new Map<string, string>()

  constructor(partners: readonly ImportPartner[], clients: readonly ImportClientKey[]) {
    for (const p of partners) {
      this.codeById.set(p.id, p.shortCode)
      this.partnerByKey.set(headerKey(p.shortCode), p)
    }
    // Names only where they do not clash with a short code.
    for (const p of partners) if (!this.partnerByKey.has(headerKey(p.name))) this.partnerByKey.set(headerKey(p.name), p)
    for (const c of clients) {
      const number = normal(c.clientNumber)
      push(this.byNumber, number, c)
      if (DIGITS.test(number)) push(this.byDigits, withoutLeadingZeros(number), c)
    }
  }

  find(numberCell: TableCell | undefined, partnerCell: TableCell | undefined): ClientMatch {
    const number = normal(cellText(numberCell))
    if (number === '') return { ok: false, problem: importProblem('import.clientNumberMissing') }
    let partnerId: string | null = null
    if (partnerCell !== undefined) {
      const text = cellText(partnerCell)
      if (text !== '') {
        const partner = this.partnerByKey.get(headerKey(text))
        if (partner === undefined) return { ok: false, problem: importProblem('import.unknownPartner', { partner: text }) }
        partnerId = partner.id
      }
    }
    const ofPartner = (list: readonly ImportClientKey[] | undefined) => (list ?? []).filter((c) => partnerId === null || c.partnerId === partnerId)
    let candidates = ofPartner(this.byNumber.get(number))
    if (candidates.length === 0 && DIGITS.test(number)) candidates = ofPartner(this.byDigits.get(withoutLeadingZeros(number)))
    const shown = cellText(numberCell)
    if (candidates.length === 0) {
      const problem =
        partnerId === null
          ? importProblem('import.unknownClientNumber', { clientNumber: shown })
          : importProblem('import.unknownClientNumberAtPartner', { clientNumber: shown, partner: this.codeById.get(partnerId) ?? '' })
      return { ok: false, problem }
    }
    if (candidates.length > 1) {
      const codes = [...new Set(candidates.map((c) => this.codeById.get(c.partnerId) ?? c.partnerId))].sort().join(', ')
      // Without a Partner column the clerk is told to add one.
      const code = partnerId === null ? 'import.ambiguousClientNumberNoPartner' : 'import.ambiguousClientNumber'
      return { ok: false, problem: importProblem(code, { clientNumber: shown, partners: codes }) }
    }
    return { ok: true, client: candidates[0]! }
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key)
  if (list) list.push(value)
  else map.set(key, [value])
}
