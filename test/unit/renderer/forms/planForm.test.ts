import { describe, expect, it } from 'vitest'
import { checkPlanDraft, emptyPlanDraft, planToDraft } from '@renderer/forms/planForm'

describe('checkPlanDraft', () => {
  const base = { ...emptyPlanDraft(10), code: 'basis', name: 'Basis', monthlyFee: '1.234,56', includedMinutes: 60 }

  it('reads the typed fee as cents and the code in capitals', () => {
    const result = checkPlanDraft(base, false)
    expect(result.ok).toBe(true)
    if (result.ok) expect(result.value).toMatchObject({ code: 'BASIS', monthlyFeeCents: 123456, includedMinutes: 60, sortOrder: 10 })
  })

  it('reports an unreadable fee and missing numbers at their fields', () => {
    const result = checkPlanDraft({ ...base, monthlyFee: '12,345', includedMinutes: null, sortOrder: null, name: '' }, false)
    expect(result).toEqual({
      ok: false,
      errors: {
        monthlyFeeCents: 'Ongeldig bedrag (bijvoorbeeld 1.234,56)',
        includedMinutes: 'Dit veld is verplicht',
        sortOrder: 'Dit veld is verplicht',
        name: 'Naam is verplicht',
      },
    })
  })

  it('refuses a negative fee', () => {
    const result = checkPlanDraft({ ...base, monthlyFee: '-1,00' }, false)
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.errors.monthlyFeeCents).toBe('Mag niet negatief zijn')
  })

  it('drops the example mark once the clerk saves an edited plan', () => {
    const example = {
      id: 'x',
      code: 'BASIS',
      name: 'Basis',
      monthlyFeeCents: 4950,
      includedMinutes: 60,
      hasIntakeConversation: false,
      sortOrder: 1,
      active: true,
      isExample: true,
    }
    const draft = planToDraft(example)
    expect(draft.monthlyFee).toBe('49,50')
    const result = checkPlanDraft(draft, true)
    expect(result.ok && result.value.isExample).toBe(false)
  })
})
