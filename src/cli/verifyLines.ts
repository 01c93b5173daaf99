import type { VerifyFinding, VerifyRecord } from '@shared/problems/verify'
import { verifyFindingText } from '@shared/verify/findingText'
import type { Language } from '@shared/problems/words'
import { cliText } from './i18n/text'

/** The record as the file names it, `clients[c12].activationDate`, with the client number where there is one. */
function recordText(record: VerifyRecord, lang: Language): string {
  const place = record.id === null ? record.table : `${record.table}[${record.id}]`
  const text = record.field === undefined ? place : `${place}.${record.field}`
  return record.clientNumber === undefined ? text : cliText(lang, 'cli.verifyRecordOfClient', { record: text, clientNumber: record.clientNumber })
}

/** One line per finding: the record, then what is wrong with it. */
export function findingLines(findings: readonly VerifyFinding[], lang: Language): string[] {
  return findings.map((finding) => cliText(lang, 'cli.verifyLine', { record: recordText(finding.record, lang), problem: verifyFindingText(finding, lang) }))
}
