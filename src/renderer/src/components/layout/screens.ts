/**
 * The screens a clerk can go to, in the order and groups of the main menu. The menu shows them and the global
 * search (Ctrl/Cmd+K) finds them by their name in the UI language; a screen exists here once and only once.
 */
export const SCREEN_GROUPS = [
  [
    { to: '/werklijsten', icon: 'pi-list-check', label: 'signals.nav' },
    { to: '/dashboard', icon: 'pi-chart-bar', label: 'dashboard.nav' },
  ],
  [
    { to: '/clienten', icon: 'pi-users', label: 'nav.clients' },
    { to: '/partners', icon: 'pi-building', label: 'nav.partners' },
    { to: '/abonnementsvormen', icon: 'pi-tags', label: 'nav.plans' },
  ],
  [
    { to: '/facturatie', icon: 'pi-euro', label: 'invoicing.nav' },
    { to: '/verbruik-inlezen', icon: 'pi-file-import', label: 'usageImport.nav' },
    { to: '/abonnementscheck', icon: 'pi-chart-line', label: 'quarterlyCheck.nav' },
  ],
  [
    { to: '/audittrail', icon: 'pi-history', label: 'nav.audit' },
    { to: '/bewaartermijnen', icon: 'pi-eraser', label: 'retention.nav' },
    { to: '/back-up', icon: 'pi-database', label: 'backupScreen.nav' },
    { to: '/gegevens-importeren', icon: 'pi-upload', label: 'onboardingScreen.nav' },
    { to: '/instellingen', icon: 'pi-cog', label: 'nav.settings' },
  ],
] as const

export type Screen = (typeof SCREEN_GROUPS)[number][number]

export const SCREENS: readonly Screen[] = SCREEN_GROUPS.flat()
