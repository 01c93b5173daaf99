export * from './buildInvoice'
export * from './numbering'
export * from './creditInvoice'
export * from './finaliseGuards'
