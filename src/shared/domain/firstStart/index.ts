export * from './progress'
export * from './exampleData'
