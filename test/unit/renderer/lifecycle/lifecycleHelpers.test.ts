import { describe, expect, it } from 'vitest'
import { emptyIntake, parseCalendarDate as d, type Client } from '@shared/model'
import { RuleError } from '@renderer/data'
import { DraftReader, ruleFieldErrors } from '@renderer/stores/lifecycleDrafts'
import { buildTimeline, deregistrationExplanation } from '@renderer/stores/lifecycleTimeline'
import { setLocale } from '@renderer/i18n'

setLocale('nl')

describe('DraftReader', () => {
  it('reads Dutch dates and collects one message per field', () => {
    const read = new DraftReader()
    expect(read.date('a', '1-2-2026')).toBe('2026-02-01')
    expect(read.date('b', '', { required: false })).toBeNull()
    expect(read.ok).toBe(true)
    expect(read.date('c', '')).toBeNull()
    expect(read.date('d', '30-02-2026')).toBeNull()
    expect(read.date('e', '12-11-2026', { notAfter: d('2026-11-11') })).toBeNull()
    expect(read.date('f', '01-11-2026', { notBefore: { date: d('2026-11-02'), message: 'Te vroeg' } })).toBeNull()
    expect(read.text('g', '   ', 10)).toBe('')
    expect(read.text('h', 'x'.repeat(11), 10)).toHaveLength(11)
    expect(read.choice('i', '', 'Kies iets')).toBeNull()
    expect(read.choice('j', 'partner', 'Kies iets')).toBe('partner')
    read.fail('c', 'tweede melding')
    expect(read.ok).toBe(false)
    expect(read.errors).toEqual({
      c: 'Dit veld is verplicht',
      d: 'Ongeldige datum (dd-mm-jjjj)',
      e: 'Deze datum ligt in de toekomst (vandaag is 11-11-2026)',
      f: 'Te vroeg',
      g: 'Dit veld is verplicht',
      h: 'Te lang',
      i: 'Kies iets',
    })
  })

  it('places a refused rule at its field when the screen has one for it', () => {
    const error = new RuleError('terugwerkende-kracht', 'Ingangsdatum ligt vóór de lopende periode.')
    expect(ruleFieldErrors(error, { 'terugwerkende-kracht': 'effectiveDate' })).toEqual({ effectiveDate: 'Ingangsdatum ligt vóór de lopende periode.' })
    expect(ruleFieldErrors(error, {})).toBeNull()
    expect(ruleFieldErrors(new Error('x'), { 'terugwerkende-kracht': 'effectiveDate' })).toBeNull()
  })
})

describe('buildTimeline', () => {
  const client: Client = {
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
  const dereg = { id: 'd1', clientId: 'c1', receivedDate: d('2026-12-01'), requestedDate: d('2026-11-20'), effectiveDate: d('2026-12-01'), processedDate: d('2026-12-01') }

  it('puts everything in date order, the workflow order on the same day, with last billed days', () => {
    const entries = buildTimeline({
      client,
      periods: [
        { id: 'b', clientId: 'c1', planId: 'zwaar', from: d('2026-11-21'), until: d('2026-12-01') },
        { id: 'a', clientId: 'c1', planId: 'licht', from: d('2026-11-10'), until: d('2026-11-21') },
      ],
      changeRequests: [
        { id: 'cr', clientId: 'c1', fromPlanId: 'licht', toPlanId: 'zwaar', initiatedBy: 'operator', reason: 'x', requestDate: d('2026-11-17'), partnerApprovalDate: d('2026-11-18'), operatorApprovalDate: d('2026-11-17'), closedDate: d('2026-11-20'), effectiveDate: d('2026-11-21'), status: 'verwerkt' },
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
    expect(deregistrationExplanation(dereg, 26)).toMatch(/gaat daarom in per de datum van ontvangst, 01-12-2026\.$/)
    expect(deregistrationExplanation({ ...dereg, requestedDate: d('2026-12-31'), effectiveDate: d('2026-12-31') }, 26)).toBeNull()
  })
})
