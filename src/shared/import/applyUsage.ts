import type { PeriodName, Usage } from '../model'

/** What storing imported usage does to the usage already stored: the same in the app and on the command line. */
export interface UsageMerge {
  /** The stored usage with the imported rows in place: a row replaces the one of the same client and period. */
  readonly usage: Usage[]
  /** Imported rows that replaced a stored row. */
  readonly replaced: number
  readonly periods: PeriodName[]
}

/** Merges imported usage into the stored usage (spec: importing a period twice never adds twice). */
export function mergeUsage(stored: readonly Usage[], imported: readonly Usage[]): UsageMerge {
  const byId = new Map(stored.map((usage) => [usage.id, usage]))
  let replaced = 0
  for (const usage of imported) {
    if (byId.has(usage.id)) replaced++
    byId.set(usage.id, usage)
  }
  return { usage: [...byId.values()], replaced, periods: importedPeriods(imported) }
}

export function importedPeriods(imported: readonly Usage[]): PeriodName[] {
  return [...new Set(imported.map((usage) => usage.period))].sort()
}

/** The audit trail's record of one usage import (spec L1), without the clerk and the moment. */
export function usageImportAuditRecord(imported: readonly Usage[], replaced: number, source: string) {
  const periods = importedPeriods(imported)
  return {
    entity: 'usage' as const,
    recordId: periods.join(','),
    action: 'import' as const,
    changes: [{ field: 'rows', before: replaced, after: imported.length }],
    event: 'usageImported' as const,
    params: { source, rows: imported.length, replaced, periods: periods.join(', ') },
  }
}
