import { describe, expect, it } from 'vitest'
import { DomainRuleError } from '@shared/domain/errors'
import { DataError, RuleError } from '@renderer/data'
import { failureToError, jobFailure } from '@renderer/workers/messages'

/** What crosses from a worker to the window is structured-cloned: only plain data survives. */
const across = (error: unknown) => failureToError(structuredClone(jobFailure(error)))

describe('a job failure crossing from the worker to the window', () => {
  it('keeps a refused rule as code and parameters, whether the domain or the data layer refused', () => {
    for (const error of [new DomainRuleError('al-verwerkt', { date: '03-11-2026' }), new RuleError('al-verwerkt', { date: '03-11-2026' })]) {
      const back = across(error)
      expect(back).toBeInstanceOf(RuleError)
      expect(back).toMatchObject({ ruleCode: 'al-verwerkt', params: { date: '03-11-2026' } })
    }
  })

  it('keeps the data layer code, problem and parameters of other data errors, and the message of anything else', () => {
    expect(across(new DataError('unavailable', 'unavailable'))).toMatchObject({
      code: 'unavailable',
      problem: 'unavailable',
      message: 'De database is niet beschikbaar. Herlaad het programma.',
    })
    expect(across(new DataError('failed', 'failed', { detail: 'kapot' }))).toMatchObject({ code: 'failed', problem: 'failed', params: { detail: 'kapot' } })
    const other = across(new Error('kapot'))
    expect(other).not.toBeInstanceOf(DataError)
    expect(other.message).toBe('kapot')
  })
})
