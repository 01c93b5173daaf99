import type { Begeleider } from '../model/client'
import type { PeriodName, QuarterName } from '../model/common'
import type { ContactPerson } from '../model/partner'
import type { CheckOutcome, CheckPeriod, QuarterlyCheckRow } from '../domain/quarterlyCheck/quarterlyCheck'
import type { NameLookup } from './names'

/**
 * One client in the quarterly check list (spec rule 9): the domain's row with names instead of ids, so the
 * workbook needs no look-ups.
 */
/** A domain check row as the workbooks read it (ids, not yet names); `QuarterlyCheckRow` is one. */
export type CheckRowInput = Pick<
  QuarterlyCheckRow,
  | 'clientNumber'
  | 'clientName'
  | 'partnerId'
  | 'outcome'
  | 'totalBundleMinutes'
  | 'totalUsageMinutes'
  | 'averageMonthlyUsage'
  | 'currentPlanId'
  | 'recommendedPlanId'
  | 'recommendationDiffers'
> & {
  readonly periods: readonly CheckSheetPeriod[]
  readonly begeleider: Pick<Begeleider, 'name' | 'phone' | 'email'>
  readonly partnerContact: Pick<ContactPerson, 'name' | 'phone' | 'email'> | null
}

/** A period as the lists print it; `usageImported` false: no usage imported yet (absent counts as imported). */
export type CheckSheetPeriod = Pick<CheckPeriod, 'period' | 'bundleMinutes' | 'usageMinutes' | 'coveredDays' | 'periodDays'> & {
  readonly usageImported?: boolean
}

export type CheckSheetRow = Pick<
  QuarterlyCheckRow,
  'clientNumber' | 'clientName' | 'outcome' | 'totalBundleMinutes' | 'totalUsageMinutes' | 'averageMonthlyUsage' | 'recommendationDiffers'
> & {
  readonly periods: readonly CheckSheetPeriod[]
  readonly partnerId: string
  readonly partnerName: string
  readonly currentPlanName: string
  readonly recommendedPlanName: string | null
  readonly begeleider: Pick<Begeleider, 'name' | 'phone' | 'email'>
  readonly partnerContact: Pick<ContactPerson, 'name' | 'phone' | 'email'> | null
}

export interface QuarterlyCheckReport {
  readonly quarter: QuarterName
  /** The quarter's three billing periods, in order. */
  readonly periods: readonly [PeriodName, PeriodName, PeriodName]
  /** Settings `checkTolerancePercent`, printed with the criteria. */
  readonly tolerancePercent: number
  /** VOORLOPIG: the figures may still change (`quarterStatus`); printed on every page. */
  readonly provisional?: boolean
  readonly rows: readonly CheckSheetRow[]
}

export function toCheckSheetRow(row: CheckRowInput, names: NameLookup): CheckSheetRow {
  return {
    clientNumber: row.clientNumber,
    clientName: row.clientName,
    outcome: row.outcome,
    totalBundleMinutes: row.totalBundleMinutes,
    totalUsageMinutes: row.totalUsageMinutes,
    averageMonthlyUsage: row.averageMonthlyUsage,
    recommendationDiffers: row.recommendationDiffers,
    periods: row.periods,
    partnerId: row.partnerId,
    partnerName: names.partnerName(row.partnerId),
    currentPlanName: names.planName(row.currentPlanId),
    recommendedPlanName: row.recommendedPlanId === null ? null : names.planName(row.recommendedPlanId),
    begeleider: row.begeleider,
    partnerContact: row.partnerContact,
  }
}

/** Deviations first, the way a manager works through the list: boven, onder, binnen, te kort actief. */
export const OUTCOME_ORDER: Readonly<Record<CheckOutcome, number>> = { boven: 0, onder: 1, binnen: 2, 'te kort actief': 3 }

export const OUTCOME_LABEL: Readonly<Record<CheckOutcome, string>> = {
  boven: 'Boven bundel',
  onder: 'Onder bundel',
  binnen: 'Binnen bundel',
  'te kort actief': 'Te kort actief',
}

/** A person as one cell: `Bea Begeleider, 06 1234 5678`; e-mail only when there is no phone. */
export function contactText(person: Pick<ContactPerson, 'name' | 'phone' | 'email'> | null): string {
  if (person === null || person.name === '') return ''
  const reach = person.phone || person.email
  return reach ? `${person.name}, ${reach}` : person.name
}
