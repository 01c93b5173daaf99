import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import { z } from 'zod'
import { exampleDataNotes, firstStartProgress, type FirstStartState } from '@shared/domain/firstStart'
import { repositories } from '../data'
import { errorMessage } from './outcome'

/**
 * Where the guide is, kept as a preference of this window's origin rather than in settings: it only decides whether
 * the guide opens by itself and whether the "all set up" note still shows. The progress itself is read from the data,
 * so nothing of substance is lost if it goes; it would have no place in a backup, an audit entry or another office's
 * restore of it, and the settings screen would have to carry it along on every save.
 */
const PREFERENCE_KEY = 'clientadministratie.firstStartGuide'
const preferenceSchema = z.object({ later: z.boolean(), doneNoteClosed: z.boolean() })
type Preference = z.infer<typeof preferenceSchema>

function readPreference(): Preference {
  try {
    const parsed = preferenceSchema.safeParse(JSON.parse(localStorage.getItem(PREFERENCE_KEY) ?? 'null'))
    if (parsed.success) return parsed.data
  } catch {
    // Unreadable: as if never set.
  }
  return { later: false, doneNoteClosed: false }
}

/** The first-start guide: how far the administration is set up (derived), and where the clerk left the guide. */
export const useFirstStartGuideStore = defineStore('firstStartGuide', () => {
  const state = ref<FirstStartState | null>(null)
  const loadError = ref<string | null>(null)
  const preference = ref<Preference>(readPreference())
  /** The clerk went from the guide to a step's screen: offer the way back until they return. */
  const cameFromGuide = ref(false)

  const progress = computed(() => (state.value === null ? null : firstStartProgress(state.value)))
  const exampleData = computed(() => (state.value === null ? [] : exampleDataNotes(state.value)))
  /** In the menu and on the start page while a step is still open. */
  const unfinished = computed(() => progress.value !== null && !progress.value.complete)
  /**
   * At a start on the start page, until "Later verder" or every step is done. Not over demo data: whoever loaded it
   * came to look around, and the start page still offers the guide.
   */
  const opensByItself = computed(() => unfinished.value && !preference.value.later && state.value?.demoData !== true)
  const showDoneNote = computed(() => progress.value?.complete === true && !preference.value.doneNoteClosed)

  /**
   * Reads the progress again. The guide's own screen shows how many clients there are (`countClients`); the menu
   * and the start page, which read again on every change of screen, only need to know whether there are any. A
   * count of 100,000 clients after each write would keep IndexedDB busy for a second, holding up what the new
   * screen reads, so they keep the number read before while one client still exists.
   */
  async function load({ countClients = true }: { countClients?: boolean } = {}): Promise<void> {
    try {
      const r = repositories()
      const earlier = state.value?.clients ?? 0
      const [settings, clerks, plans, partners, clients] = await Promise.all([
        r.settings.get(),
        r.clerks.list(),
        r.plans.list(),
        r.partners.list(),
        countClients || earlier === 0 ? r.clients.count() : r.clients.hasAny().then((any) => (any ? (r.clients.knownCount() ?? earlier) : 0)),
      ])
      state.value = { operator: settings.operator, demoData: settings.demoData === true, clerks, plans, partners: partners.length, clients }
      loadError.value = null
    } catch (error) {
      loadError.value = errorMessage(error)
    }
  }

  function keep(change: Partial<Preference>) {
    preference.value = { ...preference.value, ...change }
    localStorage.setItem(PREFERENCE_KEY, JSON.stringify(preference.value))
  }

  /** "Later verder": the guide stays reachable from the start page and the menu but no longer opens by itself. */
  function later() {
    keep({ later: true })
    cameFromGuide.value = false
  }

  function closeDoneNote() {
    keep({ doneNoteClosed: true })
  }

  return { state, loadError, progress, exampleData, unfinished, opensByItself, showDoneNote, cameFromGuide, load, later, closeDoneNote }
})
