import type { VerifyKey } from '../problems/verify'

/** English words for every finding of the consistency check (vue-i18n message syntax: `{name}` is a parameter). */
export const verifyEn: Record<VerifyKey, string> = {
  dateTooEarly: 'The date {date} is before {earliest}.',
  dateTooLate: 'The date {date} is after {latest}, more than 2 years after today.',
  tooManyMinutes: '{minutes} minutes in one period; a period holds at most {limit}.',
  feeTooHigh: 'The monthly fee {fee} is higher than {limit}.',
  deregistrationEffectiveDate:
    'The deregistration takes effect on {effective}, but by the rule (received {received}, requested for {requested}; never retroactive) that is {expected}.',
}
