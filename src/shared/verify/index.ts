export * from './verifyBackup'
export * from './findingText'
export { latestDate } from './dates'
