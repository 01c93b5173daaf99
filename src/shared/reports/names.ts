/** Names for the ids in domain rows, so report rows carry text and the writers need no data access. */
export interface NameLookup {
  partnerName(partnerId: string): string
  planName(planId: string): string
}

export function nameLookup(partners: readonly { id: string; name: string }[], plans: readonly { id: string; name: string }[]): NameLookup {
  const partnerNames = new Map(partners.map((p) => [p.id, p.name]))
  const planNames = new Map(plans.map((p) => [p.id, p.name]))
  return {
    // An id without a name (deleted record) shows as itself rather than an empty cell.
    partnerName: (id) => partnerNames.get(id) ?? id,
    planName: (id) => planNames.get(id) ?? id,
  }
}
