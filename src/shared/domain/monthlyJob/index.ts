export * from './monthlyJob'
