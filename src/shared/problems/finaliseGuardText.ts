import type { FinaliseProblem } from '../domain/invoicing/finaliseGuards'
import { finaliseGuardsEn } from '../i18n/finaliseGuards.en'
import { finaliseGuardsNl } from '../i18n/finaliseGuards.nl'
import { fillParams } from './dutchText'
import type { Language } from './words'

const WORDS = { nl: finaliseGuardsNl, en: finaliseGuardsEn } as const

/** Where a problem is fixed: the plan catalogue, the organisation details in Settings, or the concepts made again. */
export type FinaliseFixPlace = keyof typeof finaliseGuardsNl.where

export function fixPlaceOf(problem: FinaliseProblem): FinaliseFixPlace {
  if (problem.code.startsWith('plan-')) return 'plans'
  return problem.code === 'concept-verouderd' ? 'concepts' : 'operator'
}

/** One problem in words where no vue-i18n translates it (the command line): what, then where to fix it. */
export function finaliseProblemText(problem: FinaliseProblem, lang: Language): string {
  const words = WORDS[lang]
  const params = 'field' in problem.params ? { field: words.fields[problem.params.field] } : problem.params
  return `${fillParams(words.problems[problem.code], params)} ${words.where[fixPlaceOf(problem)]}`
}
