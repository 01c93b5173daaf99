import { createRouter, createWebHashHistory, type RouteRecordRaw } from 'vue-router'
import type { HelpSection } from '@shared/help/sections'

declare module 'vue-router' {
  interface RouteMeta {
    /** The manual's section for this screen, opened by its `?` button and F1. */
    help?: HelpSection
  }
}

/**
 * Hash history: the app is served from `app://` in Electron and from a static server in tests,
 * and neither can answer deep links with index.html. Only screens that exist get a route.
 */
export const routes: RouteRecordRaw[] = [
  // The clerk's start page: the signal lists with the dashboard's key figures.
  { path: '/', redirect: '/werklijsten' },
  { path: '/werklijsten', name: 'signals', component: () => import('../views/signals/SignalListsView.vue'), meta: { help: 'werklijsten' } },
  { path: '/inrichten', name: 'first-start', component: () => import('../views/firstStart/FirstStartGuideView.vue'), meta: { help: 'eerste-start' } },
  { path: '/dashboard', name: 'dashboard', component: () => import('../views/dashboard/DashboardView.vue'), meta: { help: 'dashboard' } },
  { path: '/verbruik-inlezen', name: 'usage-import', component: () => import('../views/usage/UsageImportView.vue'), meta: { help: 'verbruik-inlezen' } },
  {
    path: '/gegevens-importeren',
    name: 'onboarding',
    component: () => import('../views/onboarding/OnboardingView.vue'),
    meta: { help: 'gegevens-importeren' },
  },
  { path: '/facturatie', name: 'invoicing', component: () => import('../views/invoicing/InvoicingView.vue'), meta: { help: 'maandfacturatie' } },
  { path: '/abonnementscheck', name: 'quarterly-check', component: () => import('../views/check/QuarterlyCheckView.vue'), meta: { help: 'abonnementscheck' } },
  { path: '/partners', name: 'partners', component: () => import('../views/partners/PartnerListView.vue'), meta: { help: 'partners' } },
  { path: '/partners/nieuw', name: 'partner-new', component: () => import('../views/partners/PartnerEditView.vue'), meta: { help: 'partners' } },
  { path: '/partners/:id', name: 'partner', component: () => import('../views/partners/PartnerDetailView.vue'), meta: { help: 'partners' }, props: true },
  {
    path: '/partners/:id/bewerken',
    name: 'partner-edit',
    component: () => import('../views/partners/PartnerEditView.vue'),
    meta: { help: 'partners' },
    props: true,
  },
  { path: '/abonnementsvormen', name: 'plans', component: () => import('../views/plans/PlanListView.vue'), meta: { help: 'abonnementsvormen' } },
  { path: '/clienten', name: 'clients', component: () => import('../views/clients/ClientListView.vue'), meta: { help: 'cliënten' } },
  { path: '/clienten/nieuw', name: 'client-new', component: () => import('../views/clients/ClientEditView.vue'), meta: { help: 'cliënten' } },
  { path: '/clienten/:id', name: 'client', component: () => import('../views/clients/ClientDetailView.vue'), meta: { help: 'levensloop' }, props: true },
  {
    path: '/clienten/:id/bewerken',
    name: 'client-edit',
    component: () => import('../views/clients/ClientEditView.vue'),
    meta: { help: 'cliënten' },
    props: true,
  },
  { path: '/instellingen', name: 'settings', component: () => import('../views/settings/SettingsView.vue'), meta: { help: 'instellingen' } },
  { path: '/back-up', name: 'backup', component: () => import('../views/backup/BackupView.vue'), meta: { help: 'back-ups' } },
  { path: '/audittrail', name: 'audit', component: () => import('../views/audit/AuditListView.vue'), meta: { help: 'audittrail' } },
  { path: '/bewaartermijnen', name: 'retention', component: () => import('../views/retention/RetentionView.vue'), meta: { help: 'bewaartermijnen' } },
  // The manual; a screen's `?` and F1 open it at the screen's own section (`meta.help`).
  { path: '/help/:section?', name: 'help', component: () => import('../views/help/HelpView.vue'), props: true },
  { path: '/:pathMatch(.*)*', redirect: '/werklijsten' },
]

/**
 * Lists whose screen stays alive behind other screens: a clerk goes from the list to a record and back,
 * and finds the search, filters and page as left, without the list being built anew (it does read its
 * rows again). Names as the view files are called.
 */
export const KEPT_VIEWS = ['ClientListView', 'PartnerListView']

/** Screens whose code loads while the app is idle after start, the most used first. */
export const PREFETCHED_SCREENS = [
  'clients',
  'client-new',
  'partners',
  'signals',
  'invoicing',
  'usage-import',
  'quarterly-check',
  'dashboard',
  'plans',
  'settings',
  'audit',
]

export function createAppRouter() {
  return createRouter({ history: createWebHashHistory(), routes })
}
