import { z } from 'zod'
import { defineChannels, noInput } from '../channel'

export const openTableInputSchema = z
  .object({
    /** Dialog title, e.g. "Verbruiksbestand kiezen". */
    title: z.string().trim().min(1).max(120),
  })
  .optional()

/**
 * The rows of the chosen file (src/shared/import/table.ts `TableRow[]`) as one JSON text; what they mean is
 * decided by the import rules. One string crosses IPC as a single value, where 100,000 row objects would be
 * cloned one by one on the window's thread; the worker that checks the rows parses the text and its shape.
 */
export const openedTableSchema = z.object({
  fileName: z.string().min(1),
  format: z.enum(['csv', 'xlsx']),
  rowCount: z.number().int().nonnegative(),
  rowsJson: z.string(),
})
export type OpenedTable = z.infer<typeof openedTableSchema>

export const tableChannels = defineChannels('table', {
  /** Asks which `.xlsx` or `.csv` file to import (open dialog) and reads its rows. `null` = cancelled. */
  'table:open-file': { input: openTableInputSchema, output: openedTableSchema.nullable() },
  /**
   * Stops the read `table:open-file` is doing (its worker is ended; it rejects with `cancelled`). `true` when
   * a read was running; a read that already finished is not undone.
   */
  'table:cancel-read': { input: noInput, output: z.boolean() },
})
