import { describe, expect, it } from 'vitest'
import { AppError } from '../../../../src/main/appError'
import { failureAfterReplacing } from '../../../../src/main/files/replacedFiles'
import { errorText } from '@shared/problems/errorText'

const replaced = ['Factuur 2026-0001.xlsx', 'Verbruik Noord 2026-11.xlsx']

describe('failureAfterReplacing', () => {
  it.each([
    [new AppError('disk-full', { file: 'a.xlsx' }), 'disk-full-some-replaced'],
    [new AppError('save-failed', { file: 'a.xlsx', errno: 'EIO' }), 'save-failed-some-replaced'],
    [new AppError('save-failed-unexpected', { file: 'a.xlsx' }), 'save-failed-unexpected-some-replaced'],
  ])('turns %s, which says nothing was changed, into words that name the replaced files', (error, code) => {
    const after = failureAfterReplacing(error, replaced)
    expect(after).toMatchObject({ code, params: { ...error.params, count: 2, files: 'Factuur 2026-0001.xlsx, Verbruik Noord 2026-11.xlsx' } })
    for (const language of ['nl', 'en'] as const) {
      const text = after ? errorText(after, language) : ''
      expect(text).toContain('Factuur 2026-0001.xlsx, Verbruik Noord 2026-11.xlsx')
      expect(text).not.toMatch(/niets gewijzigd|Nothing was changed/)
    }
  })

  it('keeps the partner the failure was about', () => {
    const after = failureAfterReplacing(new AppError('disk-full', { file: 'a.xlsx' }, { partner: 'Thuiszorg Zuid' }), replaced)
    expect(after?.message).toMatch(
      /^Thuiszorg Zuid: "a\.xlsx" kan niet worden opgeslagen: de schijf is vol\. Daarvóór waren al bestaande bestanden vervangen \(2\)/,
    )
  })

  it('leaves a failure alone when nothing was replaced, or when its words claim nothing about other files', () => {
    expect(failureAfterReplacing(new AppError('disk-full', { file: 'a.xlsx' }), [])).toBeNull()
    expect(failureAfterReplacing(new AppError('file-busy', { file: 'a.xlsx' }), replaced)).toBeNull()
  })
})
