import { z } from 'zod'
import { CLIENT_FIELDS, PARTNER_FIELDS, type ClientFieldKey, type PartnerFieldKey } from '../../onboarding/fields'
import { absolutePathSchema } from '../paths'
import { defineChannels } from '../channel'

/** The lists that export in their import template's layout. */
export const LIST_EXPORT_KINDS = ['partners', 'clients'] as const
export type ListExportKind = (typeof LIST_EXPORT_KINDS)[number]

/** Rows per `lists:export-rows` call: the window reads and sends the list slice by slice. */
export const LIST_EXPORT_CHUNK = 1000
/** Rows one export may hold (a client takes a row per subscription period); bounds main's memory. */
export const LIST_EXPORT_MAX_ROWS = 600_000

const exportIdSchema = z.uuid()
const cell = z.string().max(4000)
const rowOf = <K extends string>(fields: readonly { readonly key: K }[]) =>
  z.strictObject(Object.fromEntries(fields.map((f) => [f.key, cell])) as Record<K, typeof cell>)
export const partnerExportRowSchema = rowOf<PartnerFieldKey>(PARTNER_FIELDS)
export const clientExportRowSchema = rowOf<ClientFieldKey>(CLIENT_FIELDS)

export const listExportChannels = defineChannels('lists', {
  /**
   * Asks where to save a list export (save dialog); the answer names the export the rows go to. `null` =
   * cancelled. A clients export says whether it carries BSNs: main refuses a BSN in an export begun without.
   * One export at a time: a new one drops an unfinished one.
   */
  'lists:export-begin': {
    input: z.discriminatedUnion('list', [z.object({ list: z.literal('partners') }), z.object({ list: z.literal('clients'), includeBsn: z.boolean() })]),
    output: z.object({ exportId: exportIdSchema, fileName: z.string().min(1) }).nullable(),
  },
  /** The next rows, in the list's order, at most LIST_EXPORT_CHUNK per call. */
  'lists:export-rows': {
    input: z.discriminatedUnion('list', [
      z.object({ exportId: exportIdSchema, list: z.literal('partners'), rows: z.array(partnerExportRowSchema).max(LIST_EXPORT_CHUNK) }),
      z.object({ exportId: exportIdSchema, list: z.literal('clients'), rows: z.array(clientExportRowSchema).max(LIST_EXPORT_CHUNK) }),
    ]),
    output: z.null(),
  },
  /** Writes the workbook (under a temporary name, then renamed) and forgets the rows. */
  'lists:export-finish': {
    input: z.object({ exportId: exportIdSchema }),
    output: z.object({ path: absolutePathSchema, fileName: z.string().min(1), rows: z.number().int().nonnegative() }),
  },
  /** Drops an export that will not be finished; nothing is written. */
  'lists:export-cancel': { input: z.object({ exportId: exportIdSchema }), output: z.null() },
})
