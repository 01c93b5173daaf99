/// <reference types="vite/client" />
declare module '*.vue' {
  import type { DefineComponent } from 'vue'
  const component: DefineComponent<object, object, unknown>
  export default component
}

interface ImportMetaEnv {
  /** PrimeUI licence key for PrimeVue 5, given at build time; never committed. */
  readonly VITE_PRIMEUI_LICENSE?: string
}
