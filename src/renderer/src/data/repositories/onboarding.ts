import { clientsImportInput, partnersImportInput } from '@shared/imports/record'
import { clientDisplayName, settingsSchema, type Client, type Partner } from '@shared/model'
import type { ParsedClient } from '@shared/onboarding/clientRows'
import type { ColumnChoices } from '@shared/onboarding/columnMapping'
import type { ParsedPartner } from '@shared/onboarding/partnerRows'
import type { ImportPlan } from '@shared/onboarding/preview'
import { clientRecords, currentPlans, partnerRecords, type RecordIssue } from '@shared/onboarding/records'
import { fromClientRow, toClientRow } from '../clientRows'
import type { DataContext } from '../context'
import { SETTINGS_KEY } from '../db'
import { ValidationError, type DataFieldIssue } from '../errors'
import { fieldChanges } from '../fieldChanges'
import { recordImport } from '../importRecords'
import { parseRecord } from '../parse'
import { readTransaction, writeTransaction } from '../transaction'
import { toSettings } from './settings'

/** An import reads no audit entries while it writes thousands: they are added in one go at the end. */
const BATCH = { batchAudit: true } as const

export interface OnboardingImportResult {
  readonly created: number
  readonly updated: number
}

export interface OnboardingRepository {
  /** The clerk's remembered column choices for a file layout of this kind (empty when none). */
  columnChoices(key: string): Promise<ColumnChoices>
  /** Remembers the clerk's column choices for a file layout in the settings record, audited. */
  rememberColumns(key: string, choices: ColumnChoices): Promise<void>
  /** The stored clients of these partners (the preview compares the file with them). */
  clientsOfPartners(partnerIds: readonly string[]): Promise<Client[]>
  /**
   * Stores a partners file's plan in ONE transaction (spec D1): new partners, and the changed ones when
   * `updateExisting`; one audit entry per partner and one for the import. Every record is checked again
   * with the model's schema and the short codes against the database; any problem stores nothing.
   */
  importPartners(plan: ImportPlan<ParsedPartner, Partner>, source: string, updateExisting: boolean): Promise<OnboardingImportResult>
  /**
   * Stores a clients file's plan in ONE transaction: each new client with its subscription periods and its
   * historical deregistration (numbers assigned where an `eigen` partner's row had none), and the changed
   * clients when `updateExisting`; one audit entry per record and one for the import.
   */
  importClients(plan: ImportPlan<ParsedClient, Client>, source: string, updateExisting: boolean): Promise<OnboardingImportResult>
}

/** A record issue as the data layer's field issue (same path and validation code). */
function toDataIssue(issue: RecordIssue): DataFieldIssue {
  return { path: [...issue.path], message: issue.message, ...(issue.params ? { params: issue.params } : {}) }
}

export function createOnboardingRepository(ctx: DataContext): OnboardingRepository {
  const { db } = ctx

  return {
    columnChoices: (key) => readTransaction(ctx, [db.settings], async () => toSettings(await db.settings.get(SETTINGS_KEY)).importColumnChoices?.[key] ?? {}),

    rememberColumns: (key, choices) =>
      writeTransaction(ctx, [db.settings], async (audit) => {
        const before = toSettings(await db.settings.get(SETTINGS_KEY))
        const after = parseRecord(settingsSchema, { ...before, importColumnChoices: { ...before.importColumnChoices, [key]: { ...choices } } })
        await db.settings.put({ ...after, id: SETTINGS_KEY })
        await audit({
          entity: 'settings',
          recordId: SETTINGS_KEY,
          action: 'update',
          changes: fieldChanges(before, after),
          event: 'settingsUpdated',
          params: {},
        })
      }),

    clientsOfPartners: (partnerIds) =>
      readTransaction(ctx, [db.clients], async () =>
        (
          await db.clients
            .where('partnerId')
            .anyOf([...partnerIds])
            .toArray()
        ).map(fromClientRow),
      ),

    importPartners: (plan, source, updateExisting) =>
      writeTransaction(
        ctx,
        [db.partners, db.imports],
        async (audit) => {
          const { created, updated, issues } = partnerRecords(plan, updateExisting, ctx.newId)
          const taken = await db.partners
            .where('shortCode')
            .anyOf(created.map((p) => p.shortCode))
            .toArray()
          for (const clash of taken)
            issues.push({
              path: [clash.shortCode, 'shortCode'],
              message: 'validation.shortCodeTaken',
              params: { shortCode: clash.shortCode, name: clash.name },
            })
          if (issues.length > 0) throw new ValidationError(issues.map(toDataIssue))
          const before = new Map((await db.partners.bulkGet(updated.map((p) => p.id))).flatMap((p) => (p ? [[p.id, p] as const] : [])))
          await db.partners.bulkAdd(created)
          if (updated.length > 0) await db.partners.bulkPut(updated)
          for (const partner of created)
            await audit({
              entity: 'partner',
              recordId: partner.id,
              action: 'create',
              changes: fieldChanges(undefined, partner),
              event: 'partnerCreated',
              params: { name: partner.name },
            })
          for (const partner of updated)
            await audit({
              entity: 'partner',
              recordId: partner.id,
              action: 'update',
              changes: fieldChanges(before.get(partner.id), partner),
              event: 'partnerUpdated',
              params: { name: partner.name },
            })
          await audit({
            entity: 'partner',
            recordId: source,
            action: 'import',
            changes: [],
            event: 'partnersImported',
            params: { source, created: created.length, updated: updated.length },
          })
          await recordImport(ctx, audit, partnersImportInput(source, created, updated, [...before.values()]))
          return { created: created.length, updated: updated.length }
        },
        BATCH,
      ),

    importClients: (plan, source, updateExisting) =>
      writeTransaction(
        ctx,
        [db.clients, db.partners, db.subscriptionPeriods, db.deregistrations, db.imports],
        async (audit) => {
          const partners = new Map((await db.partners.toArray()).map((p) => [p.id, p]))
          // Own numbers go on from the highest stored one of the partner: read for partners with rows without number.
          const stored = new Map<string, string[]>()
          for (const partnerId of new Set(plan.create.filter((c) => c.clientNumber === null).map((c) => c.partnerId))) {
            stored.set(
              partnerId,
              (await db.clients.where('partnerId').equals(partnerId).toArray()).map((c) => c.clientNumber),
            )
          }
          const { clients, periods, deregistrations, updated, issues } = clientRecords(plan, updateExisting, {
            ecdModeOf: (id) => partners.get(id)?.ecdMode,
            storedNumbers: (id) => stored.get(id) ?? [],
            newId: ctx.newId,
          })
          const clashes = await db.clients
            .where('[partnerId+clientNumber]')
            .anyOf(clients.map((c) => [c.partnerId, c.clientNumber]))
            .toArray()
          for (const clash of clashes) issues.push({ path: [clash.clientNumber, 'clientNumber'], message: 'validation.clientNumberTaken' })
          if (issues.length > 0) throw new ValidationError(issues.map(toDataIssue))

          const currentPlan = currentPlans(clients, periods)
          const beforeRows = new Map(
            updated.length === 0 ? [] : (await db.clients.bulkGet(updated.map((c) => c.id))).flatMap((r) => (r ? [[r.id, r] as const] : [])),
          )
          // Handed to the database now and awaited after the audit entries: it stores them while those are built
          // and hashed (the entries themselves go in chunks, batchAudit).
          const storing = [
            db.clients.bulkAdd(clients.map((c) => toClientRow(c, currentPlan.get(c.id) ?? c.registrationPlanId))),
            db.subscriptionPeriods.bulkAdd(periods),
          ]
          if (deregistrations.length > 0) storing.push(db.deregistrations.bulkAdd(deregistrations))
          if (updated.length > 0)
            storing.push(db.clients.bulkPut(updated.map((c) => toClientRow(c, beforeRows.get(c.id)?.currentPlanId ?? c.registrationPlanId))))

          for (const client of clients) {
            await audit({
              entity: 'client',
              recordId: client.id,
              action: 'create',
              changes: fieldChanges(undefined, client),
              event: 'clientImported',
              params: { clientNumber: client.clientNumber, clientName: clientDisplayName(client), partner: partners.get(client.partnerId)?.name ?? '' },
            })
          }
          const numberOf = new Map(clients.map((c) => [c.id, c.clientNumber]))
          for (const p of periods)
            await audit({
              entity: 'subscriptionPeriod',
              recordId: p.id,
              action: 'create',
              changes: fieldChanges(undefined, p),
              event: 'periodImported',
              params: { clientNumber: numberOf.get(p.clientId) ?? '' },
            })
          for (const d of deregistrations)
            await audit({
              entity: 'deregistration',
              recordId: d.id,
              action: 'create',
              changes: fieldChanges(undefined, d),
              event: 'deregistrationImported',
              params: { clientNumber: numberOf.get(d.clientId) ?? '' },
            })
          for (const client of updated) {
            const before = beforeRows.get(client.id)
            await audit({
              entity: 'client',
              recordId: client.id,
              action: 'update',
              changes: fieldChanges(before ? fromClientRow(before) : undefined, client),
              event: 'clientUpdated',
              params: { clientNumber: client.clientNumber, clientName: clientDisplayName(client) },
            })
          }
          await audit({
            entity: 'client',
            recordId: source,
            action: 'import',
            changes: [],
            event: 'clientsImported',
            params: { source, created: clients.length, updated: updated.length },
          })
          for (const pending of storing) await pending
          await recordImport(
            ctx,
            audit,
            clientsImportInput(source, { clients, periods, deregistrations, updated }, [...beforeRows.values()].map(fromClientRow)),
          )
          return { created: clients.length, updated: updated.length }
        },
        BATCH,
      ),
  }
}
