import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { compareClientNumbers } from '@shared/domain/ordering'

describe('compareClientNumbers', () => {
  const collator = new Intl.Collator('nl', { numeric: true, sensitivity: 'base' })

  it('agrees with Dutch numeric collation for digit strings', () => {
    const digits = fc.stringMatching(/^[1-9]\d{0,7}$/)
    fc.assert(fc.property(digits, digits, (a, b) => Math.sign(compareClientNumbers(a, b)) === Math.sign(collator.compare(a, b))))
  })

  it('orders plain and mixed numbers as a clerk expects', () => {
    expect(['A-10', 'A-9', '10', '9', '010', '2'].sort(compareClientNumbers)).toEqual(['2', '9', '10', '010', 'A-9', 'A-10'])
  })
})
