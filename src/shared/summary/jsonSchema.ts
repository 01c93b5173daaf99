import { z } from 'zod'
import { calendarDateSchema } from '../calendar/calendarDate'
import { summarySchema } from './schema'

/**
 * `summary.json` as JSON Schema (draft 2020-12), generated from the zod schema so it cannot drift; printed
 * in docs/cli.md (a test keeps the two equal). The sums a refinement checks are described in text there.
 */
export function summaryJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(summarySchema, {
    target: 'draft-2020-12',
    unrepresentable: 'throw',
    override: (ctx) => {
      if (ctx.zodSchema === calendarDateSchema) {
        ctx.jsonSchema.pattern = '^\\d{4}-\\d{2}-\\d{2}$'
        ctx.jsonSchema.format = 'date'
      }
    },
  })
  return { ...schema, title: 'summary.json of Cliëntadministratie 24x7', description: 'What a monthly run (npm run cli -- run) computed and wrote.' }
}
