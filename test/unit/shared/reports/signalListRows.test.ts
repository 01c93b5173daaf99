import { describe, expect, it } from 'vitest'
import { computeSignalList, type SignalData } from '@shared/domain/signals'
import { createDeregistration } from '@shared/domain/lifecycle/deregistration'
import { nameLookup } from '@shared/reports/names'
import { SIGNAL_COLUMNS, toSignalListReport } from '@shared/reports/signalListRows'
import { SIGNAL_LIST_KEYS } from '@shared/domain/signals/types'
import { PLANS, SETTINGS, client, d, partner, period } from '../domain/fixtures'

const TODAY = d('2026-12-07')
const names = nameLookup([{ id: 'p1', name: 'Zorggroep Noord' }], PLANS)

function data(overrides: Partial<SignalData>): SignalData {
  return {
    today: TODAY,
    settings: SETTINGS,
    partners: [partner({ id: 'p1' })],
    plans: PLANS,
    clients: [],
    subscriptionPeriods: [],
    changeRequests: [],
    deregistrations: [],
    usage: [],
    ...overrides,
  }
}

describe('toSignalListReport', () => {
  it('gives each row the list’s own cells, the same ones the screen shows', () => {
    const list = computeSignalList(
      'afmeldingen-verwerken',
      data({
        clients: [client({ id: 'c1' })],
        subscriptionPeriods: [period('c1', 'plus', '2026-01-12', null)],
        deregistrations: [createDeregistration({ id: 'x', clientId: 'c1', receivedDate: d('2026-12-01'), requestedDate: d('2026-10-01') }, 26)],
      }),
    )
    const report = toSignalListReport(list, names, TODAY)
    // A document: Dutch whatever the UI language, from the same words as the Dutch screen.
    expect(report.title).toBe('Afmeldingen te verwerken')
    expect(report.description).toMatch(/^Ontvangen afmeldingen die nog niet zijn verwerkt/)
    expect(report.rows[0]?.action).toBe('Afmelding verwerken per 01-12-2026 (eerste dag die niet meer wordt gefactureerd)')
    expect(report.extraColumns).toEqual([
      { header: 'Ontvangen', kind: 'date' },
      { header: 'Gevraagd per', kind: 'date' },
      { header: 'Ingangsdatum', kind: 'date' },
    ])
    // Requested before the running period began: effective on the day of receipt (spec rule 5).
    expect(report.rows).toEqual([
      expect.objectContaining({
        partnerName: 'Zorggroep Noord',
        clientNumber: '1',
        deadline: '2026-12-15',
        workingDaysLeft: 6,
        overdue: false,
        extra: ['2026-12-01', '2026-10-01', '2026-12-01'],
      }),
    ])
  })

  it('names plans and parties instead of ids', () => {
    const list = computeSignalList(
      'aanmeldingen-verwerken',
      data({
        clients: [client({ id: 'c2', status: 'aangemeld', activationDate: null, registrationReceivedDate: d('2026-12-01'), registrationPlanId: 'basis' })],
      }),
    )
    expect(toSignalListReport(list, names, TODAY).rows[0]?.extra).toEqual(['2026-12-01', 'Basis'])
  })

  it('has columns for every list; only export-only columns are kept off the screen', () => {
    expect(Object.keys(SIGNAL_COLUMNS).sort()).toEqual([...SIGNAL_LIST_KEYS].sort())
    const offScreen = Object.values(SIGNAL_COLUMNS).flatMap((columns) => columns.filter((c) => c.onScreen === false).map((c) => c.key))
    expect(offScreen).toEqual(['quarter', 'counsellor'])
  })
})
