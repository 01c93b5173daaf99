const CLIENT_NUMBER_ORDER = new Intl.Collator('nl', { numeric: true, sensitivity: 'base' })

/** Client numbers in the order a clerk expects: `2` before `10`, `A-9` before `A-10`. */
export function compareClientNumbers(a: string, b: string): number {
  return CLIENT_NUMBER_ORDER.compare(a, b)
}
