import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { addDays } from '@shared/calendar/dateMath'
import { buildTimeline, deregistrationExplanation } from '@shared/domain/lifecycle/timeline'
import { lifecycleNl } from '@shared/i18n/lifecycle.nl'
import { emptyIntake, parseCalendarDate as d, type Client } from '@shared/model'
import { fillParams } from '@shared/problems/dutchText'

/** Registered 02-11, active from 10-11, deregistered since. */
const deregisteredClient: Client = {
  id: 'c1',
  partnerId: 'p1',
  clientNumber: '1',
  firstName: 'Jan',
  lastName: 'de Boer',
  birthDate: null,
  bsn: '',
  begeleider: { name: '', email: '', phone: '' },
  representatives: [],
  status: 'afgemeld',
  registrationPlanId: 'licht',
  registrationReceivedDate: d('2026-11-02'),
  activationDate: d('2026-11-10'),
  loginSentDate: d('2026-11-10'),
  intake: emptyIntake,
  notes: '',
  anonymisedDate: null,
}

describe('buildTimeline', () => {
  const client = deregisteredClient
  const dereg = {
    id: 'd1',
    clientId: 'c1',
    receivedDate: d('2026-12-01'),
    requestedDate: d('2026-11-20'),
    effectiveDate: d('2026-12-01'),
    processedDate: d('2026-12-01'),
  }

  it('puts everything in date order, the workflow order on the same day, with last billed days', () => {
    const entries = buildTimeline({
      client,
      periods: [
        { id: 'b', clientId: 'c1', planId: 'zwaar', from: d('2026-11-21'), until: d('2026-12-01') },
        { id: 'a', clientId: 'c1', planId: 'licht', from: d('2026-11-10'), until: d('2026-11-21') },
      ],
      changeRequests: [
        {
          id: 'cr',
          clientId: 'c1',
          fromPlanId: 'licht',
          toPlanId: 'zwaar',
          initiatedBy: 'operator',
          reason: 'x',
          requestDate: d('2026-11-17'),
          partnerApprovalDate: d('2026-11-18'),
          operatorApprovalDate: d('2026-11-17'),
          closedDate: d('2026-11-20'),
          effectiveDate: d('2026-11-21'),
          status: 'verwerkt',
        },
      ],
      deregistrations: [dereg],
      startDay: 26,
    })
    expect(entries.map((e) => [e.kind, e.date])).toEqual([
      ['registration', '2026-11-02'],
      ['activation', '2026-11-10'],
      ['period', '2026-11-10'],
      ['changeRequest', '2026-11-17'],
      ['period', '2026-11-21'],
      ['deregistration', '2026-12-01'],
    ])
    const last = entries[4]
    expect(last?.kind === 'period' && last.lastDay).toBe('2026-11-30')
  })

  it('explains a deregistration only when its effective date differs from the request', () => {
    const explanation = deregistrationExplanation(dereg, 26)
    expect(explanation).toMatchObject({ code: 'afmelding-per-ontvangst', params: { received: '01-12-2026' } })
    expect(explanation && fillParams(lifecycleNl[explanation.code], explanation.params)).toMatch(/gaat daarom in per de datum van ontvangst, 01-12-2026\.$/)
    expect(deregistrationExplanation({ ...dereg, requestedDate: d('2026-12-31'), effectiveDate: d('2026-12-31') }, 26)).toBeNull()
  })
})

describe('buildTimeline (properties)', () => {
  const client: Client = { ...deregisteredClient, status: 'actief', registrationReceivedDate: d('2026-06-01'), activationDate: null, loginSentDate: null }
  const day = fc.integer({ min: -400, max: 400 }).map((n) => addDays(d('2026-06-01'), n))
  const period = fc.record({ from: day, days: fc.option(fc.integer({ min: 1, max: 90 }), { nil: null }) })
  const request = day
  const deregistration = fc.record({ received: day, later: fc.integer({ min: 0, max: 40 }) })

  it('lists every record once, in date order, workflow order within a day; "again" exactly when a period precedes the registration', () => {
    const order = ['registration', 'activation', 'period', 'changeRequest', 'deregistration']
    fc.assert(
      fc.property(
        fc.array(period, { maxLength: 6 }),
        fc.array(request, { maxLength: 4 }),
        fc.array(deregistration, { maxLength: 3 }),
        fc.option(day, { nil: null }),
        (ps, rs, ds, activation) => {
          const periods = ps.map((p, i) => ({
            id: `p${i}`,
            clientId: 'c1',
            planId: 'licht',
            from: p.from,
            until: p.days === null ? null : addDays(p.from, p.days),
          }))
          const changeRequests = rs.map((date, i) => ({
            id: `r${i}`,
            clientId: 'c1',
            fromPlanId: 'licht',
            toPlanId: 'zwaar',
            initiatedBy: 'operator' as const,
            reason: 'x',
            requestDate: date,
            partnerApprovalDate: null,
            operatorApprovalDate: null,
            closedDate: null,
            effectiveDate: null,
            status: 'open' as const,
          }))
          const deregistrations = ds.map((x, i) => ({
            id: `d${i}`,
            clientId: 'c1',
            receivedDate: x.received,
            requestedDate: addDays(x.received, x.later),
            effectiveDate: addDays(x.received, x.later),
            processedDate: null,
          }))
          const entries = buildTimeline({
            client: { ...client, activationDate: activation, loginSentDate: activation },
            periods,
            changeRequests,
            deregistrations,
            startDay: 26,
          })

          expect(entries).toHaveLength(1 + (activation === null ? 0 : 1) + periods.length + changeRequests.length + deregistrations.length)
          for (const [a, b] of entries.slice(1).map((e, i) => [entries[i]!, e] as const)) {
            expect(a.date <= b.date).toBe(true)
            if (a.date === b.date) expect(order.indexOf(a.kind) <= order.indexOf(b.kind)).toBe(true)
          }
          const registration = entries.find((e) => e.kind === 'registration')
          expect(registration?.kind === 'registration' && registration.again).toBe(periods.some((p) => p.from < client.registrationReceivedDate))
          for (const entry of entries)
            if (entry.kind === 'period') expect(entry.lastDay).toBe(entry.period.until === null ? null : addDays(entry.period.until, -1))
        },
      ),
    )
  })
})
