import type { UsageField } from '../import/usageColumns'
import type { ImportKey } from '../problems/import'

/** English words for every usage-import problem (vue-i18n message syntax: `{name}` is a parameter). */
export const importEn: Record<ImportKey, string> = {
  clientNumberMissing: 'Client number is missing',
  unknownPartner: 'Unknown partner "{partner}"',
  unknownClientNumber: 'Unknown client number {clientNumber}',
  unknownClientNumberAtPartner: 'Unknown client number {clientNumber} at {partner}',
  ambiguousClientNumber: 'Client number {clientNumber} belongs to more than one client ({partners})',
  ambiguousClientNumberNoPartner: 'Client number {clientNumber} belongs to more than one client ({partners}); add the column Partner (short code)',
  notANumber: '{column} "{value}" is not a number',
  negative: '{column} are negative ({value})',
  tooManyContactMinutes: '{column} ({value}) is more than {hours} hours for one contact',
  tooManyPeriodMinutes: '{column} ({value}) is more than {days} days for one period',
  notAWholeNumber: '{column} "{value}" is not a whole number',
  invalidDate: 'Invalid date "{value}" (dd-mm-yyyy)',
  dateMissing: 'Date is missing',
  dateInFuture: 'Date {date} lies in the future',
  dateOutsidePeriod: 'Date {date} falls outside period {period} ({from} to {last})',
  dateOutsideSubscriptions: "Date {date} falls outside the client's subscription periods",
  periodIsDate: 'Period "{value}" is a date; write the period as yyyy-mm',
  invalidPeriod: 'Invalid period "{value}" (yyyy-mm)',
  periodMissing: 'Period is missing',
  periodNotStarted: 'Period {period} has not started yet (starts {from})',
  noSubscriptionInPeriod: 'The client had no subscription in period {period} ({from} to {last})',
  duplicateContactRow: 'Duplicate row: same as row {firstLine}',
  duplicatePeriodRow: 'Duplicate row: client {clientNumber} period {period} is already on row {firstLine}',
  noHeader:
    'No header row found. The first row must hold the column names, for example Client number; Date; Call minutes; Registration minutes (or Period and Contacts instead of Date), in Dutch or in English.',
  doubledColumns: 'Column {columns} occurs more than once in the header row (row {line}).',
  missingDateOrPeriod: 'The header row (row {line}) lacks a column Date (one row per contact) or Period (one row per client per period).',
  missingColumns: 'The header row (row {line}) lacks the column {columns}.',
  noRows: 'The file has no rows below the header row (row {line}).',
  unreadableRows: 'The file that was read arrived unreadable. Please try again.',
  unexpectedRows: 'The file that was read has an unexpected shape. Please try again.',
  nothingChecked: 'There is no checked file to import. Choose the file again.',
}

/** The English name of each column a usage file can have, as problems name it. */
export const usageColumnsEn: Record<UsageField, string> = {
  clientNumber: 'Client number',
  partner: 'Partner',
  date: 'Date',
  period: 'Period',
  callMinutes: 'Call minutes',
  registrationMinutes: 'Registration minutes',
  contacts: 'Contacts',
}
