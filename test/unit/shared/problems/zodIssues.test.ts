import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { codedIssueOf } from '@shared/problems/zodIssues'

const issueOf = (schema: z.ZodType, value: unknown) => {
  const result = schema.safeParse(value)
  if (result.success) throw new Error('expected a problem')
  return codedIssueOf(result.error.issues[0]!)
}

describe('codedIssueOf', () => {
  it("keeps the model's own validation code", () => {
    expect(issueOf(z.string().min(1, 'validation.bsn'), '')).toEqual({ code: 'validation.bsn', params: {} })
  })

  it("names zod's built-in checks by their kind, with their limit", () => {
    expect(issueOf(z.string().min(1), '')).toEqual({ code: 'validation.required', params: {} })
    expect(issueOf(z.number().min(0), -1)).toEqual({ code: 'validation.notNegative', params: {} })
    expect(issueOf(z.number().min(5), 1)).toEqual({ code: 'validation.min', params: { min: 5 } })
    expect(issueOf(z.number().max(9), 10)).toEqual({ code: 'validation.max', params: { max: 9 } })
    expect(issueOf(z.string().max(2), 'abc')).toEqual({ code: 'validation.tooLong', params: {} })
    expect(issueOf(z.enum(['a', 'b']), 'c')).toEqual({ code: 'validation.notAllowed', params: {} })
    expect(issueOf(z.number(), 'x')).toEqual({ code: 'validation.invalidValue', params: {} })
  })
})
