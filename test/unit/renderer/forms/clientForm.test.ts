import { describe, expect, it } from 'vitest'
import { parseCalendarDate } from '@shared/model'
import { checkClientDraft, clientToDraft, emptyClientDraft, emptyRepresentative, type ClientDraft } from '@renderer/forms/clientForm'

const today = parseCalendarDate('2026-11-23')

function draft(over: Partial<ClientDraft> = {}): ClientDraft {
  return {
    ...emptyClientDraft(today),
    partnerId: 'p1',
    registrationPlanId: 'plan1',
    clientNumber: 'ZN-001',
    firstName: 'Anna',
    lastName: 'de Vries',
    ...over,
  }
}

describe('checkClientDraft — partner ECD mode "partner"', () => {
  const ctx = { ecdMode: 'partner' as const, isNew: true, today }

  it('accepts a client with the partner-supplied number and keeps no BSN or birth date', () => {
    const result = checkClientDraft(draft({ bsn: '123456782', birthDate: '01-02-1950' }), ctx)
    expect(result.ok).toBe(true)
    if (!result.ok) return
    expect(result.value.clientNumber).toBe('ZN-001')
    expect(result.value.bsn).toBe('')
    expect(result.value.birthDate).toBeNull()
    expect(result.value.registrationReceivedDate).toBe('2026-11-23')
  })

  it('requires the client number', () => {
    const result = checkClientDraft(draft({ clientNumber: '  ' }), ctx)
    expect(result).toEqual({ ok: false, errors: { clientNumber: 'Cliëntnummer is verplicht' } })
  })

  it('puts each error at its own field, in Dutch', () => {
    const result = checkClientDraft(
      draft({
        partnerId: '',
        registrationPlanId: '',
        firstName: '',
        lastName: '',
        registrationReceivedDate: '31-02-2026',
        begeleider: { name: 'B', email: 'geen-mail', phone: '' },
      }),
      ctx,
    )
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.errors).toEqual({
      partnerId: 'Kies een partner',
      registrationPlanId: 'Kies een abonnementsvorm',
      firstName: 'Voornaam is verplicht',
      lastName: 'Achternaam is verplicht',
      registrationReceivedDate: 'Ongeldige datum (dd-mm-jjjj)',
      'begeleider.email': 'Ongeldig e-mailadres',
    })
  })

  it('checks every representative and points at the row', () => {
    const result = checkClientDraft(draft({ representatives: [emptyRepresentative(), { ...emptyRepresentative(), name: 'Jan', phone: 'abc' }] }), ctx)
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.errors).toEqual({ 'representatives.0.name': 'Naam is verplicht', 'representatives.1.phone': 'Ongeldig telefoonnummer' })
  })
})

describe('checkClientDraft — partner ECD mode "eigen"', () => {
  const ctx = { ecdMode: 'eigen' as const, isNew: true, today }

  it('requires BSN and birth date', () => {
    const result = checkClientDraft(draft({ clientNumber: '' }), ctx)
    expect(result).toEqual({
      ok: false,
      errors: {
        bsn: 'BSN is verplicht bij een partner met eigen ECD',
        birthDate: 'Geboortedatum is verplicht bij een partner met eigen ECD',
      },
    })
  })

  it('rejects a BSN that fails the 11-proef and an impossible or future birth date', () => {
    const result = checkClientDraft(draft({ bsn: '123456789', birthDate: '24-11-2026' }), ctx)
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.errors.bsn).toBe('BSN voldoet niet aan de 11-proef')
    expect(result.errors.birthDate).toBe('Geboortedatum ligt in de toekomst')
    const impossible = checkClientDraft(draft({ bsn: '123456782', birthDate: '30-02-1950' }), ctx)
    expect(impossible.ok).toBe(false)
    if (!impossible.ok) expect(impossible.errors).toEqual({ birthDate: 'Ongeldige datum (dd-mm-jjjj)' })
  })

  it('leaves the number empty for a new client so the data layer assigns it', () => {
    const result = checkClientDraft(draft({ clientNumber: '', bsn: '000009921', birthDate: '1-2-1950' }), ctx)
    expect(result.ok).toBe(true)
    if (!result.ok) return
    expect(result.value.clientNumber).toBe('')
    expect(result.value.bsn).toBe('000009921')
    expect(result.value.birthDate).toBe('1950-02-01')
  })

  it('keeps the assigned number when an existing client is edited', () => {
    const result = checkClientDraft(draft({ clientNumber: 'E-000042', bsn: '123456782', birthDate: '01-02-1950' }), { ...ctx, isNew: false })
    expect(result.ok).toBe(true)
    if (result.ok) expect(result.value.clientNumber).toBe('E-000042')
  })
})

describe('clientToDraft', () => {
  it('shows stored dates as Dutch text and copies nested data', () => {
    const client = {
      id: 'c1',
      partnerId: 'p1',
      clientNumber: '1',
      firstName: 'A',
      lastName: 'B',
      birthDate: parseCalendarDate('1950-02-01'),
      bsn: '123456782',
      begeleider: { name: 'X', email: '', phone: '' },
      representatives: [{ name: 'R', role: 'mentor' as const, email: '', phone: '' }],
      status: 'aangemeld' as const,
      registrationPlanId: 'plan1',
      registrationReceivedDate: parseCalendarDate('2026-11-02'),
      activationDate: null,
      loginSentDate: null,
      intake: { formSentDate: null, formReceivedDate: null, dossierOpenedDate: null, conversationPlannedAt: null, conversationHeldDate: null },
      notes: '',
      anonymisedDate: null,
    }
    const d = clientToDraft(client)
    expect(d.birthDate).toBe('01-02-1950')
    expect(d.registrationReceivedDate).toBe('02-11-2026')
    d.representatives[0]!.name = 'changed'
    expect(client.representatives[0]!.name).toBe('R')
  })
})
