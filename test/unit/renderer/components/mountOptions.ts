import PrimeVue from 'primevue/config'
import { createAppI18n } from '@renderer/i18n'

/** Global plugins a component needs to mount in a test: PrimeVue (unstyled is enough) and the Dutch messages. */
export function mountPlugins() {
  return {
    plugins: [[PrimeVue, { unstyled: true }], createAppI18n('nl')] as [typeof PrimeVue, object][],
    stubs: { RouterLink: { template: '<a><slot /></a>' } },
  }
}
