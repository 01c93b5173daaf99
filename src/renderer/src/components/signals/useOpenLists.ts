import { computed, ref } from 'vue'
import { listsOpenByDefault, type SignalListKey, type SignalListSummary } from '@shared/domain'

/** Kept for the window session: the clerk's own choices survive visiting a client and coming back. */
const STORAGE_KEY = 'clientadministratie.werklijsten.open'

function stored(): Record<string, boolean> {
  try {
    const value: unknown = JSON.parse(sessionStorage.getItem(STORAGE_KEY) ?? '{}')
    return typeof value === 'object' && value !== null ? (value as Record<string, boolean>) : {}
  } catch {
    return {}
  }
}

/**
 * Which lists are open: what the clerk chose this session, otherwise open when the list has overdue work
 * (listsOpenByDefault) and collapsed when not.
 */
export function useOpenLists(summary: () => readonly SignalListSummary[]) {
  const chosen = ref<Record<string, boolean>>(stored())
  const byDefault = computed(() => new Set(listsOpenByDefault(summary())))

  function isOpen(key: SignalListKey): boolean {
    return chosen.value[key] ?? byDefault.value.has(key)
  }

  function setOpen(key: SignalListKey, open: boolean): void {
    chosen.value = { ...chosen.value, [key]: open }
    sessionStorage.setItem(STORAGE_KEY, JSON.stringify(chosen.value))
  }

  return { isOpen, setOpen }
}
