import { describe, expect, it } from 'vitest'
import { lifecycleNl } from '@shared/i18n/lifecycle.nl'
import { fillParams } from '@shared/problems/dutchText'
import { createWorkingCalendar } from '@shared/calendar/workingDays'
import { INTAKE_SLOT_TIMES, formatPlannedAt, intakeIssues, intakePlannerDays, intakeSlotsOn, isPlannedAt } from '@shared/domain/lifecycle/intake'
import { emptyIntake, type Intake } from '@shared/model/client'
import { d } from '../fixtures'

const calendar = createWorkingCalendar()

describe('intake planner (spec rule 3, seeds/002)', () => {
  it('proposes today and the next three working days, skipping the weekend', () => {
    // Thursday 12-11-2026 at 08:00: Thu, Fri, Mon, Tue.
    const days = intakePlannerDays({ today: d('2026-11-12'), nowTime: '08:00' }, calendar)
    expect(days.map((x) => x.date)).toEqual(['2026-11-12', '2026-11-13', '2026-11-16', '2026-11-17'])
    expect(days[0]?.slots.map((s) => s.time)).toEqual(INTAKE_SLOT_TIMES)
    expect(days[2]?.slots[2]).toEqual({ time: '10:00', at: '2026-11-16T10:00' })
  })

  it('offers only the later times today, and skips today once all times have passed', () => {
    const afternoon = intakePlannerDays({ today: d('2026-11-12'), nowTime: '15:10' }, calendar)
    expect(afternoon[0]?.slots.map((s) => s.time)).toEqual(['15:30', '16:00', '16:30'])
    const evening = intakePlannerDays({ today: d('2026-11-12'), nowTime: '18:00' }, calendar)
    expect(evening.map((x) => x.date)).toEqual(['2026-11-13', '2026-11-16', '2026-11-17', '2026-11-18'])
  })

  it('starts after a weekend or holiday and jumps over the Christmas days', () => {
    const days = intakePlannerDays({ today: d('2026-12-24'), nowTime: '17:00' }, calendar)
    expect(days.map((x) => x.date)).toEqual(['2026-12-28', '2026-12-29', '2026-12-30', '2026-12-31'])
  })

  it('a chosen later day gives its times; no times on a non-working or past day', () => {
    const clock = { today: d('2026-11-12'), nowTime: '09:00' }
    expect(intakeSlotsOn(d('2026-12-02'), clock, calendar)).toHaveLength(INTAKE_SLOT_TIMES.length)
    expect(intakeSlotsOn(d('2026-12-05'), clock, calendar)).toEqual([]) // Saturday
    expect(intakeSlotsOn(d('2026-12-25'), clock, calendar)).toEqual([]) // Eerste Kerstdag
    expect(intakeSlotsOn(d('2026-11-11'), clock, calendar)).toEqual([])
  })

  it('honours extra closing days from the settings', () => {
    const closed = createWorkingCalendar([d('2026-11-13')])
    const days = intakePlannerDays({ today: d('2026-11-12'), nowTime: '08:00' }, closed)
    expect(days.map((x) => x.date)).toEqual(['2026-11-12', '2026-11-16', '2026-11-17', '2026-11-18'])
  })

  it('formats and recognises planned times', () => {
    expect(formatPlannedAt('2026-11-16T10:00')).toBe('16-11-2026 10:00')
    expect(formatPlannedAt(null)).toBe('')
    expect(isPlannedAt('2026-11-16T10:00')).toBe(true)
    expect(isPlannedAt('2026-11-31T10:00')).toBe(false)
    expect(isPlannedAt('2026-11-16T24:00')).toBe(false)
  })
})

describe('intakeIssues', () => {
  const client = { registrationReceivedDate: d('2026-11-02') }
  const ctx = { today: d('2026-11-20'), hasConversation: true }
  const intake = (over: Partial<Intake>): Intake => ({ ...emptyIntake, ...over })
  const fields = (i: Intake, c = ctx) => Object.fromEntries(intakeIssues(client, i, c).map((x) => [x.field, fillParams(lifecycleNl[x.code], x.params)]))

  it('accepts a complete, consistent intake', () => {
    const ok = intake({
      formSentDate: d('2026-11-10'),
      formReceivedDate: d('2026-11-12'),
      dossierOpenedDate: d('2026-11-12'),
      conversationPlannedAt: '2026-11-16T10:00',
      conversationHeldDate: d('2026-11-16'),
    })
    expect(intakeIssues(client, ok, ctx)).toEqual([])
  })

  it('refuses dates in the future for things that happened', () => {
    expect(fields(intake({ formReceivedDate: d('2026-11-21') }))).toEqual({ formReceivedDate: 'Deze datum ligt in de toekomst (vandaag is 20-11-2026).' })
  })

  it('puts each ordering problem at its own field', () => {
    const wrong = fields(intake({ formReceivedDate: d('2026-11-01'), dossierOpenedDate: d('2026-10-30') }))
    expect(wrong.formReceivedDate).toMatch(/vóór de aanmelding \(02-11-2026\)/)
    expect(wrong.dossierOpenedDate).toMatch(/vóór de ontvangst van het intakeformulier \(01-11-2026\)/)
    expect(fields(intake({ dossierOpenedDate: d('2026-11-12') })).dossierOpenedDate).toMatch(/nadat het intakeformulier is ontvangen/)
  })

  it('plans a conversation only after the form arrived, and records it held only once planned', () => {
    expect(fields(intake({ conversationPlannedAt: '2026-11-16T10:00' })).conversationPlannedAt).toMatch(/nadat het intakeformulier is ontvangen/)
    expect(fields(intake({ formReceivedDate: d('2026-11-12'), conversationPlannedAt: '2026-11-11T10:00' })).conversationPlannedAt).toMatch(/vóór de ontvangst/)
    expect(fields(intake({ formReceivedDate: d('2026-11-12'), conversationHeldDate: d('2026-11-13') })).conversationHeldDate).toBe(
      'Plan het intakegesprek eerst.',
    )
  })

  it('has no conversation for Basis and Waakvlam', () => {
    const noConversation = { ...ctx, hasConversation: false }
    const wrong = fields(
      intake({ formReceivedDate: d('2026-11-12'), conversationPlannedAt: '2026-11-16T10:00', conversationHeldDate: d('2026-11-16') }),
      noConversation,
    )
    expect(Object.keys(wrong).sort()).toEqual(['conversationHeldDate', 'conversationPlannedAt'])
    expect(intakeIssues(client, intake({ formReceivedDate: d('2026-11-12'), dossierOpenedDate: d('2026-11-13') }), noConversation)).toEqual([])
  })
})
