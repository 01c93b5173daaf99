// Layer boundaries are enforced here so a wrong import fails lint, not review (docs/architecture.md).
import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import vue from 'eslint-plugin-vue'
import vueParser from 'vue-eslint-parser'
import globals from 'globals'
import { importX } from 'eslint-plugin-import-x'
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript'
import prettierConfig from 'eslint-config-prettier/flat'

// Layer rules work on the file an import resolves to (tsconfig `paths` such as @renderer/* and @shared/*,
// relative paths, .ts and .vue alike), not on how the import is spelled. Packages are matched by the folder
// they resolve to in node_modules, so deep imports (`dexie/dist/...`) are caught too. Node built-ins resolve to
// no file; `import-x/no-nodejs-modules` catches those (bare, `node:`-prefixed and subpaths).
const R = 'src/renderer/src'
const pkg = (...names) => names.map((name) => `node_modules/${name}/**`)
const FRAMEWORK = pkg('vue', 'vue-*', '@vue', 'pinia', 'primevue', '@primevue', '@primeuix', 'vue-router', 'vue-i18n', '@intlify')
const STORAGE = pkg('dexie')
const PLATFORM = pkg('exceljs', 'electron', 'papaparse')

// Type-only imports are erased at build time, so they never load a worker's code into the window. The
// worker zones therefore look at value imports only; every other zone counts `import type` as well.
const restrictedPaths = importX.rules['no-restricted-paths']
const valueImportsOnly = {
  meta: restrictedPaths.meta,
  create(context) {
    const visitors = restrictedPaths.create(context)
    return Object.fromEntries(
      Object.entries(visitors).map(([selector, visit]) => [
        selector,
        (node) => (node.importKind === 'type' || node.exportKind === 'type' ? undefined : visit(node)),
      ]),
    )
  },
}

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', '.tmp/**', 'test-results/**', 'test/output/**', 'playwright-report/**', 'bench/output/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  ...vue.configs['flat/recommended'],
  // Layout is Prettier's (`npm run format`); lint keeps to what code means.
  prettierConfig,
  {
    languageOptions: {
      parser: vueParser,
      parserOptions: {
        parser: tseslint.parser,
        projectService: true,
        tsconfigRootDir: import.meta.dirname,
        extraFileExtensions: ['.vue'],
      },
      globals: { ...globals.browser, ...globals.node },
    },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'vue/multi-word-component-names': 'off',
      'vue/max-attributes-per-line': 'off',
      'vue/singleline-html-element-content-newline': 'off',
      'vue/html-self-closing': 'off',
      'no-restricted-syntax': [
        'error',
        { selector: "CallExpression[callee.property.name='only'][callee.object.name=/^(it|test|describe)$/]", message: 'No focused tests.' },
      ],
    },
  },
  {
    files: ['**/*.mjs', '**/*.cjs'],
    extends: [tseslint.configs.disableTypeChecked],
  },
  {
    // Resolve every import the way TypeScript and Vite do (tsconfig.json `paths` = the electron-vite aliases).
    files: ['**/*.{ts,vue,mjs,cjs}'],
    plugins: { 'import-x': importX, layers: { rules: { 'no-restricted-value-paths': valueImportsOnly } } },
    settings: {
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: 'tsconfig.json', alwaysTryTypes: true })],
      'import-x/extensions': ['.ts', '.mts', '.js', '.mjs', '.vue', '.d.ts'],
    },
  },
  {
    // The common layer: pure TypeScript, no platform, no framework, no clock.
    files: ['src/shared/**/*.ts'],
    rules: {
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            {
              target: 'src/shared/**',
              from: [...FRAMEWORK, ...STORAGE, ...PLATFORM],
              message: 'src/shared is the common layer: no UI framework, storage, Excel, CSV or Electron imports.',
            },
            {
              target: 'src/shared/**',
              from: ['src/main/**', 'src/renderer/**', 'src/preload/**', 'src/cli/**'],
              message: 'src/shared imports only src/shared; the process layers import it, not the other way round.',
            },
          ],
        },
      ],
      'import-x/no-nodejs-modules': 'error',
      'no-restricted-syntax': [
        'error',
        { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: 'Pass "today" as a parameter; the clock is not read in src/shared.' },
        {
          selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']",
          message: 'Pass "today" as a parameter; the clock is not read in src/shared.',
        },
      ],
    },
  },
  {
    // The renderer: a sandboxed Chromium window with no Node and no Electron.
    files: ['src/renderer/**/*.{ts,vue}'],
    rules: {
      'import-x/no-nodejs-modules': 'error',
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            { target: 'src/renderer/**', from: pkg('electron'), message: 'The renderer talks to main through the preload API (platform/api.ts) only.' },
            {
              target: 'src/renderer/**',
              from: ['src/main/**', 'src/cli/**', 'src/preload/**'],
              message: 'The renderer reaches main through window.api, not by importing main, CLI or preload code.',
            },
            // Only the data layer opens Dexie. The workers do not import it: they use the repositories in data/.
            ...[`${R}/!(data)/**`, 'src/renderer/*', 'src/renderer/!(src)/**', `${R}/*`].map((target) => ({
              target,
              from: STORAGE,
              message: 'Only the data layer (src/renderer/src/data) touches Dexie.',
            })),
            {
              target: [`${R}/views/**`, `${R}/components/**`],
              from: [`${R}/data/**`, `${R}/platform/**`],
              message: 'Views and components reach data through Pinia stores, not the data layer or the platform bridge.',
            },
          ],
        },
      ],
      'layers/no-restricted-value-paths': [
        'error',
        {
          zones: [
            {
              // The one client module: workers/runJob.ts starts the worker and is the only way in.
              target: [`${R}/!(workers)/**`, `${R}/*`, 'src/renderer/*', 'src/renderer/!(src)/**'],
              from: [`${R}/workers/**`],
              // `@(…)` only because a glob `from` requires glob exceptions.
              except: [`${import.meta.dirname}/${R}/workers/@(runJob).ts`],
              message: 'Workers are reached only through their client, workers/runJob.ts (type-only imports are fine).',
            },
            {
              target: [`${R}/views/**`, `${R}/components/**`],
              from: [`${R}/workers/**`],
              message: 'Views and components start jobs through their Pinia store, not through the workers.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/main/**/*.ts', 'src/cli/**/*.ts'],
    rules: {
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            {
              target: ['src/main/**', 'src/cli/**'],
              from: ['src/renderer/**', ...pkg('vue', '@vue', 'pinia', 'dexie')],
              message: 'Main process and CLI code has no renderer dependencies (no renderer code, Vue, Pinia or Dexie).',
            },
          ],
        },
      ],
    },
  },
  {
    // End-to-end specs say what the clerk does; where things are on the screen is the page models' job
    // (test/e2e/pages), so a changed screen is mended in one place.
    files: ['test/e2e/**/*.spec.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: "CallExpression[callee.property.name='only'][callee.object.name=/^(it|test|describe)$/]", message: 'No focused tests.' },
        {
          selector: 'CallExpression[callee.property.name=/^(getBy[A-Z][A-Za-z]*|locator|frameLocator)$/]',
          message: 'Find elements through a page model in test/e2e/pages, not in the spec.',
        },
      ],
    },
  },
)
