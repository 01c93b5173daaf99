import { defineStore } from 'pinia'
import { ref } from 'vue'
import { platformApi, unwrap } from '../platform/api'
import { errorMessage, type Done } from './outcome'

/** `warn`: the work stopped early (cancelled, partly done) — never worded or coloured as success. */
export type ResultTone = 'success' | 'warn'

/** What an action produced, worded for the clerk: one summary line and the things it names (invoice numbers, files). */
export interface ResultReport {
  readonly tone: ResultTone
  /** The panel's one-line summary, without the items. */
  readonly summary: string
  readonly items: readonly string[]
  /** The sentence when it fits a toast (it may name the items itself); the summary otherwise. */
  readonly toast?: string
  /** A folder main granted earlier (`report:choose-folder`), offered as "Map openen"; the window never sends a path. */
  readonly folderId?: string | null
}

export interface ShownResult extends ResultReport {
  /** Each result its own id, so the panel starts collapsed again and a screen reader hears the new one. */
  readonly id: number
  /** The route the result belongs to; another screen does not show it. */
  readonly screen: string
}

/** Up to this many items a toast still reads as one line. */
export const TOAST_MAX_ITEMS = 3
/** A toast is a glance: a longer sentence (a long path, many names) goes to the panel. */
export const TOAST_MAX_CHARS = 110

/** Whether a result is short enough for a toast; longer ones go to the result panel on the screen. */
export function fitsToast(report: ResultReport): boolean {
  const text = report.toast ?? [report.summary, ...report.items].join(' ')
  return report.items.length <= TOAST_MAX_ITEMS && text.length <= TOAST_MAX_CHARS
}

/** The one result panel: the last long result of the screen the clerk is on, until dismissed or left. */
export const useResultsStore = defineStore('results', () => {
  const shown = ref<ShownResult | null>(null)
  let next = 1

  function show(report: ResultReport, screen: string): void {
    shown.value = { ...report, id: next++, screen }
  }

  function dismiss(): void {
    shown.value = null
  }

  /** Shows the result's folder; main resolves the granted id itself. */
  async function openFolder(): Promise<Done> {
    const folderId = shown.value?.folderId
    if (folderId === undefined || folderId === null) return { ok: true, value: undefined }
    try {
      unwrap(await platformApi().report.openFolder({ folderId }))
      return { ok: true, value: undefined }
    } catch (error) {
      return { ok: false, message: errorMessage(error) }
    }
  }

  return { shown, show, dismiss, openFolder }
})
