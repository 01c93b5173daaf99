import { defineStore } from 'pinia'
import { ref } from 'vue'
import type { LogoInfo } from '@shared/ipc/channels/logo'
import { platformApi, unwrap } from '../platform/api'
import { errorMessage, type Outcome } from './outcome'

/** The operator's logo as main keeps it: the window only asks main to choose, show or remove it. */
export const useLogoStore = defineStore('logo', () => {
  const logo = ref<LogoInfo | null>(null)
  const busy = ref(false)

  async function run<T>(work: () => Promise<T>): Promise<Outcome<T>> {
    busy.value = true
    try {
      return { ok: true, value: await work() }
    } catch (error) {
      return { ok: false, message: errorMessage(error) }
    } finally {
      busy.value = false
    }
  }

  const load = () =>
    run(async () => {
      logo.value = unwrap(await platformApi().logo.get())
    })

  /** Main's open dialog; `false` when the clerk cancelled it (the logo stays as it was). */
  const choose = () =>
    run(async () => {
      const chosen = unwrap(await platformApi().logo.choose())
      if (chosen !== null) logo.value = chosen
      return chosen !== null
    })

  const remove = () =>
    run(async () => {
      unwrap(await platformApi().logo.remove())
      logo.value = null
    })

  return { logo, busy, load, choose, remove }
})
