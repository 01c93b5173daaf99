import { mkdtempSync, rmSync, statSync } from 'node:fs'
import { loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseCalendarDate } from '@shared/calendar/calendarDate'
import { STRESS_CASE, demoPartnerBatches } from '@shared/demo/generate'
import { LIST_EXPORT_CHUNK } from '@shared/ipc/channels/listExport'
import { clientExportRows, type ClientExportRow } from '@shared/onboarding/exportRows'
import { parseClientRows } from '@shared/onboarding/clientRows'
import { planClientImport } from '@shared/onboarding/preview'
import type { Client } from '@shared/model'
import { readTableFile } from '../src/main/import/readTableFile'
import { writeListExport } from '../src/main/onboarding/listExportWorkbook'

/**
 * `npx tsx bench/listExport.ts`: the client list export at the stress case (100,000 demo clients, 500 partners):
 * the window's part (records → template rows, per slice of LIST_EXPORT_CHUNK), main's part (the workbook,
 * streamed), and the round trip (the file read back with the import's reader and parser: nothing may change).
 */
function groupBy<T extends { readonly clientId: string }>(items: readonly T[]): Map<string, T[]> {
  const out = new Map<string, T[]>()
  for (const item of items) out.set(item.clientId, [...(out.get(item.clientId) ?? []), item])
  return out
}

async function run(): Promise<void> {
  const today = parseCalendarDate('2026-11-23')
  const partners: { id: string; name: string; shortCode: string; ecdMode: 'partner' | 'eigen' }[] = []
  const clients: Client[] = []
  const rows: ClientExportRow[] = []
  let mapMs = 0
  let longestSliceMs = 0
  for (const batch of demoPartnerBatches({ ...STRESS_CASE, today })) {
    partners.push(batch.partner)
    const start = performance.now()
    // Grouped per client as the window's store does for each slice.
    const periodsOf = groupBy(batch.subscriptionPeriods)
    const deregistrationsOf = groupBy(batch.deregistrations)
    for (let at = 0; at < batch.clients.length; at += LIST_EXPORT_CHUNK) {
      const sliceStart = performance.now()
      for (const client of batch.clients.slice(at, at + LIST_EXPORT_CHUNK)) {
        const source = {
          client,
          partnerCode: batch.partner.shortCode,
          periods: periodsOf.get(client.id) ?? [],
          deregistrations: deregistrationsOf.get(client.id) ?? [],
        }
        rows.push(...clientExportRows(source, { includeBsn: false, planCode: (id) => id }))
      }
      longestSliceMs = Math.max(longestSliceMs, performance.now() - sliceStart)
    }
    mapMs += performance.now() - start
    clients.push(...batch.clients)
  }
  const folder = mkdtempSync(join(tmpdir(), 'list-export-bench-'))
  try {
    const writeStart = performance.now()
    const written = await writeListExport(join(folder, 'clienten.xlsx'), 'clients', rows, { ifExists: 'replace' })
    const writeMs = performance.now() - writeStart
    const readStart = performance.now()
    const table = await readTableFile(written.path)
    const parsed = parseClientRows(table.rows, {
      today,
      partners,
      plans: [...new Set(clients.map((c) => c.registrationPlanId))].map((id) => ({ id, code: id, name: id })),
      isStored: () => true,
    })
    if (!parsed.ok) throw new Error(parsed.problem.code)
    const plan = planClientImport(parsed.clients, clients)
    const readMs = performance.now() - readStart
    console.log(
      JSON.stringify(
        {
          clients: clients.length,
          rows: rows.length,
          mapSeconds: +(mapMs / 1000).toFixed(1),
          longestSliceMs: Math.round(longestSliceMs),
          writeSeconds: +(writeMs / 1000).toFixed(1),
          fileMb: +(statSync(written.path).size / 1024 / 1024).toFixed(1),
          readBackSeconds: +(readMs / 1000).toFixed(1),
          problems: parsed.problems.length,
          firstProblems: parsed.problems.slice(0, 3),
          created: plan.create.length,
          changed: plan.update.length,
          firstChanges: plan.update.slice(0, 2).map((u) => u.changes),
          unchanged: plan.unchanged.length,
          loadAverage: loadavg().map((n) => +n.toFixed(1)),
          peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
        },
        null,
        1,
      ),
    )
  } finally {
    rmSync(folder, { recursive: true, force: true })
  }
}

void run()
