import type { UsageField } from '../import/usageColumns'
import type { ImportKey } from '../problems/import'

/** Dutch words for every usage-import problem (vue-i18n message syntax: `{name}` is a parameter). */
export const importNl: Record<ImportKey, string> = {
  clientNumberMissing: 'Cliëntnummer ontbreekt',
  unknownPartner: 'Onbekende partner "{partner}"',
  unknownClientNumber: 'Onbekend cliëntnummer {clientNumber}',
  unknownClientNumberAtPartner: 'Onbekend cliëntnummer {clientNumber} bij {partner}',
  ambiguousClientNumber: 'Cliëntnummer {clientNumber} komt bij meer dan één cliënt voor ({partners})',
  ambiguousClientNumberNoPartner: 'Cliëntnummer {clientNumber} komt bij meer dan één cliënt voor ({partners}); voeg de kolom Partner (korte code) toe',
  notANumber: '{column} "{value}" is geen getal',
  negative: '{column} zijn negatief ({value})',
  tooManyContactMinutes: '{column} ({value}) is meer dan {hours} uur voor één contact',
  tooManyPeriodMinutes: '{column} ({value}) is meer dan {days} dagen voor één periode',
  notAWholeNumber: '{column} "{value}" is geen geheel getal',
  invalidDate: 'Ongeldige datum "{value}" (dd-mm-jjjj)',
  dateMissing: 'Datum ontbreekt',
  dateInFuture: 'Datum {date} ligt in de toekomst',
  dateOutsidePeriod: 'Datum {date} valt buiten periode {period} ({from} t/m {last})',
  dateOutsideSubscriptions: 'Datum {date} valt buiten de abonnementsperiodes van de cliënt',
  periodIsDate: 'Periode "{value}" is een datum; schrijf de periode als jjjj-mm',
  invalidPeriod: 'Ongeldige periode "{value}" (jjjj-mm)',
  periodMissing: 'Periode ontbreekt',
  periodNotStarted: 'Periode {period} is nog niet begonnen (begint {from})',
  noSubscriptionInPeriod: 'Cliënt had in periode {period} geen abonnement ({from} t/m {last})',
  duplicateContactRow: 'Dubbele regel: gelijk aan regel {firstLine}',
  duplicatePeriodRow: 'Dubbele regel: cliënt {clientNumber} periode {period} staat al op regel {firstLine}',
  noHeader:
    'Geen kopregel gevonden. De eerste regel moet de kolomnamen bevatten, bijvoorbeeld Cliëntnummer; Datum; Belminuten; Registratieminuten (of Periode en Contacten in plaats van Datum).',
  doubledColumns: 'Kolom {columns} komt meer dan één keer voor in de kopregel (regel {line}).',
  missingDateOrPeriod: 'Kolom Datum (één regel per contact) of Periode (één regel per cliënt per periode) ontbreekt in de kopregel (regel {line}).',
  missingColumns: 'Kolom {columns} ontbreekt in de kopregel (regel {line}).',
  noRows: 'Het bestand bevat geen regels onder de kopregel (regel {line}).',
  unreadableRows: 'Het gelezen bestand kwam onleesbaar door. Probeer het opnieuw.',
  unexpectedRows: 'Het gelezen bestand heeft een onverwachte vorm. Probeer het opnieuw.',
  nothingChecked: 'Er is geen gecontroleerd bestand om in te lezen. Kies het bestand opnieuw.',
}

/** The Dutch name of each column a usage file can have, as problems name it. */
export const usageColumnsNl: Record<UsageField, string> = {
  clientNumber: 'Cliëntnummer',
  partner: 'Partner',
  date: 'Datum',
  period: 'Periode',
  callMinutes: 'Belminuten',
  registrationMinutes: 'Registratieminuten',
  contacts: 'Contacten',
}
