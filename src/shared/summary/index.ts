export * from './schema'
export * from './buildSummary'
