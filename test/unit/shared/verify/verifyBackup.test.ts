import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import type { BackupData } from '@shared/backup/schema'
import { parseCalendarDate, type CalendarDate } from '@shared/calendar/calendarDate'
import { generateDemoData } from '@shared/demo/generate'
import { latestDate, verifyBackup } from '@shared/verify'
import { smallBackupData } from '../backup/fixture'

const TODAY = parseCalendarDate('2026-11-23')
const d = (text: string): CalendarDate => parseCalendarDate(text)

/** The small backup with one change: the check must find exactly what the change breaks. */
function broken(change: (data: BackupData) => void): BackupData {
  const data = smallBackupData()
  change(data)
  return data
}

const summary = (data: BackupData, today = TODAY) => verifyBackup(data, today).map((f) => ({ code: f.code, record: f.record }))

describe('verifyBackup', () => {
  it('finds nothing in a consistent administration', () => {
    expect(verifyBackup(smallBackupData(), TODAY)).toEqual([])
  })

  it('finds overlapping subscription periods, naming the first period and the client', () => {
    const data = broken((data) => data.subscriptionPeriods.push({ id: 's2', clientId: 'c1', planId: 'pl1', from: d('2026-11-01'), until: null }))
    expect(summary(data)).toEqual([{ code: 'overlap', record: { table: 'subscriptionPeriods', id: 's1', clientNumber: '000001' } }])
    expect(verifyBackup(data, TODAY)[0]!.params).toEqual({ from: '05-10-2026', until: 'open', otherFrom: '01-11-2026', otherUntil: 'open' })
  })

  it('finds a gap between subscription periods', () => {
    const data = broken((data) => {
      data.subscriptionPeriods[0] = { ...data.subscriptionPeriods[0]!, until: d('2026-10-20') }
      data.subscriptionPeriods.push({ id: 's2', clientId: 'c1', planId: 'pl1', from: d('2026-11-01'), until: null })
    })
    expect(summary(data)).toEqual([{ code: 'gat', record: { table: 'subscriptionPeriods', id: 's1', clientNumber: '000001' } }])
  })

  it('finds an active client without any subscription period, naming the client', () => {
    const data = broken((data) => (data.subscriptionPeriods = []))
    expect(summary(data)).toEqual([{ code: 'actief-zonder-abonnement', record: { table: 'clients', id: 'c1', clientNumber: '000001' } }])
  })

  it('finds a date before 01-01-2000 and one more than two years after today, but not a birth date', () => {
    const early = broken((data) => {
      data.clients[0] = { ...data.clients[0]!, registrationReceivedDate: d('1999-12-31'), birthDate: d('1930-05-01') }
    })
    expect(summary(early)).toEqual([
      { code: 'verify.dateTooEarly', record: { table: 'clients', id: 'c1', field: 'registrationReceivedDate', clientNumber: '000001' } },
    ])
    expect(verifyBackup(early, TODAY)[0]!.params).toEqual({ date: '31-12-1999', earliest: '01-01-2000' })

    const late = broken((data) => data.settings.extraClosingDays.push(d('2028-11-24')))
    expect(summary(late)).toEqual([{ code: 'verify.dateTooLate', record: { table: 'settings', id: null, field: 'extraClosingDays.0' } }])
    expect(verifyBackup(late, TODAY)[0]!.params).toEqual({ date: '24-11-2028', latest: '23-11-2028' })
    // Exactly two years ahead is still allowed.
    expect(
      verifyBackup(
        broken((data) => data.settings.extraClosingDays.push(d('2028-11-23'))),
        TODAY,
      ),
    ).toEqual([])
  })

  it('counts two years from a leap day to 28 February', () => {
    expect(latestDate(d('2028-02-29'))).toBe('2030-02-28')
    expect(latestDate(d('2026-11-23'))).toBe('2028-11-23')
  })

  it('finds more than 44.640 minutes of one kind for a client in one period', () => {
    expect(
      verifyBackup(
        broken((data) => (data.usage[0] = { ...data.usage[0]!, callMinutes: 44_640, registrationMinutes: 44_640 })),
        TODAY,
      ),
    ).toEqual([])
    const data = broken((data) => (data.usage[0] = { ...data.usage[0]!, registrationMinutes: 44_641 }))
    expect(verifyBackup(data, TODAY)).toEqual([
      {
        code: 'verify.tooManyMinutes',
        params: { minutes: 44_641, limit: 44_640 },
        record: { table: 'usage', id: 'c1|2026-10', field: 'registrationMinutes', clientNumber: '000001' },
      },
    ])
  })

  it('finds a monthly fee above € 10.000,00', () => {
    expect(
      verifyBackup(
        broken((data) => (data.plans[0] = { ...data.plans[0]!, monthlyFeeCents: 1_000_000 })),
        TODAY,
      ),
    ).toEqual([])
    const data = broken((data) => (data.plans[0] = { ...data.plans[0]!, monthlyFeeCents: 1_000_001 }))
    expect(verifyBackup(data, TODAY)).toEqual([
      { code: 'verify.feeTooHigh', params: { fee: '€ 10.000,01', limit: '€ 10.000,00' }, record: { table: 'plans', id: 'pl1', field: 'monthlyFeeCents' } },
    ])
  })

  it('finds a deregistration whose effective date contradicts the rule', () => {
    // Received 10-11-2026 in period 2026-11 (from 26-10-2026): a request for 20-10-2026 takes effect on receipt.
    const deregistration = {
      id: 'd1',
      clientId: 'c1',
      receivedDate: d('2026-11-10'),
      requestedDate: d('2026-10-20'),
      effectiveDate: d('2026-11-10'),
      processedDate: null,
    }
    expect(
      verifyBackup(
        broken((data) => data.deregistrations.push(deregistration)),
        TODAY,
      ),
    ).toEqual([])
    const data = broken((data) => data.deregistrations.push({ ...deregistration, effectiveDate: d('2026-10-20') }))
    expect(verifyBackup(data, TODAY)).toEqual([
      {
        code: 'verify.deregistrationEffectiveDate',
        params: { effective: '20-10-2026', expected: '10-11-2026', received: '10-11-2026', requested: '20-10-2026' },
        record: { table: 'deregistrations', id: 'd1', field: 'effectiveDate', clientNumber: '000001' },
      },
    ])
  })

  it('finds broken references, naming the record instead of its place in the file', () => {
    const data = broken((data) => (data.subscriptionPeriods[0] = { ...data.subscriptionPeriods[0]!, planId: 'pl9' }))
    expect(verifyBackup(data, TODAY)).toEqual([
      { code: 'backup.missingPlan', params: { id: 'pl9' }, record: { table: 'subscriptionPeriods', id: 's1', field: 'planId', clientNumber: '000001' } },
    ])
    const twice = broken((data) => data.plans.push({ ...data.plans[0]! }))
    expect(summary(twice)).toEqual([{ code: 'backup.duplicatePlan', record: { table: 'plans', id: 'pl1', field: 'id' } }])
  })

  it('passes the demo data for any seed and day', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 2 ** 31 - 1 }),
        fc.date({ min: new Date('2010-01-01T00:00:00Z'), max: new Date('2040-12-31T00:00:00Z'), noInvalidDate: true }),
        (seed, day) => {
          const today = parseCalendarDate(day.toISOString().slice(0, 10))
          const data = generateDemoData({ seed, today, partners: 4, clients: 60, months: 6 })
          expect(verifyBackup(data, today)).toEqual([])
        },
      ),
      { numRuns: 40 },
    )
  })
})
