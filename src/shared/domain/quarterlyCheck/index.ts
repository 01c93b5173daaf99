export * from './quarterlyCheck'
