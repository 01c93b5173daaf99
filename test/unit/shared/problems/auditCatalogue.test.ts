import { describe, expect, it } from 'vitest'
import { sourceTexts } from './sourceFiles'
import { AUDIT_EVENTS, PERSONAL_AUDIT_PARAMS, isAuditEvent, type AuditEvent } from '@shared/audit/events'
import { auditEntrySchema } from '@shared/model'

const events = Object.keys(AUDIT_EVENTS) as AuditEvent[]

describe('the audit event catalogue', () => {
  it('knows every event the source records, and every recording names its event', () => {
    const recorded = new Set<string>()
    for (const text of sourceTexts('src')) {
      for (const m of text.matchAll(/\bevent: '(\w+)'/g)) recorded.add(m[1]!)
      for (const m of text.matchAll(/'(period(?:Started|Changed|Deleted)By\w+)'/g)) recorded.add(m[1]!)
      for (const m of text.matchAll(/'(changeRequest(?:Approved\w+|Rejected|Withdrawn|Processed)|creditNoteFinalised|invoiceFinalised)'/g)) recorded.add(m[1]!)
      expect(text, 'an audit entry records an event, not a sentence').not.toMatch(/audit\(\{[^}]*\bsummary:/)
    }
    expect(recorded.size).toBeGreaterThan(30)
    for (const event of recorded) expect(isAuditEvent(event), `${event} is recorded in src but not in the catalogue`).toBe(true)
  })

  it("only accepts an entry whose parameters are exactly its event's, and recorded text only on a historic entry", () => {
    const entry = { at: '2026-10-05T08:00:00.000Z', clerk: 'M', entity: 'plan', recordId: 'pl1', action: 'create', changes: [], outcome: 'ok' } as const
    expect(auditEntrySchema.safeParse({ ...entry, event: 'planCreated', params: { name: 'Basis' } }).success).toBe(true)
    expect(auditEntrySchema.safeParse({ ...entry, event: 'planCreated', params: {} }).success).toBe(false)
    expect(auditEntrySchema.safeParse({ ...entry, event: 'planCreated', params: { name: 'Basis', extra: 1 } }).success).toBe(false)
    expect(auditEntrySchema.safeParse({ ...entry, event: 'historic', params: {}, historicSummary: 'Abonnementsvorm Basis aangemaakt' }).success).toBe(true)
    expect(auditEntrySchema.safeParse({ ...entry, event: 'historic', params: {} }).success).toBe(false)
    expect(auditEntrySchema.safeParse({ ...entry, event: 'planCreated', params: { name: 'Basis' }, historicSummary: 'x' }).success).toBe(false)
  })

  it('names the personal parameters, which only client events carry', () => {
    for (const event of events) {
      if (AUDIT_EVENTS[event].some((name: string) => PERSONAL_AUDIT_PARAMS.includes(name))) expect(event).toMatch(/^client/)
    }
  })
})
