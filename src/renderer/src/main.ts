import { createApp } from 'vue'
import { createPinia } from 'pinia'
import PrimeVue from 'primevue/config'
import ToastService from 'primevue/toastservice'
import ConfirmationService from 'primevue/confirmationservice'
import 'primeicons/primeicons.css'
import './styles/app.css'
import App from './App.vue'
import { createAppRouter } from './router'
import { i18n } from './i18n'
import { primeVueLocale } from './i18n/primevueLocale'
import { themeOptions } from './theme/preset'

const app = createApp(App)
app.use(createPinia())
app.use(createAppRouter())
app.use(i18n)
app.use(PrimeVue, {
  theme: themeOptions,
  locale: primeVueLocale('nl'),
  // PrimeVue 5 checks a PrimeUI licence key; the build takes it from the environment so it never sits in the repository.
  license: import.meta.env.VITE_PRIMEUI_LICENSE || undefined,
})
app.use(ToastService)
app.use(ConfirmationService)
app.mount('#app')
