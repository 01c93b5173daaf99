export * from './schema'
export * from './references'
export * from './validate'
export * from './jsonSchema'
