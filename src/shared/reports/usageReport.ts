import type { UsageReport, UsageReportRow } from '../domain/usage/usageReport'

/**
 * What the usage workbooks need from the domain's monthly usage report (spec rule 8). The domain's
 * `UsageReport` fits as is; only the partner's name is added, so the writer does no look-ups.
 */
export type UsageSheetRow = Pick<
  UsageReportRow,
  | 'clientNumber'
  | 'clientName'
  | 'planLabel'
  | 'coveredDays'
  | 'periodDays'
  | 'includedMinutes'
  | 'callMinutes'
  | 'registrationMinutes'
  | 'totalMinutes'
  | 'contacts'
  | 'outsideBundle'
>

/** A partner's usage report as the workbooks read it; the domain's `UsageReport` is one. */
export interface UsageReportInput extends Pick<UsageReport, 'partnerId' | 'period' | 'periodFrom' | 'periodTo'> {
  readonly rows: readonly UsageSheetRow[]
}

export interface PartnerUsageReport extends UsageReportInput {
  readonly partnerName: string
}

export function toPartnerUsageReport(report: UsageReportInput, partnerName: string): PartnerUsageReport {
  return { partnerId: report.partnerId, partnerName, period: report.period, periodFrom: report.periodFrom, periodTo: report.periodTo, rows: report.rows }
}

/** Usage as a fraction of the bundle for a percent cell (0.875 shows `87,5%`); null without a bundle. */
export function bundleFraction(usedMinutes: number, bundleMinutes: number): number | null {
  const bundle = Math.round(bundleMinutes * 100)
  return bundle === 0 ? null : Math.round(usedMinutes * 100) / bundle
}
