// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import PrimeVue from 'primevue/config'
import { createDeregistration } from '@shared/domain/lifecycle/deregistration'
import { computeSignalList } from '@shared/domain/signals'
import { nameLookup } from '@shared/reports/names'
import LifecycleEffectiveDate from '@renderer/components/lifecycle/LifecycleEffectiveDate.vue'
import SignalListCard from '@renderer/components/signals/SignalListCard.vue'
import { createAppI18n, type Locale } from '@renderer/i18n'
import { PLANS, SETTINGS, client, d, partner, period } from '../../shared/domain/fixtures'

const TODAY = d('2026-12-07')
// Received 01-12-2026 asking for 01-10-2026: before the running period, so effective on the day of receipt.
const deregistration = createDeregistration({ id: 'x', clientId: 'c1', receivedDate: d('2026-12-01'), requestedDate: d('2026-10-01') }, 26)
const list = computeSignalList('afmeldingen-verwerken', {
  today: TODAY,
  settings: SETTINGS,
  partners: [partner({ id: 'p1' })],
  plans: PLANS,
  clients: [client({ id: 'c1' })],
  subscriptionPeriods: [period('c1', 'plus', '2026-01-12', null)],
  changeRequests: [],
  deregistrations: [deregistration],
  usage: [],
})

const plugins = (locale: Locale) => ({
  plugins: [[PrimeVue, { unstyled: true }], createAppI18n(locale)] as [typeof PrimeVue, object][],
  stubs: { RouterLink: { template: '<a><slot /></a>' } },
})

function card(locale: Locale) {
  return mount(SignalListCard, {
    props: { list, names: nameLookup([{ id: 'p1', name: 'Zorggroep Noord' }], PLANS), exporting: false, open: true },
    global: plugins(locale),
  })
}

describe('the signal list and the deregistration reason, in the UI language', () => {
  it('words the title, the criteria and the action in Dutch', () => {
    const text = card('nl').text()
    expect(text).toContain('Afmeldingen te verwerken')
    expect(text).toContain('Ontvangen afmeldingen die nog niet zijn verwerkt')
    expect(text).toContain('Afmelding verwerken per 01-12-2026 (eerste dag die niet meer wordt gefactureerd)')
  })

  it('words the same list in English', () => {
    const text = card('en').text()
    expect(text).toContain('Deregistrations to process')
    expect(text).toContain('Received deregistrations that have not been processed yet')
    expect(text).toContain('Process the deregistration as of 01-12-2026 (the first day no longer billed)')
    expect(text).not.toContain('Afmelding verwerken')
    expect(text).toContain('Requested for')
    expect(text).toContain('Effective date')
    expect(text).not.toContain('Ingangsdatum')
  })

  it('has words for every cell value the lists show, including an outcome whose key has spaces', () => {
    const { t } = createAppI18n('en').global
    expect(t('signalLists.values.outcome.te kort actief')).toBe('Active too briefly')
    expect(t('signalLists.values.party.operator')).toBe('we')
    expect(createAppI18n('nl').global.t('signalLists.values.outcome.boven')).toBe('Boven bundel')
  })

  it('explains a moved effective date in the UI language', () => {
    const row = list.rows[0]
    const explain = (locale: Locale) =>
      mount(LifecycleEffectiveDate, {
        props: { effectiveDate: deregistration.effectiveDate, explanation: row?.explanation ?? null },
        global: plugins(locale),
      }).text()
    expect(explain('nl')).toContain('Afmeldingen gaan niet met terugwerkende kracht in; de afmelding gaat daarom in per de datum van ontvangst, 01-12-2026.')
    expect(explain('en')).toContain('Deregistrations do not take effect retroactively')
  })
})
