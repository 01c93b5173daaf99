import { parseCalendarDate, type CalendarDate } from '@shared/calendar/calendarDate'
import { emptyIntake, type Client } from '@shared/model/client'
import type { Partner } from '@shared/model/partner'
import type { Plan } from '@shared/model/plan'
import { defaultSettings, type Settings } from '@shared/model/settings'
import type { ChangeRequest, SubscriptionPeriod } from '@shared/model/subscription'
import type { Usage } from '@shared/model/usage'

/** Test data builders: valid entities with overridable fields. */

export const d = (s: string): CalendarDate => parseCalendarDate(s)

export function plan(overrides: Partial<Plan> & Pick<Plan, 'id'>): Plan {
  return {
    code: overrides.id.toUpperCase(),
    name: overrides.id,
    monthlyFeeCents: 10000,
    includedMinutes: 300,
    hasIntakeConversation: true,
    sortOrder: 1,
    active: true,
    isExample: true,
    ...overrides,
  }
}

/** Example catalogue, small → large. */
export const PLANS: Plan[] = [
  plan({ id: 'waakvlam', name: 'Waakvlam', monthlyFeeCents: 2500, includedMinutes: 30, hasIntakeConversation: false, sortOrder: 1 }),
  plan({ id: 'basis', name: 'Basis', monthlyFeeCents: 5000, includedMinutes: 120, hasIntakeConversation: false, sortOrder: 2 }),
  plan({ id: 'plus', name: 'Plus', monthlyFeeCents: 10000, includedMinutes: 300, sortOrder: 3 }),
  plan({ id: 'intensief', name: 'Intensief', monthlyFeeCents: 20000, includedMinutes: 600, sortOrder: 4 }),
]

export function client(overrides: Partial<Client> & Pick<Client, 'id'>): Client {
  return {
    partnerId: 'p1',
    clientNumber: overrides.id.replace(/\D/g, '') || '1',
    firstName: 'Jan',
    lastName: `Jansen ${overrides.id}`,
    birthDate: null,
    bsn: '',
    begeleider: { name: 'Bea Begeleider', email: 'bea@example.nl', phone: '0612345678' },
    representatives: [],
    status: 'actief',
    registrationPlanId: 'plus',
    registrationReceivedDate: d('2026-01-05'),
    activationDate: d('2026-01-12'),
    loginSentDate: null,
    intake: emptyIntake,
    notes: '',
    anonymisedDate: null,
    ...overrides,
  }
}

export function partner(overrides: Partial<Partner> & Pick<Partner, 'id'>): Partner {
  return {
    name: `Zorggroep ${overrides.id}`,
    shortCode: overrides.id.toUpperCase(),
    ecdMode: 'partner',
    invoiceAddress: { street: 'Hoofdstraat 1', postcode: '1234 AB', city: 'Groningen' },
    invoiceEmail: 'factuur@example.nl',
    debtorReference: 'DEB-1',
    kvkNumber: '',
    oin: '',
    purchaseOrderReference: '',
    contacts: [{ name: 'Carla Contact', role: 'Teamleider', email: 'carla@example.nl', phone: '0501234567' }],
    notes: '',
    active: true,
    ...overrides,
  }
}

let periodSeq = 0
export function period(clientId: string, planId: string, from: string, until: string | null, id?: string): SubscriptionPeriod {
  periodSeq += 1
  return { id: id ?? `sp${periodSeq}`, clientId, planId, from: d(from), until: until === null ? null : d(until) }
}

export function changeRequest(overrides: Partial<ChangeRequest>): ChangeRequest {
  return {
    id: 'cr1',
    clientId: 'c1',
    fromPlanId: 'plus',
    toPlanId: 'intensief',
    initiatedBy: 'operator',
    reason: 'Belgedrag boven bundel',
    requestDate: d('2026-11-02'),
    partnerApprovalDate: null,
    operatorApprovalDate: d('2026-11-02'),
    closedDate: null,
    effectiveDate: null,
    status: 'open',
    ...overrides,
  }
}

export function usage(clientId: string, period: string, callMinutes: number, registrationMinutes = 0, contacts = 1, partnerId = 'p1'): Usage {
  return { id: `${clientId}|${period}`, clientId, partnerId, period, callMinutes, registrationMinutes, contacts }
}

export const SETTINGS: Settings = defaultSettings

/** Organisation details of a real operator: finalising refuses the shipped example values (finaliseGuards). */
export const REAL_OPERATOR = {
  ...defaultSettings.operator,
  street: 'Stationsplein 4',
  kvkNumber: '87654321',
  vatNumber: 'NL987654321B01',
  iban: 'NL44RABO0123456789',
}
