export * from './types'
export * from './signalLists'
export * from './todo'
export * from './steps'
