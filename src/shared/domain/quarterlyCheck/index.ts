export * from './quarterlyCheck'
export * from './quarterStatus'
