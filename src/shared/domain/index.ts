// The one entry point of the domain engine (spec "Lifecycle and rules"): pure functions over plain data,
// "today" always a parameter. Rules and the decisions behind them: docs/rules.md.
export * from '../calendar'
export * from './errors'
export * from './intervals'
export * from './lifecycle'
export * from './rounding'
export * from './coverage'
export * from './invoicing'
export * from './usage'
export * from './ordering'
export * from './quarterlyCheck'
export * from './signals'
export * from './overview'
