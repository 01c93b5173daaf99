import type { InspectionInvoiceLine, InspectionReport } from '@shared/reports/inspection'
import { formatDate } from '@shared/format/date'
import type { AuditEntry, Client } from '@shared/model'
import type { Column } from '../excel/columns'
import type { PageLabels } from '../excel/printSetup'
import { writeTableSheet } from '../excel/tableSheet'
import type { StreamingWorkbook } from '../excel/streamingWorkbook'
import { writeWorkbookFile } from '../excel/workbookFile'
import type { ReportContext, WriteReportOptions, WrittenReport } from './reportContext'

type Row = InspectionReport['subscriptionPeriods'][number]
type FieldRow = { readonly field: string; readonly value: string }
type AuditRow = { readonly entry: AuditEntry; readonly field: string; readonly before: string; readonly after: string }

/** A stored value as cell text: objects and lists as JSON, nothing as empty. */
function shown(value: unknown): string {
  if (value === null || value === undefined) return ''
  return typeof value === 'string' ? value : JSON.stringify(value)
}

/** The client record as field/value rows, nested fields by their path (`begeleider.email`). */
function clientFields(client: Client, partnerName: string, planName: (id: string) => string): FieldRow[] {
  const date = (d: string | null) => (d === null ? '' : formatDate(d))
  return [
    ['Partner', partnerName],
    ['Cliëntnummer', client.clientNumber],
    ['Voornaam', client.firstName],
    ['Achternaam', client.lastName],
    ['Geboortedatum', date(client.birthDate)],
    ['BSN', client.bsn],
    ['Status', client.status],
    ['Abonnement bij aanmelding', planName(client.registrationPlanId)],
    ['Aanmelding ontvangen', date(client.registrationReceivedDate)],
    ['Activeringsdatum', date(client.activationDate)],
    ['Inloggegevens verstuurd', date(client.loginSentDate)],
    ['Begeleider', client.begeleider.name],
    ['Begeleider e-mail', client.begeleider.email],
    ['Begeleider telefoon', client.begeleider.phone],
    ['Intakeformulier verstuurd', date(client.intake.formSentDate)],
    ['Intakeformulier ontvangen', date(client.intake.formReceivedDate)],
    ['Dossier geopend', date(client.intake.dossierOpenedDate)],
    ['Intakegesprek gepland', client.intake.conversationPlannedAt ?? ''],
    ['Intakegesprek gehouden', date(client.intake.conversationHeldDate)],
    ['Notities', client.notes],
    ['Geanonimiseerd op', date(client.anonymisedDate)],
  ].map(([field, value]) => ({ field: field ?? '', value: value ?? '' }))
}

/** One row per recorded change; an entry without changes gets one row, so every entry is in the sheet. */
function auditRows(entries: readonly AuditEntry[]): AuditRow[] {
  return entries.flatMap((entry) =>
    entry.changes.length === 0
      ? [{ entry, field: '', before: '', after: '' }]
      : entry.changes.map((change) => ({ entry, field: change.field, before: shown(change.before), after: shown(change.after) })),
  )
}

/**
 * The inspection export of one client (AVG art. 15): every record held about the client, one sheet each,
 * in Dutch like every document the app writes. Cell values pass the same coercion as every report (X1).
 */
export async function writeInspectionWorkbook(
  targetPath: string,
  report: InspectionReport,
  context: ReportContext,
  options: WriteReportOptions = {},
): Promise<WrittenReport> {
  const { client } = report
  const planName = (id: string) => report.planNames[id] ?? id
  const title = `Inzage cliënt ${client.clientNumber} ${report.partnerName}`
  const page: PageLabels = { title, organisation: context.operatorName, generatedOn: context.generatedOn }
  const subtitle = [`Alle gegevens over deze cliënt, peildatum ${formatDate(context.generatedOn)} (AVG artikel 15).`]

  const build = async (workbook: StreamingWorkbook, checkpoint: () => Promise<void>) => {
    let rows = 0
    const sheet = async <R>(name: string, columns: Column<R>[], data: readonly R[]) => {
      const result = await writeTableSheet(
        workbook,
        { name, title: `${name} — ${title}`, subtitle, columns, rows: data, emptyText: 'Geen gegevens.', page },
        checkpoint,
      )
      rows += result.rows
    }
    await sheet<FieldRow>(
      'Cliënt',
      [
        { key: 'field', header: 'Gegeven', kind: 'text', value: (r) => r.field, maxWidth: 30 },
        { key: 'value', header: 'Waarde', kind: 'longText', value: (r) => r.value, maxWidth: 70 },
      ],
      clientFields(client, report.partnerName, planName),
    )
    await sheet(
      'Vertegenwoordigers',
      [
        { key: 'name', header: 'Naam', kind: 'text', value: (r) => r.name, maxWidth: 30 },
        { key: 'role', header: 'Rol', kind: 'text', value: (r) => r.role, maxWidth: 28 },
        { key: 'email', header: 'E-mail', kind: 'text', value: (r) => r.email, maxWidth: 36 },
        { key: 'phone', header: 'Telefoon', kind: 'text', value: (r) => r.phone, maxWidth: 18 },
      ],
      client.representatives,
    )
    await sheet<Row>(
      'Abonnementen',
      [
        { key: 'plan', header: 'Abonnement', kind: 'text', value: (r) => planName(r.planId), maxWidth: 30 },
        { key: 'from', header: 'Vanaf', kind: 'date', value: (r) => r.from },
        { key: 'until', header: 'Tot (niet meer)', kind: 'date', value: (r) => r.until },
      ],
      report.subscriptionPeriods,
    )
    await sheet(
      'Wijzigingen',
      [
        { key: 'from', header: 'Van', kind: 'text', value: (r) => planName(r.fromPlanId), maxWidth: 24 },
        { key: 'to', header: 'Naar', kind: 'text', value: (r) => planName(r.toPlanId), maxWidth: 24 },
        { key: 'by', header: 'Op initiatief van', kind: 'text', value: (r) => r.initiatedBy },
        { key: 'reason', header: 'Reden', kind: 'longText', value: (r) => r.reason, maxWidth: 50 },
        { key: 'request', header: 'Aangevraagd', kind: 'date', value: (r) => r.requestDate },
        { key: 'partner', header: 'Akkoord partner', kind: 'date', value: (r) => r.partnerApprovalDate },
        { key: 'operator', header: 'Akkoord operator', kind: 'date', value: (r) => r.operatorApprovalDate },
        { key: 'effective', header: 'Ingangsdatum', kind: 'date', value: (r) => r.effectiveDate },
        { key: 'status', header: 'Status', kind: 'text', value: (r) => r.status },
      ],
      report.changeRequests,
    )
    await sheet(
      'Afmeldingen',
      [
        { key: 'received', header: 'Ontvangen', kind: 'date', value: (r) => r.receivedDate },
        { key: 'requested', header: 'Gevraagde afmelddatum', kind: 'date', value: (r) => r.requestedDate },
        { key: 'effective', header: 'Afgemeld per', kind: 'date', value: (r) => r.effectiveDate },
        { key: 'processed', header: 'Verwerkt', kind: 'date', value: (r) => r.processedDate },
      ],
      report.deregistrations,
    )
    await sheet(
      'Verbruik',
      [
        { key: 'period', header: 'Periode', kind: 'text', value: (r) => r.period },
        { key: 'call', header: 'Belminuten', kind: 'minutes', value: (r) => r.callMinutes },
        { key: 'registration', header: 'Registratie-\nminuten', kind: 'minutes', value: (r) => r.registrationMinutes },
        { key: 'contacts', header: 'Contacten', kind: 'integer', value: (r) => r.contacts },
      ],
      report.usage,
    )
    await sheet<InspectionInvoiceLine>(
      'Factuurregels',
      [
        { key: 'number', header: 'Factuurnummer', kind: 'text', value: (r) => r.invoiceNumber ?? 'concept' },
        { key: 'kind', header: 'Soort', kind: 'text', value: (r) => r.kind },
        { key: 'period', header: 'Periode', kind: 'text', value: (r) => r.period },
        { key: 'date', header: 'Factuurdatum', kind: 'date', value: (r) => r.invoiceDate },
        { key: 'name', header: 'Naam op de factuur', kind: 'text', value: (r) => r.line.clientName, maxWidth: 30 },
        { key: 'plan', header: 'Abonnement', kind: 'text', value: (r) => r.line.planName, maxWidth: 24 },
        { key: 'from', header: 'Vanaf', kind: 'date', value: (r) => r.line.from },
        { key: 'until', header: 'Tot', kind: 'date', value: (r) => r.line.until },
        { key: 'days', header: 'Dagen', kind: 'integer', value: (r) => r.line.billedDays },
        { key: 'amount', header: 'Bedrag', kind: 'money', value: (r) => r.line.amountCents },
      ],
      report.invoiceLines,
    )
    await sheet<AuditRow>(
      'Audittrail',
      [
        { key: 'at', header: 'Tijdstip', kind: 'text', value: (r) => r.entry.at },
        { key: 'clerk', header: 'Medewerker', kind: 'text', value: (r) => r.entry.clerk, maxWidth: 24 },
        { key: 'entity', header: 'Soort', kind: 'text', value: (r) => r.entry.entity },
        { key: 'action', header: 'Actie', kind: 'text', value: (r) => r.entry.action },
        { key: 'event', header: 'Gebeurtenis', kind: 'text', value: (r) => r.entry.event, maxWidth: 28 },
        { key: 'field', header: 'Veld', kind: 'text', value: (r) => r.field, maxWidth: 28 },
        { key: 'before', header: 'Was', kind: 'longText', value: (r) => r.before, maxWidth: 40 },
        { key: 'after', header: 'Wordt', kind: 'longText', value: (r) => r.after, maxWidth: 40 },
      ],
      auditRows(report.auditEntries),
    )
    return rows
  }

  const { path, result } = await writeWorkbookFile(
    targetPath,
    { title, subject: 'Inzageverzoek AVG artikel 15', creator: context.operatorName, generatedOn: context.generatedOn },
    build,
    options,
  )
  return { path, rows: result, totals: {} }
}
