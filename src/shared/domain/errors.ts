import { dutchRuleText } from '../problems/dutchText'
import type { RuleCode, RuleParams } from '../problems/rules'

/**
 * A business rule refused an action (illegal status change, retroactive date, wrong plan). `code` and
 * `params` are what callers use: the UI translates them (src/shared/i18n/rules.*.ts). `message` holds the
 * Dutch words for logs and the command line.
 */
export class DomainRuleError extends Error {
  constructor(
    readonly code: RuleCode,
    readonly params: RuleParams = {},
  ) {
    super(dutchRuleText(code, params))
    this.name = 'DomainRuleError'
  }
}
