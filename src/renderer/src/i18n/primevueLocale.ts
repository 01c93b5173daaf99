import type { PrimeVueLocaleOptions } from 'primevue/config'
import type { Locale } from './index'

/** PrimeVue's own texts (date picker, paginator, dialogs) per UI language; dates typed as dd-mm-jjjj. */
const nl: Partial<PrimeVueLocaleOptions> = {
  accept: 'Ja',
  reject: 'Nee',
  cancel: 'Annuleren',
  clear: 'Wissen',
  apply: 'Toepassen',
  dayNames: ['zondag', 'maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag'],
  dayNamesShort: ['zo', 'ma', 'di', 'wo', 'do', 'vr', 'za'],
  dayNamesMin: ['zo', 'ma', 'di', 'wo', 'do', 'vr', 'za'],
  monthNames: ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'],
  monthNamesShort: ['jan', 'feb', 'mrt', 'apr', 'mei', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'],
  chooseYear: 'Kies jaar',
  chooseMonth: 'Kies maand',
  chooseDate: 'Kies datum',
  prevYear: 'Vorig jaar',
  nextYear: 'Volgend jaar',
  prevMonth: 'Vorige maand',
  nextMonth: 'Volgende maand',
  today: 'Vandaag',
  weekHeader: 'Wk',
  firstDayOfWeek: 1,
  dateFormat: 'dd-mm-yy',
  emptyFilterMessage: 'Geen resultaten',
  emptyMessage: 'Geen opties',
  emptySearchMessage: 'Geen resultaten',
  searchMessage: '{0} resultaten beschikbaar',
  selectionMessage: '{0} geselecteerd',
  emptySelectionMessage: 'Niets geselecteerd',
}

/** Sets every text the Dutch locale sets: App.vue merges a language over the other (test/unit/renderer/i18n). */
const en: Partial<PrimeVueLocaleOptions> = {
  dayNames: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
  dayNamesShort: ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'],
  dayNamesMin: ['Su', 'Mo', 'Tu', 'We', 'Th', 'Fr', 'Sa'],
  monthNames: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  monthNamesShort: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
  accept: 'Yes',
  reject: 'No',
  cancel: 'Cancel',
  clear: 'Clear',
  apply: 'Apply',
  today: 'Today',
  chooseYear: 'Choose year',
  chooseMonth: 'Choose month',
  chooseDate: 'Choose date',
  prevYear: 'Previous year',
  nextYear: 'Next year',
  prevMonth: 'Previous month',
  nextMonth: 'Next month',
  weekHeader: 'Wk',
  emptyFilterMessage: 'No results found',
  emptyMessage: 'No available options',
  emptySearchMessage: 'No results found',
  searchMessage: '{0} results are available',
  selectionMessage: '{0} items selected',
  emptySelectionMessage: 'No selected item',
  // The business shows dates day-first in both languages (spec: dd-mm-jjjj).
  firstDayOfWeek: 1,
  dateFormat: 'dd-mm-yy',
}

export function primeVueLocale(locale: Locale): Partial<PrimeVueLocaleOptions> {
  return locale === 'en' ? en : nl
}
