export * from './registration'
export * from './subscriptionPeriods'
export * from './deregistration'
export * from './changeRequest'
