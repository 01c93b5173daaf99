import { describe, expect, it } from 'vitest'
import { defaultSettings } from '@shared/model'
import { checkSettingsDraft, settingsToDraft } from '@renderer/forms/settingsForm'

describe('checkSettingsDraft', () => {
  it('round-trips the default settings', () => {
    const result = checkSettingsDraft(settingsToDraft(defaultSettings))
    expect(result).toEqual({ ok: true, value: defaultSettings })
  })

  it('reads closing days as Dutch dates, sorted and without duplicates', () => {
    const draft = { ...settingsToDraft(defaultSettings), extraClosingDays: ['3-4-2026', '02-01-2026', '03-04-2026'] }
    const result = checkSettingsDraft(draft)
    expect(result.ok && result.value.extraClosingDays).toEqual(['2026-01-02', '2026-04-03'])
  })

  it('points at the wrong closing day, an empty number and an out-of-range start day', () => {
    const draft = { ...settingsToDraft(defaultSettings), extraClosingDays: ['02-01-2026', '31-04-2026'], paymentTermDays: null, billingPeriodStartDay: 29 }
    const result = checkSettingsDraft(draft)
    expect(result).toEqual({
      ok: false,
      errors: {
        'extraClosingDays.1': 'Ongeldige datum (dd-mm-jjjj)',
        paymentTermDays: 'Dit veld is verplicht',
        billingPeriodStartDay: 'Startdag: 1 t/m 28',
      },
    })
  })
})
