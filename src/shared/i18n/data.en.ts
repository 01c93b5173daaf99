import type { DataProblemCode } from '../problems/data'

/** English words for every problem of the data layer (vue-i18n message syntax: `{name}` is a parameter). */
export const dataEn: Record<DataProblemCode, string> = {
  invalid: 'The data is incomplete or incorrect. Check the marked fields and try again.',
  usageNotImported: 'The usage was not imported: {count} error(s). Nothing was saved. Correct the rows in the file and import it again.',
  clientNotFound: 'This client no longer exists. Go back to the list; it may have been deleted meanwhile.',
  partnerNotFound: 'This partner no longer exists. Go back to the list; it may have been deleted meanwhile.',
  planNotFound: 'This plan no longer exists. Go back to the list; it may have been deleted meanwhile.',
  clerkNotFound: 'This clerk no longer exists.',
  invoiceNotFound: 'This invoice no longer exists. Choose the period again; it may have been deleted meanwhile.',
  changeRequestNotFound: 'This plan change no longer exists.',
  deregistrationNotFound: 'This deregistration no longer exists.',
  deregistrationClientNotFound: 'The client of this deregistration no longer exists.',
  partnerHasClients: '{name} still has clients and cannot be deleted. Set the partner to inactive.',
  partnerHasInvoices: '{name} has invoices and cannot be deleted. Set the partner to inactive.',
  planInUse: '{name} is in use and cannot be deleted. Set the plan to inactive.',
  clientHasHistory: 'Client {clientNumber} has subscription periods or usage and cannot be deleted. Deregister the client.',
  duplicateKey: 'This record already exists (duplicate key). Nothing was saved. Look up the existing record and change that one.',
  ruleRefused: 'This action is not allowed.',
  storageFull: 'Disk full: there is no room left to store data. Nothing was saved. Free up space and try again.',
  unavailable: 'The database is not available. Reload the program.',
  failed: 'Saving or reading failed: {detail} Try again; if it keeps failing, restart the program.',
}
