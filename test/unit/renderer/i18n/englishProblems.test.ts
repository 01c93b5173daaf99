import { readdirSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createAppI18n } from '../../../../src/renderer/src/i18n'
import en from '../../../../src/renderer/src/i18n/en'
import nl from '../../../../src/renderer/src/i18n/nl'
import { describeFindings, findDutch } from '../../../support/dutchText'
import { messageLeaves, type MessageTree } from '../../../support/messageLeaves'

/**
 * Every error code worded in English, with nothing Dutch in it. The catalogues are found, not listed: every
 * export of src/shared/problems/*.ts that maps codes to parameter names, and every words file in
 * src/shared/i18n, so a new catalogue is covered the day it is added.
 */

type Catalogue = Readonly<Record<string, readonly string[]>>

const PROBLEMS_DIR = resolve(__dirname, '../../../../src/shared/problems')
const WORDS_DIR = resolve(__dirname, '../../../../src/shared/i18n')

const isCatalogue = (value: unknown): value is Catalogue =>
  typeof value === 'object' &&
  value !== null &&
  !Array.isArray(value) &&
  Object.keys(value).length > 0 &&
  Object.values(value).every((params) => Array.isArray(params) && params.every((name) => typeof name === 'string'))

async function exportsOf(dir: string): Promise<{ file: string; name: string; value: unknown }[]> {
  const files = readdirSync(dir).filter((file) => file.endsWith('.ts'))
  const modules = await Promise.all(files.map(async (file) => ({ file, module: (await import(resolve(dir, file))) as Record<string, unknown> })))
  return modules.flatMap(({ file, module }) => Object.entries(module).map(([name, value]) => ({ file, name, value })))
}

const catalogues = (await exportsOf(PROBLEMS_DIR)).filter((entry): entry is { file: string; name: string; value: Catalogue } => isCatalogue(entry.value))

/** Every section of the English messages (at any depth), by dotted path. */
function sections(tree: MessageTree, prefix = ''): [string, MessageTree][] {
  return Object.entries(tree).flatMap(([key, value]): [string, MessageTree][] => {
    if (typeof value === 'string') return []
    const path = prefix === '' ? key : `${prefix}.${key}`
    return [[path, value], ...sections(value, path)]
  })
}

/** The key of `code` inside the section at `path`: the code itself, or the code without the section's name in front. */
function keyIn(path: string, section: MessageTree, code: string): string | undefined {
  const name = path.split('.').at(-1)!
  const key = code.startsWith(`${name}.`) ? code.slice(name.length + 1) : code
  return typeof section[key] === 'string' ? `${path}.${key}` : undefined
}

/** The English section that words a catalogue: the one that holds most of its codes. */
function sectionOf(catalogue: Catalogue): { path: string; section: MessageTree } {
  const scored = sections(en as unknown as MessageTree).map(([path, section]) => ({
    path,
    section,
    hits: Object.keys(catalogue).filter((code) => keyIn(path, section, code) !== undefined).length,
  }))
  const best = scored.sort((a, b) => b.hits - a.hits)[0]!
  return best
}

/** A value for a parameter: dates and periods as the UI writes them, anything else a number. */
function sampleValue(name: string): string | number {
  if (/date|day|from|until|end/i.test(name)) return '02-11-2026'
  if (/period/i.test(name)) return '2026-11'
  if (/year/i.test(name)) return 2026
  return 7
}

function wordInEnglish(key: string, params: readonly string[]): { text: string; missing: string[] } {
  const i18n = createAppI18n('en')
  const missing: string[] = []
  i18n.global.setMissingHandler((locale, path) => {
    missing.push(`${locale}:${path}`)
  })
  const text = i18n.global.t(key, Object.fromEntries(params.map((name) => [name, sampleValue(name)])))
  return { text, missing }
}

describe('error codes in English', () => {
  it('finds the catalogues (validation and rules at least)', () => {
    const names = catalogues.map((c) => `${c.file}:${c.name}`)
    expect(names).toEqual(expect.arrayContaining(['validation.ts:VALIDATION_PROBLEMS', 'rules.ts:RULE_PROBLEMS']))
  })

  it('includes every English words file as a section of the English messages', async () => {
    const wordFiles = (await exportsOf(WORDS_DIR)).filter((entry) => entry.file.endsWith('.en.ts'))
    expect(wordFiles.length).toBeGreaterThanOrEqual(2)
    const included = new Set(sections(en as unknown as MessageTree).map(([, section]) => section))
    const notIncluded = wordFiles.filter((entry) => !included.has(entry.value as MessageTree)).map((entry) => `${entry.file}:${entry.name}`)
    expect(notIncluded).toEqual([])
  })

  for (const { file, name, value: catalogue } of catalogues) {
    it(`words every code of ${file} (${name}) in English, without Dutch`, () => {
      const { path, section } = sectionOf(catalogue)
      const problems: string[] = []
      for (const [code, params] of Object.entries(catalogue)) {
        const key = keyIn(path, section, code)
        if (key === undefined) {
          problems.push(`${code}: no English words (looked in section "${path}")`)
          continue
        }
        const { text, missing } = wordInEnglish(key, params)
        if (missing.length > 0) problems.push(`${code}: vue-i18n reports missing ${missing.join(', ')}`)
        if (text === key || text === code) problems.push(`${code}: shows its raw key "${text}"`)
        if (/\{\w+\}/.test(text)) problems.push(`${code}: a parameter is left unfilled in "${text}"`)
        const dutch = findDutch(text)
        if (dutch.length > 0) problems.push(`${code}: Dutch in the English words\n${describeFindings(dutch)}`)
      }
      expect(problems, problems.join('\n')).toEqual([])
    })
  }
})

describe('the English and Dutch messages', () => {
  const keys = (tree: unknown) => new Set(messageLeaves(tree as MessageTree).map(([key]) => key))
  const nlKeys = keys(nl)
  const enKeys = keys(en)

  it('have the same keys, section by section', () => {
    expect(
      [...nlKeys].filter((key) => !enKeys.has(key)),
      'in nl, not in en',
    ).toEqual([])
    expect(
      [...enKeys].filter((key) => !nlKeys.has(key)),
      'in en, not in nl',
    ).toEqual([])
  })

  it('word every key in English without vue-i18n reporting a missing one', () => {
    const i18n = createAppI18n('en')
    const missing: string[] = []
    i18n.global.setMissingHandler((locale, path) => {
      missing.push(`${locale}:${path}`)
    })
    for (const key of enKeys) i18n.global.t(key, {})
    expect(missing).toEqual([])
    // The handler does see a key that is missing, so the check above can fail.
    i18n.global.t('rules.no-such-code')
    expect(missing).toEqual(['en:rules.no-such-code', 'nl:rules.no-such-code'])
  })
})
