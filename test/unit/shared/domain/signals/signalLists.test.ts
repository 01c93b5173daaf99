import { describe, expect, it } from 'vitest'
import { SIGNAL_LIST_KEYS, computeSignalList, computeSignalLists, type SignalData, type SignalRow } from '@shared/domain/signals'
import { createDeregistration } from '@shared/domain/lifecycle/deregistration'
import { emptyIntake, type Client } from '@shared/model/client'
import { signalListsNl } from '@shared/i18n/signals.nl'
import { dutchSignalAction } from '@shared/reports/signalListRows'
import { PLANS, SETTINGS, changeRequest, client, d, partner, period, usage } from '../fixtures'

/** A row's action as the Dutch UI and the workbook word it. */
const actionText = (row: SignalRow | undefined) => (row === undefined ? undefined : dutchSignalAction(row.action))

// Today is Monday 07-12-2026: running period 2026-12 (26-11 … 25-12); last complete periods 2026-10 and
// 2026-11; last complete quarter 2026-Q3 (26-06 … 25-09-2026).
const TODAY = d('2026-12-07')

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
const registered = (id: string, received: string): Client => client({ id, status: 'aangemeld', activationDate: null, registrationReceivedDate: d(received) })

describe('aanmeldingen-verwerken (spec rule 1)', () => {
  it('lists registrations not yet activated, most urgent first, with working days left', () => {
    const list = computeSignalList(
      'aanmeldingen-verwerken',
      data({
        clients: [registered('c1', '2026-11-30'), registered('c2', '2026-11-16'), registered('c3', '2026-11-16'), client({ id: 'c4' })],
        deregistrations: [createDeregistration({ id: 'x', clientId: 'c3', receivedDate: d('2026-11-20'), requestedDate: d('2026-11-20') }, 26)],
      }),
    )
    expect(list.rows.map((r) => [r.clientId, r.deadline, r.workingDaysLeft, r.overdue])).toEqual([
      ['c2', '2026-11-30', -5, true],
      ['c1', '2026-12-14', 5, false],
    ])
    expect(list.rows[0]).toMatchObject({
      list: 'aanmeldingen-verwerken',
      clientNumber: '2',
      clientName: 'Jan Jansen c2',
      partnerId: 'p1',
      receivedDate: '2026-11-16',
      planId: 'plus',
    })
    expect(actionText(list.rows[0])).toMatch(/^Aanmelding verwerken/)
  })

  it('a re-registered client is listed again: its earlier deregistration ended the earlier registration', () => {
    const again = registered('c1', '2026-12-01')
    const earlier = {
      ...createDeregistration({ id: 'x', clientId: 'c1', receivedDate: d('2026-05-20'), requestedDate: d('2026-06-01') }, 26),
      processedDate: d('2026-05-21'),
    }
    const list = computeSignalList('aanmeldingen-verwerken', data({ clients: [again], deregistrations: [earlier] }))
    expect(list.rows.map((r) => r.clientId)).toEqual(['c1'])
  })

  it('counts extra closing days from settings', () => {
    const list = computeSignalList(
      'aanmeldingen-verwerken',
      data({
        settings: { ...SETTINGS, extraClosingDays: [d('2026-12-10')] },
        clients: [registered('c1', '2026-11-30')],
      }),
    )
    expect(list.rows[0]).toMatchObject({ deadline: '2026-12-15', workingDaysLeft: 5 })
  })
})

describe('intake lists (spec rule 3)', () => {
  const intake = (o: Partial<Client['intake']>): Client['intake'] => ({ ...emptyIntake, ...o })
  const clients = [
    client({ id: 'c1', activationDate: d('2026-11-16'), intake: intake({ formSentDate: d('2026-11-20') }) }),
    client({ id: 'c2', activationDate: d('2026-12-01') }),
    client({ id: 'c3', activationDate: d('2026-11-16'), intake: intake({ formSentDate: d('2026-11-16'), formReceivedDate: d('2026-12-01') }) }),
    client({ id: 'c4', activationDate: d('2026-11-16'), intake: intake({ formReceivedDate: d('2026-11-20'), dossierOpenedDate: d('2026-11-21') }) }),
    client({
      id: 'c5',
      activationDate: d('2026-11-16'),
      intake: intake({ formReceivedDate: d('2026-11-20'), dossierOpenedDate: d('2026-11-21'), conversationPlannedAt: '2026-12-10T10:00' }),
    }),
    client({ id: 'c6', activationDate: d('2026-11-16') }), // deregistration received: no intake follow-up
    client({ id: 'c7', activationDate: d('2026-11-16'), intake: intake({ formReceivedDate: d('2026-11-25'), dossierOpenedDate: d('2026-11-26') }) }),
    client({ id: 'c8', activationDate: d('2026-12-10') }), // activation still ahead: not active today
  ]
  const periods = [
    period('c1', 'basis', '2026-11-16', null),
    period('c2', 'plus', '2026-12-01', null),
    period('c3', 'plus', '2026-11-16', null),
    period('c4', 'basis', '2026-11-16', null),
    period('c5', 'plus', '2026-11-16', null),
    period('c6', 'plus', '2026-11-16', null),
    period('c7', 'intensief', '2026-11-16', null),
    period('c8', 'plus', '2026-12-10', null),
  ]
  const input = data({
    clients,
    subscriptionPeriods: periods,
    deregistrations: [createDeregistration({ id: 'a', clientId: 'c6', receivedDate: d('2026-12-03'), requestedDate: d('2026-12-31') }, 26)],
  })

  it('intakeformulier-ontbreekt: active, form not received; serious without an intake conversation', () => {
    const list = computeSignalList('intakeformulier-ontbreekt', input)
    expect(list.rows.map((r) => [r.clientId, r.deadline, r.workingDaysLeft, r.serious, r.formSentDate, r.planId])).toEqual([
      ['c1', '2026-12-04', -1, true, '2026-11-20', 'basis'],
      ['c2', '2026-12-15', 6, false, null, 'plus'],
    ])
    expect(actionText(list.rows[0])).toMatch(/ernstig: bij Basis is er geen intakegesprek/)
    expect(actionText(list.rows[1])).toMatch(/^Intakeformulier versturen/)
  })

  it('dossier-openstellen: form received, dossier not opened', () => {
    const list = computeSignalList('dossier-openstellen', input)
    expect(list.rows.map((r) => [r.clientId, r.deadline, r.formReceivedDate])).toEqual([['c3', '2026-12-15', '2026-12-01']])
  })

  it('intakegesprek-plannen: plan with conversation, form received, nothing planned or held', () => {
    const list = computeSignalList('intakegesprek-plannen', input)
    expect(list.rows.map((r) => [r.clientId, r.deadline, r.workingDaysLeft])).toEqual([
      ['c7', '2026-12-09', 2],
      ['c3', '2026-12-15', 6],
    ])
    expect(actionText(list.rows[1])).toMatch(/^Dossier openstellen en intakegesprek inplannen/)
    expect(actionText(list.rows[0])).toMatch(/^Intakegesprek inplannen/)
  })
})

describe('request lists (spec rules 4, 5)', () => {
  const clients = [client({ id: 'c1' }), client({ id: 'c2' }), client({ id: 'c3' })]
  const input = data({
    clients,
    changeRequests: [
      changeRequest({ id: 'cr1', clientId: 'c1', requestDate: d('2026-12-01'), operatorApprovalDate: d('2026-12-01') }),
      changeRequest({
        id: 'cr2',
        clientId: 'c2',
        initiatedBy: 'partner',
        requestDate: d('2026-11-20'),
        partnerApprovalDate: d('2026-11-20'),
        operatorApprovalDate: d('2026-11-25'),
        status: 'akkoord',
      }),
      changeRequest({ id: 'cr3', clientId: 'c3', status: 'verwerkt', partnerApprovalDate: d('2026-11-03'), effectiveDate: d('2026-11-10') }),
      changeRequest({ id: 'cr4', clientId: 'c3', requestDate: d('2026-11-02'), operatorApprovalDate: null, initiatedBy: 'partner', partnerApprovalDate: null }),
    ],
    deregistrations: [
      createDeregistration({ id: 'a1', clientId: 'c1', receivedDate: d('2026-12-03'), requestedDate: d('2026-11-01') }, 26),
      {
        ...createDeregistration({ id: 'a2', clientId: 'c2', receivedDate: d('2026-11-03'), requestedDate: d('2026-11-30') }, 26),
        processedDate: d('2026-11-04'),
      },
    ],
  })

  it('wijzigingen-akkoord-afwachten: open requests and whose approval is missing', () => {
    const list = computeSignalList('wijzigingen-akkoord-afwachten', input)
    expect(list.rows.map((r) => [r.changeRequestId, r.deadline, r.workingDaysLeft, r.awaiting])).toEqual([
      ['cr4', '2026-11-16', -15, ['partner', 'operator']],
      ['cr1', '2026-12-15', 6, ['partner']],
    ])
    expect(list.rows[1]?.action).toEqual({ code: 'akkoord-partner', params: { from: 'Plus', to: 'Intensief' } })
    expect(actionText(list.rows[1])).toBe('Akkoord van de partner (begeleider) vragen: Plus → Intensief')
  })

  it('wijzigingen-verwerken: approved requests, deadline after the later approval', () => {
    const list = computeSignalList('wijzigingen-verwerken', input)
    expect(list.rows.map((r) => [r.changeRequestId, r.approvedDate, r.deadline, r.workingDaysLeft])).toEqual([['cr2', '2026-11-25', '2026-12-09', 2]])
  })

  it('afmeldingen-verwerken: unprocessed, with the computed effective date and why', () => {
    const list = computeSignalList('afmeldingen-verwerken', input)
    expect(list.rows).toHaveLength(1)
    expect(list.rows[0]).toMatchObject({
      deregistrationId: 'a1',
      clientId: 'c1',
      deadline: '2026-12-17',
      workingDaysLeft: 8,
      requestedDate: '2026-11-01',
      effectiveDate: '2026-12-03',
      adjusted: true,
    })
    expect(list.rows[0]?.explanation).toEqual({
      code: 'afmelding-per-ontvangst',
      params: { requested: '01-11-2026', period: '2026-12', from: '26-11-2026', last: '25-12-2026', received: '03-12-2026' },
    })
    expect(actionText(list.rows[0])).toBe('Afmelding verwerken per 03-12-2026 (eerste dag die niet meer wordt gefactureerd)')
  })
})

describe('structurele-afwijkingen (spec rules 9, 10)', () => {
  const Q3 = ['2026-07', '2026-08', '2026-09']
  const clients = ['c1', 'c2', 'c3', 'c4', 'c5'].map((id) => client({ id }))
  const input = data({
    clients,
    subscriptionPeriods: [
      period('c1', 'plus', '2026-01-01', null),
      period('c2', 'plus', '2026-01-01', null),
      period('c3', 'plus', '2026-01-01', '2026-11-01'), // no longer active today
      period('c4', 'plus', '2026-01-01', null),
      period('c5', 'plus', '2026-01-01', null),
    ],
    usage: [
      ...Q3.map((p) => usage('c1', p, 400)), // boven
      ...Q3.map((p) => usage('c2', p, 50)), // onder
      ...Q3.map((p) => usage('c3', p, 400)),
      ...Q3.map((p) => usage('c4', p, 50)), // onder, but a change request followed
      ...Q3.map((p) => usage('c5', p, 200)), // binnen
    ],
    changeRequests: [changeRequest({ id: 'cr', clientId: 'c4', fromPlanId: 'plus', toPlanId: 'basis', requestDate: d('2026-10-01') })],
  })

  it('lists boven/onder of the last complete quarter for clients still active and not yet followed up', () => {
    const list = computeSignalList('structurele-afwijkingen', input)
    expect(list.rows.map((r) => [r.clientId, r.quarter, r.outcome, r.recommendedPlanId, r.deadline, r.workingDaysLeft, r.overdue])).toEqual([
      ['c1', '2026-Q3', 'boven', 'intensief', '2026-10-09', -41, true],
      ['c2', '2026-Q3', 'onder', 'basis', '2026-10-09', -41, true],
    ])
    expect(list.rows[0]?.begeleider.name).toBe('Bea Begeleider')
    expect(list.rows[0]?.partnerContact?.name).toBe('Carla Contact')
    expect(actionText(list.rows[0])).toBe(
      'Contact opnemen met begeleider en contactpersoon partner: verbruik structureel boven de bundel in 2026-Q3; advies: Intensief',
    )
  })
})

describe('geen-contact (spec rule 10)', () => {
  const clients = ['c1', 'c2', 'c3', 'c4'].map((id) => client({ id }))
  const periods = [
    period('c1', 'plus', '2026-01-01', null),
    period('c2', 'plus', '2026-01-01', null),
    period('c3', 'plus', '2026-09-27', null), // not billed for the whole of 2026-10
    period('c4', 'plus', '2026-01-01', '2026-12-01'), // not active today
  ]

  it('active for both last complete periods without a single contact', () => {
    const list = computeSignalList(
      'geen-contact',
      data({
        clients,
        subscriptionPeriods: periods,
        usage: [usage('c2', '2026-11', 3, 0, 1), usage('c1', '2026-10', 0, 0, 0)],
      }),
    )
    expect(list.rows.map((r) => [r.clientId, r.periods, r.deadline, r.workingDaysLeft])).toEqual([['c1', ['2026-10', '2026-11'], '2026-12-09', 2]])
    expect(actionText(list.rows[0])).toMatch(/geen contact in 2026-10 en 2026-11/)
  })

  it('stays empty until usage of both periods has been imported', () => {
    const list = computeSignalList('geen-contact', data({ clients, subscriptionPeriods: periods, usage: [usage('c2', '2026-11', 3)] }))
    expect(list.rows).toEqual([])
  })
})

describe('computeSignalLists', () => {
  it('returns every list in order; lists without clients are empty, not missing', () => {
    const lists = computeSignalLists(data({ clients: [registered('c1', '2026-11-30')] }))
    expect(lists.map((l) => l.key)).toEqual([...SIGNAL_LIST_KEYS])
    expect(lists.map((l) => l.rows.length)).toEqual([1, 0, 0, 0, 0, 0, 0, 0, 0])
    for (const l of lists) {
      expect(signalListsNl.titles[l.key].length).toBeGreaterThan(5)
      expect(signalListsNl.descriptions[l.key]).toMatch(/Termijn/)
    }
  })

  it('narrowing on the key types the rows', () => {
    const lists = computeSignalLists(data({ clients: [registered('c1', '2026-11-30')] }))
    const first = lists[0]
    if (first?.key === 'aanmeldingen-verwerken') expect(first.rows[0]?.receivedDate).toBe('2026-11-30')
    else throw new Error('unexpected order')
  })
})
