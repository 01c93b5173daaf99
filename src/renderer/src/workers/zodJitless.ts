import { z } from 'zod'

// Imported first by the worker: zod decides per schema, when the schema is built, whether to compile a fast
// parser with `new Function`, which the CSP (no 'unsafe-eval') refuses. Configured in an import of its own so
// it runs before any module that builds schemas (imports are evaluated before the importing module's body).
z.config({ jitless: true })
