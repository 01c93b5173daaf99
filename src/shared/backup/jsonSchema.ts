import { z } from 'zod'
import { calendarDateSchema } from '../calendar/calendarDate'
import {
  auditEntrySchema,
  bsnSchema,
  changeRequestSchema,
  clientSchema,
  deregistrationSchema,
  invoiceSchema,
  partnerSchema,
  planSchema,
  settingsSchema,
  subscriptionPeriodSchema,
  usageSchema,
} from '../model'
import { BACKUP_FORMAT, BACKUP_VERSION, backupFileSchema } from './schema'

interface SchemaMeta {
  id: string
  title: string
  description: string
}

/** Names and descriptions for the reusable definitions (`$defs`) of the generated schema. */
function documentedRegistry() {
  const registry = z.registry<SchemaMeta>()
  const describe = (schema: z.ZodType, id: string, title: string, description: string) => registry.add(schema, { id, title, description })
  describe(calendarDateSchema, 'CalendarDate', 'Kalenderdatum', 'Datum jjjj-mm-dd in de Nederlandse kalender, geen tijdstip; moet een bestaande dag zijn.')
  describe(bsnSchema, 'Bsn', 'BSN', 'Leeg, of 9 cijfers (voorloopnullen behouden) die de 11-proef doorstaan. Alleen bij partners met ECD-modus "eigen".')
  describe(settingsSchema, 'Settings', 'Instellingen', 'Het ene instellingenrecord.')
  describe(partnerSchema, 'Partner', 'Aangesloten partner', 'Zorgorganisatie die cliënten aanmeldt.')
  describe(planSchema, 'Plan', 'Abonnementsvorm', 'Bedragen in eurocenten exclusief btw.')
  describe(clientSchema, 'Client', 'Cliënt', 'Cliëntnummer uniek binnen de partner.')
  describe(subscriptionPeriodSchema, 'SubscriptionPeriod', 'Abonnementsperiode', 'Halfopen interval [from, until); until null zolang het abonnement loopt.')
  describe(changeRequestSchema, 'ChangeRequest', 'Abonnementswijziging', 'Status open → akkoord → verwerkt, of afgewezen / ingetrokken.')
  describe(deregistrationSchema, 'Deregistration', 'Afmelding', 'effectiveDate is de eerste dag die niet meer wordt gefactureerd.')
  describe(usageSchema, 'Usage', 'Verbruik', 'Per cliënt per facturatieperiode; id is "clientId|periode".')
  describe(invoiceSchema, 'Invoice', 'Factuur', 'Met bevroren kopie van partner- en cliëntgegevens; bedragen in eurocenten.')
  describe(auditEntrySchema, 'AuditEntry', 'Logregel', 'Regel uit de audit trail (alleen toevoegen).')
  return registry
}

/**
 * The backup format as JSON Schema (draft 2020-12), generated from the zod schemas so it cannot drift.
 * `io: 'input'` describes what a reader accepts. Checks zod cannot express in JSON Schema (the 11-proef,
 * existing calendar days, cross references) are described in text and in docs/backup-format.md.
 */
export function backupJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(backupFileSchema, {
    io: 'input',
    target: 'draft-2020-12',
    metadata: documentedRegistry(),
    unrepresentable: 'throw',
    override: (ctx) => {
      if (ctx.zodSchema === calendarDateSchema) {
        ctx.jsonSchema.pattern = '^\\d{4}-\\d{2}-\\d{2}$'
        ctx.jsonSchema.format = 'date'
      }
      if (ctx.zodSchema === bsnSchema) {
        ctx.jsonSchema.anyOf = [
          { type: 'string', const: '' },
          { type: 'string', pattern: '^\\d{9}$' },
        ]
      }
    },
  })
  return {
    $schema: schema.$schema,
    $id: `urn:clientadministratie-24x7:backup:v${BACKUP_VERSION}`,
    title: `Back-up Cliëntadministratie 24x7, versie ${BACKUP_VERSION}`,
    description: `Het hele bestand (format "${BACKUP_FORMAT}"). Zie docs/backup-format.md voor de regels die JSON Schema niet kan uitdrukken.`,
    ...Object.fromEntries(Object.entries(schema).filter(([key]) => key !== '$schema')),
  }
}
