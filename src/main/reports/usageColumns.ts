import type { UsageSheetRow } from '@shared/reports/usageReport'
import { bundleFraction } from '@shared/reports/usageReport'
import type { Column } from '../excel/columns'

/** The usage columns (spec rule 8), shared by the partner report and the overview across partners. */
export function usageColumns<R extends UsageSheetRow>(): Column<R>[] {
  return [
    { key: 'clientNumber', header: 'Cliëntnummer', kind: 'text', value: (r) => r.clientNumber },
    { key: 'clientName', header: 'Naam', kind: 'text', value: (r) => r.clientName, maxWidth: 30 },
    { key: 'plan', header: 'Abonnement', kind: 'text', value: (r) => r.planLabel, maxWidth: 24 },
    { key: 'coveredDays', header: 'Dagen actief', kind: 'integer', value: (r) => r.coveredDays },
    { key: 'includedMinutes', header: 'Inbegrepen minuten', kind: 'minutes', value: (r) => r.includedMinutes, total: { kind: 'sum' } },
    { key: 'callMinutes', header: 'Belminuten', kind: 'minutes', value: (r) => r.callMinutes, total: { kind: 'sum' } },
    { key: 'registrationMinutes', header: 'Registratie-\nminuten', kind: 'minutes', value: (r) => r.registrationMinutes, total: { kind: 'sum' } },
    { key: 'totalMinutes', header: 'Totaal minuten', kind: 'minutes', value: (r) => r.totalMinutes, total: { kind: 'sum' } },
    {
      key: 'percent',
      header: '% van bundel',
      kind: 'percent',
      value: (r) => bundleFraction(r.totalMinutes, r.includedMinutes),
      total: { kind: 'ratio', numerator: 'totalMinutes', denominator: 'includedMinutes' },
    },
    { key: 'contacts', header: 'Contacten', kind: 'integer', value: (r) => r.contacts, total: { kind: 'sum' } },
    { key: 'outsideBundle', header: 'Buiten bundel', kind: 'flag', value: (r) => r.outsideBundle, total: { kind: 'countFlag' } },
  ]
}
