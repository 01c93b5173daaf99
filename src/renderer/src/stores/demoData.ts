import type { BackupData } from '@shared/backup'
import type { CalendarDate } from '@shared/model'
import { DESIGN_CASE, EXAMPLE_PLANS, STRESS_CASE, demoPartnerBatches, demoClerks, demoSettings, generateDemoData } from '@shared/demo'

/** `design`: the spec's design case (60 partners, 5,000 clients, 24 months of usage). `stress`: 500 partners, 100,000 clients. */
export type DemoScale = 'design' | 'stress'

/**
 * The demo data set to load into this window's database. The stress case is for measuring lists
 * (bench/renderer): its 2.4 million usage rows are left out — no master-data screen reads them and
 * they would make loading take many minutes.
 */
export function demoData(scale: DemoScale, today: CalendarDate): BackupData {
  if (scale === 'design') return generateDemoData({ ...DESIGN_CASE, today })
  const data: BackupData = {
    settings: demoSettings(),
    clerks: demoClerks(),
    partners: [],
    plans: EXAMPLE_PLANS.map((p) => ({ ...p })),
    clients: [],
    subscriptionPeriods: [],
    changeRequests: [],
    deregistrations: [],
    usage: [],
    invoices: [],
    auditEntries: [],
    imports: [],
  }
  for (const batch of demoPartnerBatches({ ...STRESS_CASE, today })) {
    data.partners.push(batch.partner)
    for (const c of batch.clients) data.clients.push(c)
    for (const p of batch.subscriptionPeriods) data.subscriptionPeriods.push(p)
    for (const cr of batch.changeRequests) data.changeRequests.push(cr)
    for (const d of batch.deregistrations) data.deregistrations.push(d)
  }
  return data
}

/** The shipped plan catalogue without its fixed ids (the data layer assigns them), for an empty start. */
export function examplePlanInputs() {
  return EXAMPLE_PLANS.map(({ id: _id, ...plan }) => ({ ...plan }))
}
