import { describe, expect, it } from 'vitest'
import { sourceTexts } from './sourceFiles'
import { VERIFY_PROBLEMS, isVerifyCode, type VerifyCode } from '@shared/problems/verify'
import { verifyFindingText } from '@shared/verify/findingText'

const codes = Object.keys(VERIFY_PROBLEMS) as VerifyCode[]
/** The source without the catalogues' own lists, so a code counts as used only where something names it. */
const source = sourceTexts('src').filter((text) => !text.includes('satisfies Record<string, readonly string[]>'))

describe('the verify catalogue', () => {
  it('knows every code the source uses, and the source uses every code', () => {
    const used = new Set<string>()
    for (const text of source) for (const m of text.matchAll(/'(verify\.\w+)'/g)) used.add(m[1]!)
    for (const code of used) expect(isVerifyCode(code), `${code} is used in src but not in the catalogue`).toBe(true)
    expect([...used].sort()).toEqual([...codes].sort())
    expect(isVerifyCode('verify.toString')).toBe(false)
  })

  it('words a finding of its own, of the lifecycle and of the backup catalogue in either language', () => {
    expect(verifyFindingText({ code: 'verify.feeTooHigh', params: { fee: '€ 20.000,00', limit: '€ 10.000,00' } }, 'nl')).toBe(
      'Het maandbedrag € 20.000,00 is hoger dan € 10.000,00.',
    )
    expect(verifyFindingText({ code: 'gat', params: { from: '01-11-2026', until: '05-11-2026' } }, 'nl')).toBe(
      'Tussen 01-11-2026 en 05-11-2026 is geen abonnement.',
    )
    expect(verifyFindingText({ code: 'backup.missingPlan', params: { id: 'pl9' } }, 'en')).toBe('Subscription plan pl9 does not exist in this file')
  })
})
