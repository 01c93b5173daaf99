// The layer rules in eslint.config.mjs must keep matching: each fixture is one forbidden import edge, linted as
// if it lived at a path inside src/, and must be flagged by the rule that guards that edge. If a rule stops
// matching (a renamed folder, a zone glob that no longer fits, a resolver that no longer resolves an alias),
// this test fails instead of the boundary quietly disappearing.
//
// The fixtures are `*.fixture` text files so that neither `eslint .` nor vue-tsc reads them where they lie
// (their relative imports only make sense at the path they are linted as). ESLint#lintText lints their text
// with a virtual filePath; the file need not exist there. typescript-eslint's project service refuses files
// that are not on disk, so the type-aware rules are switched off for this run: the layer rules only resolve
// imports and need no types.
import { readdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { ESLint } from 'eslint'
import tseslint from 'typescript-eslint'
import { describe, expect, it } from 'vitest'

const ROOT = resolve(__dirname, '../..')
const FIXTURES = join(__dirname, 'fixtures')

const PATHS = 'import-x/no-restricted-paths'
const BUILTINS = 'import-x/no-nodejs-modules'
const WORKERS = 'layers/no-restricted-value-paths'
const CLOCK = 'no-restricted-syntax'

/** fixture → where it is linted as → the one rule expected to flag it (null: must lint clean). */
const CASES: ReadonlyArray<readonly [fixture: string, lintAs: string, rule: string | null]> = [
  // 1. src/shared: no framework, storage, Electron, Node or process-layer imports, no clock.
  ['shared-imports-dexie.ts.fixture', 'src/shared/lintFixture.ts', PATHS],
  ['shared-imports-vue.ts.fixture', 'src/shared/format/lintFixture.ts', PATHS],
  ['shared-imports-main-relative.ts.fixture', 'src/shared/domain/lintFixture.ts', PATHS],
  ['shared-imports-renderer-alias.ts.fixture', 'src/shared/domain/lintFixture.ts', PATHS],
  ['shared-imports-node-builtin.ts.fixture', 'src/shared/lintFixture.ts', BUILTINS],
  ['shared-reads-clock.ts.fixture', 'src/shared/calendar/lintFixture.ts', CLOCK],
  // 2. Views and components reach data through stores only.
  ['view-imports-data-via-alias.vue.fixture', 'src/renderer/src/views/clients/LintFixtureView.vue', PATHS],
  ['component-imports-data-relative.ts.fixture', 'src/renderer/src/components/clients/lintFixture.ts', PATHS],
  ['component-imports-platform.vue.fixture', 'src/renderer/src/components/LintFixture.vue', PATHS],
  ['view-imports-worker-client.ts.fixture', 'src/renderer/src/views/lintFixture.ts', WORKERS],
  // 3. Only the data layer opens Dexie.
  ['store-imports-dexie.ts.fixture', 'src/renderer/src/stores/lintFixture.ts', PATHS],
  // 4. Worker files are reached only through workers/runJob.ts.
  ['store-imports-worker-file.ts.fixture', 'src/renderer/src/stores/lintFixture.ts', WORKERS],
  // 5. No Node built-ins or Electron anywhere in the renderer.
  ['component-two-deep-imports-node-fs.vue.fixture', 'src/renderer/src/components/usage/deeper/LintFixture.vue', BUILTINS],
  ['renderer-imports-electron.ts.fixture', 'src/renderer/src/composables/lintFixture.ts', PATHS],
  // 6. Main and CLI have no renderer dependencies.
  ['main-imports-renderer.ts.fixture', 'src/main/lintFixture.ts', PATHS],
  ['cli-imports-pinia.ts.fixture', 'src/cli/lintFixture.ts', PATHS],
  // Allowed edges: these must lint clean.
  ['allowed-store-edges.ts.fixture', 'src/renderer/src/stores/lintFixture.ts', null],
  ['allowed-view-edges.vue.fixture', 'src/renderer/src/views/lintFixture.vue', null],
  ['allowed-data-layer-dexie.ts.fixture', 'src/renderer/src/data/lintFixture.ts', null],
]

const eslint = new ESLint({
  cwd: ROOT,
  overrideConfig: [{ files: ['**/*.{ts,vue}'], ...tseslint.configs.disableTypeChecked }],
})

async function ruleIds(fixture: string, lintAs: string): Promise<Array<string | null>> {
  const code = readFileSync(join(FIXTURES, fixture), 'utf8')
  const [result] = await eslint.lintText(code, { filePath: join(ROOT, lintAs) })
  return (result?.messages ?? []).map((message) => message.ruleId)
}

describe('layer rules (eslint.config.mjs)', () => {
  it('has a case for every fixture file', () => {
    const files = readdirSync(FIXTURES)
      .filter((name) => name.endsWith('.fixture'))
      .sort()
    expect(files).toEqual(CASES.map(([fixture]) => fixture).sort())
  })

  it.each(CASES)(
    '%s, linted as %s, is flagged by %s',
    async (fixture, lintAs, rule) => {
      expect(await ruleIds(fixture, lintAs)).toEqual(rule === null ? [] : [rule])
    },
    60_000,
  )
})
