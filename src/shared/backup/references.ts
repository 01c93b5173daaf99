import { usageId } from '../model/usage'
import type { BackupData } from './schema'

export interface BackupIssue {
  /** Where in the file, e.g. `['data', 'clients', 12, 'partnerId']`. */
  readonly path: readonly (string | number)[]
  readonly message: string
}

/** At most this many issues are reported: a broken file of 100,000 records would otherwise flood the screen. */
export const MAX_REPORTED_ISSUES = 200

/**
 * Cross-reference checks a schema cannot express: every id a record points to exists, ids are unique,
 * and the keys the database keeps unique are unique. Business rules that an older, valid database may
 * not meet any more (e.g. a partner that changed ECD mode) are deliberately not checked: a restore must
 * accept every backup the application itself wrote.
 */
export function checkBackupReferences(data: BackupData): BackupIssue[] {
  const issues: BackupIssue[] = []
  const add = (path: (string | number)[], message: string) => {
    if (issues.length < MAX_REPORTED_ISSUES) issues.push({ path: ['data', ...path], message })
  }

  function ids<T extends { id: string }>(table: string, rows: readonly T[], label: string): Map<string, T> {
    const map = new Map<string, T>()
    rows.forEach((row, i) => {
      if (map.has(row.id)) add([table, i, 'id'], `${label} ${row.id} komt dubbel voor`)
      else map.set(row.id, row)
    })
    return map
  }

  const partners = ids('partners', data.partners, 'Partner')
  const plans = ids('plans', data.plans, 'Abonnementsvorm')
  const clients = ids('clients', data.clients, 'Cliënt')
  ids('subscriptionPeriods', data.subscriptionPeriods, 'Abonnementsperiode')
  ids('changeRequests', data.changeRequests, 'Abonnementswijziging')
  ids('deregistrations', data.deregistrations, 'Afmelding')
  const invoices = ids('invoices', data.invoices, 'Factuur')

  const needPartner = (path: (string | number)[], id: string) => {
    if (!partners.has(id)) add(path, `Partner ${id} bestaat niet in dit bestand`)
  }
  const needPlan = (path: (string | number)[], id: string) => {
    if (!plans.has(id)) add(path, `Abonnementsvorm ${id} bestaat niet in dit bestand`)
  }
  const needClient = (path: (string | number)[], id: string) => {
    if (!clients.has(id)) add(path, `Cliënt ${id} bestaat niet in dit bestand`)
  }

  const numbers = new Set<string>()
  data.clients.forEach((c, i) => {
    needPartner(['clients', i, 'partnerId'], c.partnerId)
    needPlan(['clients', i, 'registrationPlanId'], c.registrationPlanId)
    const key = `${c.partnerId}\u0000${c.clientNumber}`
    if (numbers.has(key)) add(['clients', i, 'clientNumber'], `Cliëntnummer ${c.clientNumber} komt dubbel voor bij dezelfde partner`)
    numbers.add(key)
  })
  data.subscriptionPeriods.forEach((p, i) => {
    needClient(['subscriptionPeriods', i, 'clientId'], p.clientId)
    needPlan(['subscriptionPeriods', i, 'planId'], p.planId)
  })
  data.changeRequests.forEach((cr, i) => {
    needClient(['changeRequests', i, 'clientId'], cr.clientId)
    needPlan(['changeRequests', i, 'fromPlanId'], cr.fromPlanId)
    needPlan(['changeRequests', i, 'toPlanId'], cr.toPlanId)
  })
  data.deregistrations.forEach((d, i) => needClient(['deregistrations', i, 'clientId'], d.clientId))

  const usageKeys = new Set<string>()
  data.usage.forEach((u, i) => {
    const client = clients.get(u.clientId)
    if (!client) add(['usage', i, 'clientId'], `Cliënt ${u.clientId} bestaat niet in dit bestand`)
    else if (client.partnerId !== u.partnerId) add(['usage', i, 'partnerId'], `Verbruik hoort bij partner ${u.partnerId}, de cliënt bij partner ${client.partnerId}`)
    if (u.id !== usageId(u.clientId, u.period)) add(['usage', i, 'id'], `Id van verbruik moet "${usageId(u.clientId, u.period)}" zijn (cliënt|periode)`)
    const key = usageId(u.clientId, u.period)
    if (usageKeys.has(key)) add(['usage', i], `Verbruik van cliënt ${u.clientId} in periode ${u.period} komt dubbel voor`)
    usageKeys.add(key)
  })

  data.invoices.forEach((inv, i) => {
    needPartner(['invoices', i, 'partnerId'], inv.partnerId)
    if (inv.correctsInvoiceId !== null && !invoices.has(inv.correctsInvoiceId)) add(['invoices', i, 'correctsInvoiceId'], `Gecorrigeerde factuur ${inv.correctsInvoiceId} bestaat niet in dit bestand`)
    // Lines keep their own copy of client and plan data (spec F2); their ids must still resolve.
    inv.lines.forEach((line, j) => {
      needClient(['invoices', i, 'lines', j, 'clientId'], line.clientId)
      needPlan(['invoices', i, 'lines', j, 'planId'], line.planId)
    })
  })

  const auditIds = new Set<number>()
  data.auditEntries.forEach((a, i) => {
    if (a.id === undefined) return
    if (auditIds.has(a.id)) add(['auditEntries', i, 'id'], `Logregel ${a.id} komt dubbel voor`)
    auditIds.add(a.id)
  })
  return issues
}
