import { IDBFactory, IDBKeyRange } from 'fake-indexeddb'
import { parseCalendarDate as d, type Partner, type Plan } from '@shared/model'
import { AppDatabase } from '@renderer/data/db'
import { REAL_OPERATOR } from '../../shared/domain/fixtures'
import { createDataContext, type DataContext } from '@renderer/data/context'
import { createRepositories, type Repositories } from '@renderer/data'
import type { PartnerInput } from '@renderer/data/repositories/partners'
import type { PlanInput } from '@renderer/data/repositories/plans'
import type { NewClient } from '@renderer/data/repositories/clients'

export const FIXED_NOW = new Date('2026-11-23T09:30:00.000Z')

export interface TestData {
  readonly db: AppDatabase
  readonly ctx: DataContext
  readonly repos: Repositories
}

let counter = 0

/** A fresh, isolated in-memory IndexedDB per call (own factory), with a fixed clock. */
export function testData(name = 'test'): TestData {
  counter++
  const db = new AppDatabase(`${name}-${counter}`, { indexedDB: new IDBFactory(), IDBKeyRange })
  const ctx = createDataContext(db, { now: () => FIXED_NOW })
  return { db, ctx, repos: createRepositories(ctx) }
}

export function partnerInput(overrides: Partial<PartnerInput> = {}): PartnerInput {
  return {
    name: 'Zorggroep Noord',
    shortCode: 'ZGN',
    ecdMode: 'partner',
    invoiceAddress: { street: 'Hoofdstraat 1', postcode: '9711 AA', city: 'Groningen' },
    invoiceEmail: 'facturen@zorggroepnoord.nl',
    debtorReference: 'D-100',
    kvkNumber: '',
    oin: '',
    purchaseOrderReference: '',
    contacts: [{ name: 'Anja de Vries', role: 'teamleider', email: 'anja@zorggroepnoord.nl', phone: '050 123 4567' }],
    notes: '',
    active: true,
    ...overrides,
  }
}

export function planInput(overrides: Partial<PlanInput> = {}): PlanInput {
  return {
    code: 'BASIS',
    name: 'Basis',
    monthlyFeeCents: 4500,
    includedMinutes: 60,
    hasIntakeConversation: false,
    sortOrder: 20,
    active: true,
    isExample: true,
    ...overrides,
  }
}

export function clientInput(partner: Partner, plan: Plan, overrides: Partial<NewClient> = {}): NewClient {
  const eigen = partner.ecdMode === 'eigen'
  return {
    partnerId: partner.id,
    clientNumber: eigen ? '' : 'P-1001',
    firstName: 'Jan',
    lastName: 'van den Berg',
    birthDate: eigen ? d('1950-03-14') : null,
    bsn: eigen ? '111222333' : '',
    begeleider: { name: 'Petra Smit', email: 'petra@zorggroepnoord.nl', phone: '06 1234 5678' },
    representatives: [],
    registrationPlanId: plan.id,
    registrationReceivedDate: d('2026-11-02'),
    notes: '',
    ...overrides,
  }
}

export { REAL_OPERATOR }

/** Saves settings with a real operator's details, so invoices of this data can be finalised. */
export async function useRealOperator(repos: Repositories): Promise<void> {
  await repos.settings.save({ ...(await repos.settings.get()), operator: REAL_OPERATOR })
}

/**
 * A real operator, a plan of € 100,00 (no example price) and one partner with one client active from
 * 10-11-2026: spec rule 7's example, € 51,61 in period 2026-11, ready to be invoiced and finalised.
 */
export async function seedBilledClient(repos: Repositories) {
  await useRealOperator(repos)
  const plan = await repos.plans.create(planInput({ monthlyFeeCents: 10000, isExample: false }))
  const partner = await repos.partners.create(partnerInput())
  const client = await repos.clients.create(clientInput(partner, plan))
  await repos.clients.activate(client.id, d('2026-11-10'))
  return { plan, partner, client }
}
