import { z } from 'zod'

// zod decides per schema, when the schema is built, whether to compile a fast parser with `new Function`,
// which the CSP (no 'unsafe-eval') refuses. The contract's schemas are built while `@shared/ipc/api` is
// imported, so this import of its own must come first: imports run before the importing module's body.
z.config({ jitless: true })
