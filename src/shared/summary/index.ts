export * from './schema'
export * from './buildSummary'
export * from './jsonSchema'
