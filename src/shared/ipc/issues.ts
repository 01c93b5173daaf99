import type { z } from 'zod'
import { nl } from 'zod/locales'
import { dutchIssueText } from '../problems/dutchText'

/** Dutch texts for zod's built-in messages; schemas with their own (Dutch) message keep theirs. */
export const dutchErrorMap = nl().localeError

/** Parses with Dutch messages. */
export function safeParseDutch<T extends z.ZodType>(schema: T, value: unknown): z.ZodSafeParseResult<z.output<T>> {
  return schema.safeParse(value, { error: dutchErrorMap })
}

/** `backup.partners: Ongeldige invoer …; naam: Naam is verplicht`, capped so a huge payload stays readable. */
export function describeIssues(error: z.ZodError, max = 5): string {
  const lines = error.issues.slice(0, max).map((issue) => (issue.path.length > 0 ? `${issue.path.join('.')}: ${dutchIssueText(issue.message)}` : dutchIssueText(issue.message)))
  const more = error.issues.length - max
  return more > 0 ? `${lines.join('; ')}; en nog ${more} andere` : lines.join('; ')
}
