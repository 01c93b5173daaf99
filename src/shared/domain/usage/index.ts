export * from './aggregate'
export * from './bundle'
export * from './usageReport'
