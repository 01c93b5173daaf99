import { z } from 'zod'
import { tableRowSchema } from '../../import/table'
import { defineChannels } from '../channel'

export const openTableInputSchema = z
  .object({
    /** Dialog title, e.g. "Verbruiksbestand kiezen". */
    title: z.string().trim().min(1).max(120),
  })
  .optional()

/** The rows of the chosen file; what they mean is decided by the import rules (src/shared/import). */
export const openedTableSchema = z.object({
  fileName: z.string().min(1),
  format: z.enum(['csv', 'xlsx']),
  rows: z.array(tableRowSchema),
})
export type OpenedTable = z.infer<typeof openedTableSchema>

export const tableChannels = defineChannels('table', {
  /** Asks which `.xlsx` or `.csv` file to import (open dialog) and reads its rows. `null` = cancelled. */
  'table:open-file': { input: openTableInputSchema, output: openedTableSchema.nullable() },
})
