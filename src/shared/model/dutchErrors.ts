import { z } from 'zod'

/**
 * zod's Dutch messages for the checks a schema does not word itself ("verwacht string, ontving getal").
 * Passed per parse (`schema.safeParse(value, { error: dutchErrorMap })`) rather than set globally, so
 * importing the model has no side effects. The schemas' own Dutch messages take precedence.
 */
export const dutchErrorMap = z.locales.nl().localeError
