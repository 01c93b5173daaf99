export * from './verifyBackup'
export * from './findingText'
export { EARLIEST_DATE, YEARS_AHEAD, latestDate } from './dates'
export { MAX_MONTHLY_FEE_CENTS } from './limits'
