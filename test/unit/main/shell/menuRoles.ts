import type { MenuItemConstructorOptions } from 'electron'
import type { FakeElectron } from './fakeElectron'

/** Every role in the application menu the shell applied last, submenus included. */
export function appliedMenuRoles(electron: FakeElectron): string[] {
  const menu = electron.Menu.applied.at(-1)
  if (!menu) return []
  const roles = (items: readonly MenuItemConstructorOptions[]): string[] =>
    items.flatMap((item) => [...(item.role ? [item.role] : []), ...(Array.isArray(item.submenu) ? roles(item.submenu) : [])])
  return roles(menu.template)
}

/** The top-level labels of the menu the shell applied last. */
export function appliedMenuLabels(electron: FakeElectron): (string | undefined)[] {
  return (electron.Menu.applied.at(-1)?.template ?? []).map((item) => item.label)
}
