import 'fake-indexeddb/auto'
import { createPinia, setActivePinia } from 'pinia'
import { appDatabase, repositories } from '@renderer/data'
import type { PartnerFields } from '@renderer/forms/partnerForm'
import { emptyPartnerDraft } from '@renderer/forms/partnerForm'
import { setLocale } from '@renderer/i18n'
import { forgetKeptReads } from '@renderer/workers/keptRead'

/**
 * Stores run against the real data layer over fake-indexeddb (the app's own database singleton).
 * Each test starts with empty tables and a fresh Pinia.
 */
export async function freshStores(): Promise<void> {
  setActivePinia(createPinia())
  setLocale('nl')
  const db = appDatabase()
  await db.open()
  await Promise.all(db.allTables().map((table) => table.clear()))
  // Cleared without audit entries, which only a test does: the tables a worker keeps must not outlive it.
  forgetKeptReads()
}

export function auditCount(): Promise<number> {
  return appDatabase().auditEntries.count()
}

export function partnerDraft(overrides: Partial<PartnerFields> = {}): PartnerFields {
  return {
    ...emptyPartnerDraft(),
    name: 'Zorggroep Noord',
    shortCode: 'zgn',
    invoiceAddress: { street: 'Hoofdstraat 1', postcode: '9711 AA', city: 'Groningen' },
    invoiceEmail: 'facturen@zorggroepnoord.nl',
    ...overrides,
  }
}

export async function seedPlan(code = 'BASIS', name = 'Basis') {
  return repositories().plans.create({
    code,
    name,
    monthlyFeeCents: 4500,
    includedMinutes: 60,
    hasIntakeConversation: false,
    sortOrder: 10,
    active: true,
    isExample: true,
  })
}
