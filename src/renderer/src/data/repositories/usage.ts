import { importedPeriods, usageImportAuditRecord } from '@shared/import/applyUsage'
import { usageImportInput } from '@shared/imports/record'
import { usageId, usageSchema, type PeriodName, type Usage } from '@shared/model'
import type { DataContext } from '../context'
import { ValidationError, type DataFieldIssue } from '../errors'
import { recordImport } from '../importRecords'
import { readTransaction, writeTransaction } from '../transaction'

export interface UsageImportResult {
  /** Rows written. */
  readonly written: number
  /** Of those, rows that replaced stored usage of the same client and period. */
  readonly replaced: number
  readonly periods: PeriodName[]
}

export interface UsageRepository {
  listByPeriod(period: PeriodName, partnerId?: string): Promise<Usage[]>
  listByPeriods(periods: readonly PeriodName[], partnerId?: string): Promise<Usage[]>
  listByClient(clientId: string): Promise<Usage[]>
  /**
   * Writes imported usage (one row per client per period, e.g. from `aggregateContactRows`). Every row is
   * checked first; then all are written in one transaction. A row replaces the stored usage of the same
   * client and period, so importing a period twice never adds twice (spec: Usage).
   */
  importRows(rows: readonly Usage[], source: string): Promise<UsageImportResult>
}

/** The order `listByPeriods` returns without a partner: by the `period` index, then by id (its primary key). */
export function usageByPeriodOrder(a: Usage, b: Usage): number {
  return a.period < b.period ? -1 : a.period > b.period ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0
}

export function createUsageRepository(ctx: DataContext): UsageRepository {
  const { db } = ctx

  return {
    listByPeriod: (period, partnerId) =>
      readTransaction(ctx, [db.usage], () =>
        partnerId ? db.usage.where('[partnerId+period]').equals([partnerId, period]).toArray() : db.usage.where('period').equals(period).toArray(),
      ),

    listByPeriods: (periods, partnerId) =>
      readTransaction(ctx, [db.usage], () =>
        partnerId
          ? db.usage
              .where('[partnerId+period]')
              .anyOf(periods.map((p) => [partnerId, p]))
              .toArray()
          : db.usage
              .where('period')
              .anyOf([...periods])
              .toArray(),
      ),

    listByClient: (clientId) => readTransaction(ctx, [db.usage], () => db.usage.where('clientId').equals(clientId).sortBy('period')),

    importRows: (rows, source) =>
      writeTransaction(ctx, [db.usage, db.clients, db.imports], async (audit) => {
        const issues: DataFieldIssue[] = []
        const parsed: Usage[] = []
        const seen = new Set<string>()
        rows.forEach((row, index) => {
          const result = usageSchema.safeParse(row)
          if (!result.success) {
            issues.push(...ValidationError.fromZod(result.error, [index]).issues)
            return
          }
          const usage = result.data
          if (usage.id !== usageId(usage.clientId, usage.period)) issues.push({ path: [index, 'id'], message: 'validation.usageIdMismatch' })
          if (seen.has(usage.id)) issues.push({ path: [index], message: 'validation.usageTwice', params: { period: usage.period } })
          seen.add(usage.id)
          parsed.push(usage)
        })
        const clients = await db.clients.bulkGet([...new Set(parsed.map((u) => u.clientId))])
        const partnerOf = new Map(clients.flatMap((c) => (c ? [[c.id, c.partnerId] as const] : [])))
        rows.forEach((row, index) => {
          const partnerId = partnerOf.get(row.clientId)
          if (partnerId === undefined) issues.push({ path: [index, 'clientId'], message: 'validation.clientRequired' })
          else if (partnerId !== row.partnerId) issues.push({ path: [index, 'partnerId'], message: 'validation.usageOtherPartner' })
        })
        if (issues.length > 0) throw new ValidationError(issues, 'usageNotImported', { count: issues.length })
        const existing = await db.usage.bulkGet(parsed.map((u) => u.id))
        await db.usage.bulkPut(parsed)
        const before = existing.filter((u) => u !== undefined)
        const replaced = before.length
        await audit(usageImportAuditRecord(parsed, replaced, source))
        await recordImport(ctx, audit, usageImportInput(source, parsed, before))
        return { written: parsed.length, replaced, periods: importedPeriods(parsed) }
      }),
  }
}
