import { lifecycleEn } from '../i18n/lifecycle.en'
import { lifecycleNl } from '../i18n/lifecycle.nl'
import { verifyEn } from '../i18n/verify.en'
import { verifyNl } from '../i18n/verify.nl'
import { fillParams } from '../problems/dutchText'
import { isVerifyCode, verifyKeyOf, type VerifyFinding } from '../problems/verify'
import { backupText, type Language } from '../problems/words'
import { isBackupCode } from '../problems/backup'

const WORDS = { nl: { verify: verifyNl, lifecycle: lifecycleNl }, en: { verify: verifyEn, lifecycle: lifecycleEn } } as const

/** What a finding says, in `lang`, from the catalogue its code belongs to (the command line; the UI has its own messages). */
export function verifyFindingText(finding: Pick<VerifyFinding, 'code' | 'params'>, lang: Language): string {
  const { code, params } = finding
  if (isVerifyCode(code)) return fillParams(WORDS[lang].verify[verifyKeyOf(code)], params)
  if (isBackupCode(code)) return backupText({ code, params }, lang)
  return fillParams(WORDS[lang].lifecycle[code], params)
}
