import { standingFinalInvoices } from '@shared/domain/monthlyJob/monthlyJob'
import { creditInvoice } from '@shared/domain/invoicing/creditInvoice'
import { partialCreditInvoice } from '@shared/domain/invoicing/partialCredit'
import { finaliseProblems } from '@shared/domain/invoicing/finaliseGuards'
import { finaliseInvoice, numbersIssuedBefore } from '@shared/domain/invoicing/numbering'
import { anonymiseFrozenCopy, frozenCopyDueFrom, isFrozenCopyDue, lastDueInvoiceYear } from '@shared/domain/retention'
import { formatDate } from '@shared/format/date'
import { ANONYMISED_VALUE, invoiceSchema, partnerSchema, type CalendarDate, type Invoice, type PeriodName } from '@shared/model'
import type { DataContext } from '../context'
import { SETTINGS_KEY } from '../db'
import { FinaliseRefusedError, NotFoundError, RuleError, ValidationError } from '../errors'
import { fieldChanges } from '../fieldChanges'
import { parseRecord } from '../parse'
import { readTransaction, writeTransaction, type AuditWriter } from '../transaction'
import { toSettings } from './settings'

/** The same limits as the partner's own field, so an override is never longer than the partner could hold. */
const purchaseOrderReferenceSchema = partnerSchema.pick({ purchaseOrderReference: true })

export interface InvoiceQuery {
  readonly partnerId?: string
  readonly period?: PeriodName
  readonly status?: Invoice['status']
}

export interface SaveConceptsResult {
  readonly saved: number
  /** Earlier concepts of the same partner and period that were replaced. */
  readonly replaced: number
  /** Partners skipped because their invoice for the period is final and not credited (correct with a credit invoice first). */
  readonly skippedFinal: string[]
}

export interface InvoicesRepository {
  get(id: string): Promise<Invoice | undefined>
  /** Period, then partner, then number. */
  list(query?: InvoiceQuery): Promise<Invoice[]>
  /**
   * Stores the concept invoices of a monthly run in one transaction: each replaces the partner's earlier
   * concept invoice for that period; a partner whose period is already final (and not credited) is skipped.
   */
  saveConcepts(invoices: readonly Invoice[]): Promise<SaveConceptsResult>
  /** Spec rule 7, F1: the next gapless number of the year is assigned in the transaction that freezes the invoice. */
  finalise(id: string, finalisedDate: CalendarDate): Promise<Invoice>
  /**
   * Finalises several concepts in one transaction, numbered in the order given: all get their numbers, or
   * (on any error) none does, so the series never has a gap or a half-finalised run.
   */
  finaliseAll(ids: readonly string[], finalisedDate: CalendarDate): Promise<Invoice[]>
  /** A concept credit invoice that negates a final invoice. */
  createCredit(id: string, invoiceDate: CalendarDate): Promise<Invoice>
  /**
   * A concept credit note for some clients of a final invoice, with the reason, and the concept `correction`
   * that bills them again (made by the caller from the current data with `correctionInvoice`; null when there
   * is nothing to bill), stored together in one transaction. A client credited before is refused.
   */
  createPartialCredit(input: PartialCreditRequest): Promise<PartialCreditResult>
  /** Only a concept can be removed; a final invoice never changes. */
  removeConcept(id: string): Promise<void>
  /**
   * Overrides "uw kenmerk" (the partner's purchase-order reference frozen with the invoice) on a concept;
   * every document of the invoice then quotes it. Refused on a final invoice.
   */
  setPurchaseOrderReference(id: string, reference: string): Promise<Invoice>
  /** Final invoices whose frozen copy still names clients after the fiscal retention (src/shared/domain/retention). */
  frozenCopiesDue(today: CalendarDate): Promise<DueInvoiceCopy[]>
  /**
   * Removes the client names from the frozen copies of `ids` in ONE transaction (amounts stay): one entry per
   * invoice and one for the batch. Any invoice that is not due refuses the whole batch.
   */
  anonymiseFrozenCopies(ids: readonly string[], today: CalendarDate): Promise<number>
}

export interface PartialCreditRequest {
  readonly originalId: string
  readonly clientIds: readonly string[]
  readonly reason: string
  readonly invoiceDate: CalendarDate
  readonly correction: Invoice | null
}

export interface PartialCreditResult {
  readonly credit: Invoice
  readonly correction: Invoice | null
}

/** A final invoice whose frozen client names are due for removal. */
export interface DueInvoiceCopy {
  readonly id: string
  readonly number: string
  readonly partnerName: string
  readonly invoiceDate: CalendarDate
  readonly dueSince: CalendarDate
  /** Client lines that still name a client. */
  readonly lines: number
}

export function createInvoicesRepository(ctx: DataContext): InvoicesRepository {
  const { db } = ctx

  /** Final invoices of the years whose copies may be due: their numbers carry the year of their invoice date. */
  const finalInvoicesUpTo = (year: number) => db.invoices.where('number').below(`${String(year + 1).padStart(4, '0')}-`)

  /**
   * What numbering needs, read once per transaction: the payment term, the year's numbers so far and the last
   * number an earlier system issued that year.
   */
  interface Numbering {
    readonly paymentTermDays: number
    readonly existingNumbers: string[]
    readonly issuedBefore: number
  }

  async function numbering(finalisedDate: CalendarDate): Promise<Numbering> {
    const settings = toSettings(await db.settings.get(SETTINGS_KEY))
    const existingNumbers = (
      await db.invoices
        .where('number')
        .startsWith(`${finalisedDate.slice(0, 4)}-`)
        .keys()
    ).map(String)
    return {
      paymentTermDays: settings.paymentTermDays,
      existingNumbers,
      issuedBefore: numbersIssuedBefore(settings.invoiceNumbering, Number(finalisedDate.slice(0, 4))),
    }
  }

  /** Inside a transaction: refuses (nothing finalised) while a billed plan or the operator's details are example values. */
  async function assertFinalisable(ids: readonly string[]): Promise<void> {
    const settings = toSettings(await db.settings.get(SETTINGS_KEY))
    const invoices = (await db.invoices.bulkGet([...ids])).filter((i): i is Invoice => i !== undefined)
    const problems = finaliseProblems({ invoices, plans: await db.plans.toArray(), operator: settings.operator, demoData: settings.demoData === true })
    if (problems.length > 0) throw new FinaliseRefusedError(problems)
  }

  /** Inside a write transaction: numbers the concept, freezes it and writes its audit entry. */
  async function finaliseOne(id: string, finalisedDate: CalendarDate, audit: AuditWriter, state: Numbering): Promise<Invoice> {
    const before = await db.invoices.get(id)
    if (!before) throw new NotFoundError('invoiceNotFound')
    const invoice = parseRecord(
      invoiceSchema,
      finaliseInvoice(before, {
        existingNumbers: state.existingNumbers,
        finalisedDate,
        paymentTermDays: state.paymentTermDays,
        issuedBefore: state.issuedBefore,
      }),
    )
    await db.invoices.put(invoice)
    if (invoice.number !== null) state.existingNumbers.push(invoice.number)
    // Finalising never changes the lines; leaving them out keeps the comparison cheap on large invoices.
    const header = (i: Invoice) => ({ ...i, lines: null, planSummary: null })
    await audit({
      entity: 'invoice',
      recordId: id,
      action: 'finalise',
      changes: fieldChanges(header(before), header(invoice)),
      event: invoice.kind === 'creditnota' ? 'creditNoteFinalised' : 'invoiceFinalised',
      params: { number: invoice.number ?? '', partner: invoice.partner.name },
    })
    return invoice
  }

  return {
    get: (id) => readTransaction(ctx, [db.invoices], () => db.invoices.get(id)),

    list: (query = {}) =>
      readTransaction(ctx, [db.invoices], async () => {
        const rows =
          query.partnerId && query.period
            ? await db.invoices.where('[partnerId+period]').equals([query.partnerId, query.period]).toArray()
            : query.partnerId
              ? await db.invoices.where('partnerId').equals(query.partnerId).toArray()
              : query.period
                ? await db.invoices.where('period').equals(query.period).toArray()
                : await db.invoices.toArray()
        return rows
          .filter((r) => !query.status || r.status === query.status)
          .sort((a, b) => a.period.localeCompare(b.period) || a.partner.name.localeCompare(b.partner.name) || (a.number ?? '').localeCompare(b.number ?? ''))
      }),

    saveConcepts: (invoices) =>
      writeTransaction(
        ctx,
        [db.invoices],
        async (audit) => {
          const parsed = invoices.map((invoice, index) => {
            const result = invoiceSchema.safeParse(invoice)
            if (!result.success) throw ValidationError.fromZod(result.error, [index])
            if (result.data.status !== 'concept' || result.data.kind !== 'factuur') throw new Error('saveConcepts takes draft invoices only')
            return result.data
          })
          // Every stored invoice of these partners and periods in one read, then kept up to date here as the
          // concepts replace each other in order: a read or two per partner was most of storing 490 concepts.
          const keyOf = (i: Pick<Invoice, 'partnerId' | 'period'>) => `${i.partnerId}|${i.period}`
          const stored = new Map<string, Invoice[]>()
          const rows = await db.invoices
            .where('[partnerId+period]')
            .anyOf(parsed.map((i) => [i.partnerId, i.period]))
            .toArray()
          for (const row of rows) stored.set(keyOf(row), [...(stored.get(keyOf(row)) ?? []), row])
          const removed = new Set<string>()
          const added = new Map<string, Invoice>()
          let saved = 0
          let replaced = 0
          const skippedFinal: string[] = []
          for (const invoice of parsed) {
            const same = stored.get(keyOf(invoice)) ?? []
            if (standingFinalInvoices(same, invoice.period).has(invoice.partnerId)) {
              skippedFinal.push(invoice.partnerId)
              continue
            }
            const old = same.filter((r) => r.status === 'concept' && r.kind === 'factuur' && r.correctsInvoiceId === null)
            for (const o of old) {
              // A concept of this same call that a later one replaces is never written at all.
              if (!added.delete(o.id)) removed.add(o.id)
              await audit({
                entity: 'invoice',
                recordId: o.id,
                action: 'delete',
                event: 'conceptInvoiceReplaced',
                params: { period: o.period, partner: o.partner.name },
              })
            }
            replaced += old.length
            stored.set(keyOf(invoice), [...same.filter((r) => !old.includes(r)), invoice])
            added.set(invoice.id, invoice)
            await audit({
              entity: 'invoice',
              recordId: invoice.id,
              action: 'create',
              changes: [{ field: 'totalCents', before: null, after: invoice.totalCents }],
              event: 'conceptInvoiceCreated',
              params: { period: invoice.period, partner: invoice.partner.name, lines: invoice.lines.length },
            })
            saved++
          }
          await db.invoices.bulkDelete([...removed])
          await db.invoices.bulkAdd([...added.values()])
          return { saved, replaced, skippedFinal }
        },
        // The entries are hashed as they come and stored in bulk with the invoices, not one write each.
        { batchAudit: true },
      ),

    finalise: (id, finalisedDate) =>
      writeTransaction(ctx, [db.invoices, db.plans], async (audit) => {
        await assertFinalisable([id])
        return finaliseOne(id, finalisedDate, audit, await numbering(finalisedDate))
      }),

    finaliseAll: (ids, finalisedDate) =>
      writeTransaction(ctx, [db.invoices, db.plans], async (audit) => {
        if (new Set(ids).size !== ids.length) throw new RuleError('dubbel')
        await assertFinalisable(ids)
        const state = await numbering(finalisedDate)
        const finalised: Invoice[] = []
        for (const id of ids) finalised.push(await finaliseOne(id, finalisedDate, audit, state))
        return finalised
      }),

    createCredit: (id, invoiceDate) =>
      writeTransaction(ctx, [db.invoices], async (audit) => {
        const original = await db.invoices.get(id)
        if (!original) throw new NotFoundError('invoiceNotFound')
        const already = await db.invoices
          .where('[partnerId+period]')
          .equals([original.partnerId, original.period])
          .filter((r) => r.correctsInvoiceId === id)
          .first()
        if (already) throw new RuleError('al-gecrediteerd', { number: original.number ?? '' })
        const settings = toSettings(await db.settings.get(SETTINGS_KEY))
        const credit = parseRecord(invoiceSchema, creditInvoice(original, { id: ctx.newId(), invoiceDate, paymentTermDays: settings.paymentTermDays }))
        await db.invoices.add(credit)
        await audit({
          entity: 'invoice',
          recordId: credit.id,
          action: 'create',
          changes: [{ field: 'correctsInvoiceNumber', before: null, after: credit.correctsInvoiceNumber }],
          event: 'conceptCreditNoteCreated',
          params: { number: original.number ?? '', partner: original.partner.name },
        })
        return credit
      }),

    createPartialCredit: (input) =>
      writeTransaction(ctx, [db.invoices], async (audit) => {
        const original = await db.invoices.get(input.originalId)
        if (!original) throw new NotFoundError('invoiceNotFound')
        const siblings = await db.invoices.where('[partnerId+period]').equals([original.partnerId, original.period]).toArray()
        const settings = toSettings(await db.settings.get(SETTINGS_KEY))
        const credit = parseRecord(
          invoiceSchema,
          partialCreditInvoice(original, siblings, {
            id: ctx.newId(),
            invoiceDate: input.invoiceDate,
            paymentTermDays: settings.paymentTermDays,
            clientIds: input.clientIds,
            reason: input.reason,
          }),
        )
        const credited = [...new Set(credit.lines.map((l) => l.clientNumber))].join(', ')
        await db.invoices.add(credit)
        await audit({
          entity: 'invoice',
          recordId: credit.id,
          action: 'create',
          changes: [
            { field: 'correctsInvoiceNumber', before: null, after: credit.correctsInvoiceNumber },
            { field: 'creditReason', before: null, after: credit.creditReason ?? null },
          ],
          event: 'partialCreditNoteCreated',
          params: { number: original.number ?? '', partner: original.partner.name, clients: credited, reason: credit.creditReason ?? '' },
        })
        if (input.correction === null) return { credit, correction: null }
        const chosen = new Set(input.clientIds)
        const given = input.correction
        const fits =
          given.kind === 'factuur' &&
          given.status === 'concept' &&
          given.correctsInvoiceId === original.id &&
          given.partnerId === original.partnerId &&
          given.period === original.period &&
          given.lines.every((l) => chosen.has(l.clientId))
        if (!fits) throw new RuleError('regel-niet-op-factuur', { number: original.number ?? '' })
        const correction = parseRecord(invoiceSchema, { ...given, id: ctx.newId(), correctsInvoiceNumber: original.number })
        await db.invoices.add(correction)
        await audit({
          entity: 'invoice',
          recordId: correction.id,
          action: 'create',
          changes: [{ field: 'totalCents', before: null, after: correction.totalCents }],
          event: 'correctionInvoiceCreated',
          params: {
            number: original.number ?? '',
            partner: original.partner.name,
            clients: [...new Set(correction.lines.map((l) => l.clientNumber))].join(', '),
          },
        })
        return { credit, correction }
      }),

    removeConcept: (id) =>
      writeTransaction(ctx, [db.invoices], async (audit) => {
        const before = await db.invoices.get(id)
        if (!before) throw new NotFoundError('invoiceNotFound')
        if (before.status !== 'concept') throw new RuleError('definitief-ongewijzigd')
        await db.invoices.delete(id)
        await audit({
          entity: 'invoice',
          recordId: id,
          action: 'delete',
          event: 'conceptInvoiceDeleted',
          params: { period: before.period, partner: before.partner.name },
        })
      }),

    setPurchaseOrderReference: (id, reference) =>
      writeTransaction(ctx, [db.invoices], async (audit) => {
        const before = await db.invoices.get(id)
        if (!before) throw new NotFoundError('invoiceNotFound')
        if (before.status !== 'concept') throw new RuleError('definitief-ongewijzigd')
        const { purchaseOrderReference } = parseRecord(purchaseOrderReferenceSchema, { purchaseOrderReference: reference })
        const after = parseRecord(invoiceSchema, { ...before, partner: { ...before.partner, purchaseOrderReference } })
        await db.invoices.put(after)
        await audit({
          entity: 'invoice',
          recordId: id,
          action: 'update',
          changes: fieldChanges({ partner: { purchaseOrderReference: before.partner.purchaseOrderReference } }, { partner: { purchaseOrderReference } }),
          event: 'conceptPurchaseOrderReferenceChanged',
          params: { period: before.period, partner: before.partner.name },
        })
        return after
      }),

    frozenCopiesDue: (today) =>
      readTransaction(ctx, [db.invoices], async () =>
        (
          await finalInvoicesUpTo(lastDueInvoiceYear(today))
            .filter((invoice) => isFrozenCopyDue(invoice, today))
            .toArray()
        ).map((invoice) => ({
          id: invoice.id,
          number: invoice.number ?? '',
          partnerName: invoice.partner.name,
          invoiceDate: invoice.invoiceDate,
          dueSince: frozenCopyDueFrom(invoice.invoiceDate),
          lines: invoice.lines.filter((line) => line.clientName !== ANONYMISED_VALUE).length,
        })),
      ),

    anonymiseFrozenCopies: (ids, today) =>
      writeTransaction(ctx, [db.invoices], async (audit) => {
        const unique = [...new Set(ids)]
        for (const id of unique) {
          const before = await db.invoices.get(id)
          if (!before) throw new NotFoundError('invoiceNotFound')
          if (!isFrozenCopyDue(before, today)) throw new RuleError('bewaartermijn', { date: formatDate(frozenCopyDueFrom(before.invoiceDate)) })
          await db.invoices.put(parseRecord(invoiceSchema, anonymiseFrozenCopy(before)))
          // The names are not repeated in the trail: the entry says which invoice, not whom it named.
          await audit({
            entity: 'invoice',
            recordId: id,
            action: 'anonymise',
            event: 'invoiceCopyAnonymised',
            params: { number: before.number ?? '', partner: before.partner.name },
          })
        }
        await audit({
          entity: 'database',
          recordId: 'retention',
          action: 'anonymise',
          event: 'retentionBatchAnonymised',
          params: { clients: 0, invoices: unique.length },
        })
        return unique.length
      }),
  }
}
