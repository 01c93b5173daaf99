import { usageId } from '../model/usage'
import type { BackupCode, BackupIssue } from '../problems/backup'
import type { RuleParams } from '../problems/rules'
import type { BackupData } from './schema'

export type { BackupIssue } from '../problems/backup'

/** At most this many issues are reported: a broken file of 100,000 records would otherwise flood the screen. */
export const MAX_REPORTED_ISSUES = 200

/**
 * Whether `id` is `usageId(clientId, period)`, compared without building it. `lastIndexOf(x, 0) === 0` is
 * `startsWith` (it can only look at position 0), measured at a third of its time in V8 over a million ids.
 */
function isUsageIdOf(id: string, clientId: string, period: string): boolean {
  return id.length === clientId.length + 1 + period.length && id.charCodeAt(clientId.length) === 124 && id.lastIndexOf(clientId, 0) === 0 && id.endsWith(period)
}

/**
 * Whether every usage record's client exists with the same partner, its id is right and each client's periods
 * come in ascending order, so no two are the same: how the app writes them (by id: client, then period). One
 * small map of where each client was left instead of a set of a million keys; anything else goes through the
 * full check below, which names each problem in the file's order.
 */
function usageIsPlainlyValid(usage: BackupData['usage'], clients: ReadonlyMap<string, { readonly partnerId: string }>): boolean {
  // A client's months come one after another in the file, so the client is looked up once per run of its
  // records, not once per record; a client met again after others must have been left at an earlier month.
  const left = new Map<string, string>()
  // null, not '': no record's client may pass unlooked-up, not even one with an empty id.
  let clientId: string | null = null
  let partnerId = ''
  let period = ''
  for (const u of usage) {
    if (u.clientId !== clientId) {
      const client = clients.get(u.clientId)
      if (client === undefined) return false
      if (clientId !== null) left.set(clientId, period)
      clientId = u.clientId
      partnerId = client.partnerId
      period = left.get(clientId) ?? ''
    }
    if (partnerId !== u.partnerId || !(u.period > period) || !isUsageIdOf(u.id, clientId, u.period)) return false
    period = u.period
  }
  return true
}

/**
 * Cross-reference checks a schema cannot express: every id a record points to exists, ids are unique,
 * and the keys the database keeps unique are unique. Business rules that an older, valid database may
 * not meet any more (e.g. a partner that changed ECD mode) are deliberately not checked: a restore must
 * accept every backup the application itself wrote.
 */
export function checkBackupReferences(data: BackupData): BackupIssue[] {
  const issues: BackupIssue[] = []
  const add = (path: (string | number)[], code: BackupCode, params: RuleParams) => {
    if (issues.length < MAX_REPORTED_ISSUES) issues.push({ path: ['data', ...path], code, params })
  }

  function ids<T extends { id: string }>(table: string, rows: readonly T[], duplicate: BackupCode): Map<string, T> {
    const map = new Map<string, T>()
    rows.forEach((row, i) => {
      if (map.has(row.id)) add([table, i, 'id'], duplicate, { id: row.id })
      else map.set(row.id, row)
    })
    return map
  }

  const partners = ids('partners', data.partners, 'backup.duplicatePartner')
  const plans = ids('plans', data.plans, 'backup.duplicatePlan')
  const clients = ids('clients', data.clients, 'backup.duplicateClient')
  ids('subscriptionPeriods', data.subscriptionPeriods, 'backup.duplicateSubscriptionPeriod')
  ids('changeRequests', data.changeRequests, 'backup.duplicateChangeRequest')
  ids('deregistrations', data.deregistrations, 'backup.duplicateDeregistration')
  const invoices = ids('invoices', data.invoices, 'backup.duplicateInvoice')

  // The path is built only for a problem: a million records would otherwise each make an array for nothing.
  const needPartner = (table: string, i: number, field: string, id: string) => {
    if (!partners.has(id)) add([table, i, field], 'backup.missingPartner', { id })
  }
  const needPlan = (table: string, i: number, field: string, id: string) => {
    if (!plans.has(id)) add([table, i, field], 'backup.missingPlan', { id })
  }
  const needClient = (table: string, i: number, field: string, id: string) => {
    if (!clients.has(id)) add([table, i, field], 'backup.missingClient', { id })
  }

  // Client numbers per partner: a short number is quicker to look up than a key made for each client.
  const numbers = new Map<string, Set<string>>()
  data.clients.forEach((c, i) => {
    needPartner('clients', i, 'partnerId', c.partnerId)
    needPlan('clients', i, 'registrationPlanId', c.registrationPlanId)
    let ofPartner = numbers.get(c.partnerId)
    if (ofPartner === undefined) numbers.set(c.partnerId, (ofPartner = new Set()))
    if (ofPartner.has(c.clientNumber)) add(['clients', i, 'clientNumber'], 'backup.duplicateClientNumber', { clientNumber: c.clientNumber })
    ofPartner.add(c.clientNumber)
  })
  data.subscriptionPeriods.forEach((p, i) => {
    needClient('subscriptionPeriods', i, 'clientId', p.clientId)
    needPlan('subscriptionPeriods', i, 'planId', p.planId)
  })
  data.changeRequests.forEach((cr, i) => {
    needClient('changeRequests', i, 'clientId', cr.clientId)
    needPlan('changeRequests', i, 'fromPlanId', cr.fromPlanId)
    needPlan('changeRequests', i, 'toPlanId', cr.toPlanId)
  })
  data.deregistrations.forEach((d, i) => needClient('deregistrations', i, 'clientId', d.clientId))

  const usageKeys = new Set<string>()
  if (!usageIsPlainlyValid(data.usage, clients))
    data.usage.forEach((u, i) => {
      const client = clients.get(u.clientId)
      if (!client) add(['usage', i, 'clientId'], 'backup.missingClient', { id: u.clientId })
      else if (client.partnerId !== u.partnerId)
        add(['usage', i, 'partnerId'], 'backup.usagePartner', { partnerId: u.partnerId, clientPartnerId: client.partnerId })
      // The record's own id is the key when it is right: no new string for each of a million records.
      const key = isUsageIdOf(u.id, u.clientId, u.period) ? u.id : usageId(u.clientId, u.period)
      if (u.id !== key) add(['usage', i, 'id'], 'backup.usageId', { expected: key })
      if (usageKeys.has(key)) add(['usage', i], 'backup.duplicateUsage', { clientId: u.clientId, period: u.period })
      usageKeys.add(key)
    })

  data.invoices.forEach((inv, i) => {
    needPartner('invoices', i, 'partnerId', inv.partnerId)
    if (inv.correctsInvoiceId !== null && !invoices.has(inv.correctsInvoiceId))
      add(['invoices', i, 'correctsInvoiceId'], 'backup.missingCorrectedInvoice', { id: inv.correctsInvoiceId })
    // Lines keep their own copy of client and plan data (spec F2); their ids must still resolve.
    inv.lines.forEach((line, j) => {
      if (!clients.has(line.clientId)) add(['invoices', i, 'lines', j, 'clientId'], 'backup.missingClient', { id: line.clientId })
      if (!plans.has(line.planId)) add(['invoices', i, 'lines', j, 'planId'], 'backup.missingPlan', { id: line.planId })
    })
  })

  const auditIds = new Set<number>()
  data.auditEntries.forEach((a, i) => {
    if (a.id === undefined) return
    if (auditIds.has(a.id)) add(['auditEntries', i, 'id'], 'backup.duplicateAuditEntry', { id: a.id })
    auditIds.add(a.id)
  })
  return issues
}
