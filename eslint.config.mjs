// Layer boundaries are enforced here so a wrong import fails lint, not review (docs/architecture.md).
import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import vue from 'eslint-plugin-vue'
import vueParser from 'vue-eslint-parser'
import globals from 'globals'

const NODE_BUILTINS = ['node:*', 'fs', 'path', 'os', 'child_process', 'crypto', 'stream', 'url', 'worker_threads']

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', '.tmp/**', 'test-results/**', 'test/output/**', 'playwright-report/**', 'bench/output/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  ...vue.configs['flat/recommended'],
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
    // The common layer: pure TypeScript, no platform, no framework, no clock.
    files: ['src/shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['vue', 'pinia', 'vue-*', 'primevue*', '@primeuix/*', 'dexie', 'exceljs', 'electron', 'papaparse', '@renderer/*', '../../main/*', '../../renderer/*', '../../preload/*'], message: 'src/shared is the common layer: no UI, storage, Excel or Electron imports.' },
            { group: NODE_BUILTINS, message: 'src/shared runs in every process: no Node APIs.' },
          ],
        },
      ],
      'no-restricted-syntax': [
        'error',
        { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: 'Pass "today" as a parameter; the clock is not read in src/shared.' },
        { selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']", message: 'Pass "today" as a parameter; the clock is not read in src/shared.' },
      ],
    },
  },
  {
    files: ['src/renderer/**/*.{ts,vue}'],
    ignores: ['src/renderer/src/data/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['dexie', 'dexie/*'], message: 'Only the data layer (src/renderer/src/data) touches Dexie.' },
            { group: ['electron'], message: 'The renderer talks to main through the preload API only.' },
            { group: NODE_BUILTINS, message: 'The renderer has no Node APIs.' },
          ],
        },
      ],
    },
  },
  {
    files: ['src/renderer/src/components/**/*.vue', 'src/renderer/src/views/**/*.vue'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['dexie', 'dexie/*'], message: 'Only the data layer touches Dexie.' },
            { group: ['@renderer/data/*', '**/data/*', '@renderer/platform/*', '**/platform/*'], message: 'Views and components go through Pinia stores, not the data layer or the platform bridge.' },
            { group: ['electron'], message: 'The renderer talks to main through the preload API only.' },
          ],
        },
      ],
    },
  },
  {
    files: ['src/main/**/*.ts', 'src/cli/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['vue', 'pinia', 'dexie', '@renderer/*', '**/renderer/**'], message: 'Main process code has no renderer dependencies.' }] }],
    },
  },
)
