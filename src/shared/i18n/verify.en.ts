import type { VerifyKey } from '../problems/verify'

/** English words for every finding of the consistency check (vue-i18n message syntax: `{name}` is a parameter). */
export const verifyEn: Record<VerifyKey, string> = {
  dateTooEarly: 'The date {date} is before {earliest}.',
  dateTooLate: 'The date {date} is after {latest}, more than 2 years after today.',
  tooManyMinutes: '{minutes} minutes in one period; a period holds at most {limit}.',
  feeTooHigh: 'The monthly fee {fee} is higher than {limit}.',
  deregistrationEffectiveDate:
    'The deregistration takes effect on {effective}, but by the rule (received {received}, requested for {requested}; never retroactive) that is {expected}.',
  auditChainChanged: 'Audit trail entry {seq} was changed after it was recorded: the hash chain no longer holds there.',
  auditChainRemoved: 'Audit trail entry {seq} is missing: the hash chain skips an entry there.',
  auditChainInserted: 'An entry was inserted at audit trail entry {seq}: the hash chain does not connect there.',
  auditChainTruncated: 'The newest audit trail entries from entry {seq} on are missing: the program counted more.',
}
