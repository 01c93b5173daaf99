import { computed } from 'vue'
import { useRoute, useRouter, type LocationQuery } from 'vue-router'
import type { SignalFilter } from '@shared/domain'

/** The address's words for the filters, so a link or the back button brings them back. */
const PARTNER = 'partner'
const CLERK = 'medewerker'

function single(value: LocationQuery[string] | undefined): string | null {
  return typeof value === 'string' && value !== '' ? value : null
}

/** The werklijsten filters, kept in the address's query (`?partner=<id>&medewerker=<name>`). */
export function useSignalFilter() {
  const route = useRoute()
  const router = useRouter()

  const filter = computed<SignalFilter>(() => ({ partnerId: single(route.query[PARTNER]), clerk: single(route.query[CLERK]) }))
  /** The query that keeps the filters, for links within the page. */
  const filterQuery = computed(() => {
    const query: Record<string, string> = {}
    if (filter.value.partnerId !== null) query[PARTNER] = filter.value.partnerId
    if (filter.value.clerk !== null) query[CLERK] = filter.value.clerk
    return query
  })

  function setFilter(change: Partial<SignalFilter>): void {
    const next = { ...filter.value, ...change }
    const query: Record<string, string> = {}
    if (next.partnerId !== null) query[PARTNER] = next.partnerId
    if (next.clerk !== null) query[CLERK] = next.clerk
    void router.replace({ path: route.path, query })
  }

  return { filter, filterQuery, setFilter }
}
