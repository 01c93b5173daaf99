/**
 * A business rule refused an action (illegal status change, retroactive date, wrong plan). `code` is stable
 * for callers and tests; `message` is Dutch and fit to show to the clerk as it is.
 */
export class DomainRuleError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message)
    this.name = 'DomainRuleError'
  }
}
