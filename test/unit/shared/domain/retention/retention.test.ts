import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { parseCalendarDate as d, type CalendarDate } from '@shared/calendar/calendarDate'
import { fromDayNumber, toDayNumber } from '@shared/calendar/dateMath'
import { ANONYMISED_VALUE } from '@shared/model/clientRules'
import type { ClientStatus } from '@shared/model'
import {
  anonymiseFrozenCopy,
  clientsDueForAnonymisation,
  effectiveDeregistration,
  frozenCopyDueFrom,
  isFrozenCopyDue,
  lastDueInvoiceYear,
} from '@shared/domain/retention'

const dereg = (effectiveDate: string, processedDate: string | null = effectiveDate) => ({
  effectiveDate: d(effectiveDate),
  processedDate: processedDate === null ? null : d(processedDate),
})
const client = (id: string, status: ClientStatus = 'afgemeld', anonymisedDate: CalendarDate | null = null) => ({ id, status, anonymisedDate })

describe('effective deregistration', () => {
  it('is the latest processed one; unprocessed ones do not count', () => {
    expect(effectiveDeregistration([])).toBeUndefined()
    expect(effectiveDeregistration([dereg('2026-01-01', null)])).toBeUndefined()
    expect(effectiveDeregistration([dereg('2024-05-01'), dereg('2026-02-10'), dereg('2027-01-01', null)])).toBe('2026-02-10')
  })
})

describe('clients due for anonymisation', () => {
  const today = d('2028-11-20')
  const deregs: Record<string, ReturnType<typeof dereg>[]> = {
    due: [dereg('2026-11-20')],
    dayEarly: [dereg('2026-11-21')],
    long: [dereg('2020-03-31')],
    reregistered: [dereg('2020-01-01'), dereg('2027-06-01')],
    unprocessed: [dereg('2020-01-01', null)],
  }
  const of = (id: string) => deregs[id] ?? []

  it.each([
    ['due', 'the day the retention period ends', true],
    ['dayEarly', 'one day before', false],
    ['long', 'long ago', true],
    ['reregistered', 'the latest deregistration counts', false],
    ['unprocessed', 'a deregistration not yet processed', false],
  ])('%s: %s → %s', (id, _why, expected) => {
    expect(clientsDueForAnonymisation([client(id)], of, 24, today).length === 1).toBe(expected)
  })

  it('skips clients that are not deregistered or already anonymised', () => {
    expect(
      clientsDueForAnonymisation([client('long', 'actief'), client('long', 'aangemeld'), client('long', 'afgemeld', d('2027-01-01'))], of, 24, today),
    ).toEqual([])
  })

  it('gives the deregistration date and the date it became due, longest due first', () => {
    expect(clientsDueForAnonymisation([client('due'), client('long')], of, 24, today)).toEqual([
      { clientId: 'long', deregisteredOn: '2020-03-31', dueSince: '2022-03-31' },
      { clientId: 'due', deregisteredOn: '2026-11-20', dueSince: '2028-11-20' },
    ])
  })

  const date = fc.integer({ min: toDayNumber(d('2000-01-01')), max: toDayNumber(d('2040-12-31')) }).map(fromDayNumber)

  it('property: a client is due exactly when today is on or after its due date, which lies after the deregistration', () => {
    fc.assert(
      fc.property(date, date, fc.integer({ min: 1, max: 240 }), (effective, today, months) => {
        const due = clientsDueForAnonymisation([client('c')], () => [dereg(effective)], months, today)
        const [row] = due
        if (row === undefined) return
        expect(row.dueSince > row.deregisteredOn).toBe(true)
        expect(row.dueSince <= today).toBe(true)
      }),
    )
  })

  it('property: once due, a client stays due on every later day (monotonic in today)', () => {
    fc.assert(
      fc.property(date, date, fc.integer({ min: 0, max: 5000 }), fc.integer({ min: 1, max: 240 }), (effective, today, later, months) => {
        const now = clientsDueForAnonymisation([client('c')], () => [dereg(effective)], months, today)
        const after = clientsDueForAnonymisation([client('c')], () => [dereg(effective)], months, fromDayNumber(toDayNumber(today) + later))
        if (now.length === 1) expect(after).toEqual(now)
      }),
    )
  })

  it('property: a longer retention never makes more clients due', () => {
    fc.assert(
      fc.property(
        fc.array(date, { maxLength: 20 }),
        date,
        fc.integer({ min: 1, max: 120 }),
        fc.integer({ min: 0, max: 120 }),
        (effectives, today, months, extra) => {
          const clients = effectives.map((_, i) => client(String(i)))
          const deregsOf = (id: string) => [dereg(effectives[Number(id)] ?? '2000-01-01')]
          const shorter = clientsDueForAnonymisation(clients, deregsOf, months, today).map((r) => r.clientId)
          const longer = clientsDueForAnonymisation(clients, deregsOf, months + extra, today).map((r) => r.clientId)
          expect(longer.every((id) => shorter.includes(id))).toBe(true)
        },
      ),
    )
  })
})

describe('frozen invoice copies', () => {
  const line = (clientName: string) => ({ clientName, amountCents: 5161 })
  const invoice = (invoiceDate: string, status: 'concept' | 'definitief' = 'definitief', names = ['Jan Jansen', 'Piet Pieters']) => ({
    invoiceDate: d(invoiceDate),
    status,
    lines: names.map(line),
  })

  it('keep client names for 7 years after the end of the invoice year', () => {
    expect(frozenCopyDueFrom(d('2026-03-15'))).toBe('2034-01-01')
    expect(frozenCopyDueFrom(d('2026-12-31'))).toBe('2034-01-01')
    expect(isFrozenCopyDue(invoice('2026-03-15'), d('2033-12-31'))).toBe(false)
    expect(isFrozenCopyDue(invoice('2026-03-15'), d('2034-01-01'))).toBe(true)
    expect(lastDueInvoiceYear(d('2034-01-01'))).toBe(2026)
  })

  it('concepts are no copies, and an anonymised copy is never due again', () => {
    expect(isFrozenCopyDue(invoice('2020-01-01', 'concept'), d('2034-01-01'))).toBe(false)
    expect(isFrozenCopyDue(anonymiseFrozenCopy(invoice('2020-01-01')), d('2034-01-01'))).toBe(false)
  })

  it('property: anonymising keeps every amount and removes every name', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ clientName: fc.string(), amountCents: fc.integer() }), { maxLength: 30 }), (lines) => {
        const after = anonymiseFrozenCopy({ lines })
        expect(after.lines.map((l) => l.amountCents)).toEqual(lines.map((l) => l.amountCents))
        expect(after.lines.every((l) => l.clientName === ANONYMISED_VALUE)).toBe(true)
      }),
    )
  })

  it('property: a final invoice is due exactly in the years after the last due year', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2000, max: 2060 }), fc.integer({ min: 2000, max: 2080 }), (invoiceYear, year) => {
        const today = d(`${year}-06-30`)
        expect(isFrozenCopyDue(invoice(`${invoiceYear}-07-01`), today)).toBe(invoiceYear <= lastDueInvoiceYear(today))
      }),
    )
  })
})
