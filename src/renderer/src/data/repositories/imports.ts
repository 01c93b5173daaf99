import { undoBlock, type ImportAftermath, type UndoBlock } from '@shared/imports/undoable'
import type { RuleCode } from '@shared/problems/rules'
import { clientDisplayName, type AuditEntity, type ImportKind, type ImportRecord } from '@shared/model'
import { fromClientRow, toClientRow } from '../clientRows'
import type { DataContext } from '../context'
import { RuleError } from '../errors'
import { fieldChanges } from '../fieldChanges'
import { readTransaction, writeTransaction } from '../transaction'

/** One line of the import history: the record without the bulky id lists, and whether undo is allowed. */
export interface ImportHistoryItem {
  readonly id: string
  readonly kind: ImportKind
  readonly at: string
  readonly clerk: string
  readonly fileName: string
  readonly counts: ImportRecord['counts']
  readonly undone: ImportRecord['undone']
  /** Why undo is refused now; `null` when it is allowed. */
  readonly block: UndoBlock | null
}

export interface ImportUndoResult {
  readonly removed: number
  readonly restored: number
}

export interface ImportsRepository {
  /** Every import, newest first, each with whether it may still be undone. */
  list(): Promise<ImportHistoryItem[]>
  /**
   * Undoes an import in ONE transaction: removes what it created, puts back
   * what it changed, audited per record and once as `importUndone`; the import is marked undone. Refused
   * (RuleError) when a later change touched its records (`undoBlock`).
   */
  undo(id: string): Promise<ImportUndoResult>
}

const BLOCK_RULE: Record<UndoBlock, RuleCode> = {
  alreadyUndone: 'import-al-ongedaan',
  laterChange: 'import-later-gewijzigd',
  usage: 'import-verbruik',
  invoiced: 'import-gefactureerd',
  dependentClients: 'import-clienten-bij-partner',
  laterImport: 'import-later-verbruik',
}

const ENTITY_OF: Record<ImportKind, AuditEntity> = { partners: 'partner', clients: 'client', usage: 'usage' }

export function createImportsRepository(ctx: DataContext): ImportsRepository {
  const { db } = ctx
  const readTables = [db.imports, db.auditEntries, db.usage, db.invoices, db.clients]

  /** What came after `record` as far as its records go, read through the indexes. */
  async function aftermath(record: ImportRecord, imports: readonly ImportRecord[]): Promise<ImportAftermath> {
    const { created, before } = record
    const named: [AuditEntity, string][] = [
      ...created.partners.map((id): [AuditEntity, string] => ['partner', id]),
      ...before.partners.map((p): [AuditEntity, string] => ['partner', p.id]),
      ...created.clients.map((id): [AuditEntity, string] => ['client', id]),
      ...before.clients.map((c): [AuditEntity, string] => ['client', c.id]),
      ...created.subscriptionPeriods.map((id): [AuditEntity, string] => ['subscriptionPeriod', id]),
      ...created.deregistrations.map((id): [AuditEntity, string] => ['deregistration', id]),
    ]
    const auditEntries = named.length === 0 ? [] : await db.auditEntries.where('[entity+recordId]').anyOf(named).toArray()
    const usage = [
      ...(created.clients.length === 0 ? [] : await db.usage.where('clientId').anyOf(created.clients).toArray()),
      ...(created.partners.length === 0 ? [] : await db.usage.where('partnerId').anyOf(created.partners).toArray()),
    ]
    const periods = [...new Set([...created.usage, ...before.usage.map((u) => u.id)].map((id) => id.slice(id.lastIndexOf('|') + 1)))]
    const invoices =
      record.kind === 'usage'
        ? await db.invoices.where('period').anyOf(periods).toArray()
        : created.clients.length + created.partners.length === 0
          ? []
          : await db.invoices.toArray()
    const clients =
      created.partners.length === 0
        ? []
        : (await db.clients.where('partnerId').anyOf(created.partners).toArray()).map((c) => ({ id: c.id, partnerId: c.partnerId }))
    return { auditEntries, usage, invoices, clients, imports: imports.filter((other) => other.id !== record.id) }
  }

  return {
    list: () =>
      readTransaction(ctx, readTables, async () => {
        // Newest first; imports of one moment in the order they were made.
        const imports = (await db.imports.toArray()).sort((a, b) => (a.at === b.at ? b.auditSeq - a.auditSeq : a.at < b.at ? 1 : -1))
        const items: ImportHistoryItem[] = []
        for (const record of imports) {
          const block = undoBlock(record, await aftermath(record, imports))
          items.push({
            id: record.id,
            kind: record.kind,
            at: record.at,
            clerk: record.clerk,
            fileName: record.fileName,
            counts: record.counts,
            undone: record.undone,
            block,
          })
        }
        return items
      }),

    undo: (id) =>
      writeTransaction(ctx, [...readTables, db.partners, db.subscriptionPeriods, db.deregistrations], async (audit) => {
        const record = await db.imports.get(id)
        if (record === undefined) throw new RuleError('import-onbekend')
        const block = undoBlock(record, await aftermath(record, await db.imports.toArray()))
        if (block !== null) throw new RuleError(BLOCK_RULE[block])
        const { created, before } = record

        const clientRows = await db.clients.bulkGet([...created.clients, ...before.clients.map((c) => c.id)])
        const numberOf = new Map(clientRows.flatMap((r) => (r ? [[r.id, r.clientNumber] as const] : [])))
        const periods = (await db.subscriptionPeriods.bulkGet(created.subscriptionPeriods)).flatMap((p) => (p ? [p] : []))
        const deregistrations = (await db.deregistrations.bulkGet(created.deregistrations)).flatMap((d) => (d ? [d] : []))
        const partners = (await db.partners.bulkGet([...created.partners, ...before.partners.map((p) => p.id)])).flatMap((p) => (p ? [p] : []))
        const partnerNow = new Map(partners.map((p) => [p.id, p]))
        const clientNow = new Map(clientRows.flatMap((r) => (r ? [[r.id, r] as const] : [])))

        // Removed in reverse order of reference: what points at a client goes first, partners last.
        await db.usage.bulkDelete(created.usage)
        await db.usage.bulkPut(before.usage)
        await db.deregistrations.bulkDelete(created.deregistrations)
        await db.subscriptionPeriods.bulkDelete(created.subscriptionPeriods)
        await db.clients.bulkDelete(created.clients)
        await db.clients.bulkPut(before.clients.map((c) => toClientRow(c, clientNow.get(c.id)?.currentPlanId ?? c.registrationPlanId)))
        await db.partners.bulkDelete(created.partners)
        await db.partners.bulkPut(before.partners)

        for (const d of deregistrations)
          await audit({
            entity: 'deregistration',
            recordId: d.id,
            action: 'delete',
            changes: fieldChanges(d, undefined),
            event: 'deregistrationImportRemoved',
            params: { clientNumber: numberOf.get(d.clientId) ?? '' },
          })
        for (const p of periods)
          await audit({
            entity: 'subscriptionPeriod',
            recordId: p.id,
            action: 'delete',
            changes: fieldChanges(p, undefined),
            event: 'periodImportRemoved',
            params: { clientNumber: numberOf.get(p.clientId) ?? '' },
          })
        for (const clientId of created.clients) {
          const row = clientNow.get(clientId)
          if (row === undefined) continue
          const client = fromClientRow(row)
          await audit({
            entity: 'client',
            recordId: clientId,
            action: 'delete',
            changes: fieldChanges(client, undefined),
            event: 'clientDeleted',
            params: { clientNumber: client.clientNumber, clientName: clientDisplayName(client) },
          })
        }
        for (const client of before.clients) {
          const row = clientNow.get(client.id)
          await audit({
            entity: 'client',
            recordId: client.id,
            action: 'update',
            changes: fieldChanges(row ? fromClientRow(row) : undefined, client),
            event: 'clientUpdated',
            params: { clientNumber: client.clientNumber, clientName: clientDisplayName(client) },
          })
        }
        for (const partnerId of created.partners) {
          const partner = partnerNow.get(partnerId)
          if (partner)
            await audit({
              entity: 'partner',
              recordId: partnerId,
              action: 'delete',
              changes: fieldChanges(partner, undefined),
              event: 'partnerDeleted',
              params: { name: partner.name },
            })
        }
        for (const partner of before.partners)
          await audit({
            entity: 'partner',
            recordId: partner.id,
            action: 'update',
            changes: fieldChanges(partnerNow.get(partner.id), partner),
            event: 'partnerUpdated',
            params: { name: partner.name },
          })

        const removed =
          created.partners.length + created.clients.length + created.subscriptionPeriods.length + created.deregistrations.length + created.usage.length
        const restored = before.partners.length + before.clients.length + before.usage.length
        await audit({
          entity: ENTITY_OF[record.kind],
          recordId: record.id,
          action: 'delete',
          changes: [{ field: 'undone', before: false, after: true }],
          event: 'importUndone',
          params: { source: record.fileName, removed, restored },
        })
        const last = await db.auditEntries.orderBy(':id').last()
        await db.imports.put({ ...record, undone: { at: last?.at ?? ctx.now().toISOString(), clerk: last?.clerk ?? record.clerk } })
        return { removed, restored }
      }),
  }
}
