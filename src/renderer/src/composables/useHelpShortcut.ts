import { onScopeDispose } from 'vue'
import { useRouter } from 'vue-router'
import { platformEvents } from '../platform/events'

/**
 * F1, and Help → Manual in the application menu (which main passes on as `menu:help`), open the manual at
 * the section of the screen on view. Both may arrive for one key press in the desktop app; on the Help screen
 * itself the second does nothing.
 */
export function useHelpShortcut(): void {
  const router = useRouter()

  function openHelp(): void {
    const route = router.currentRoute.value
    if (route.name === 'help') return
    void router.push(route.meta.help ? { name: 'help', params: { section: route.meta.help } } : { name: 'help' })
  }

  function onKeydown(event: KeyboardEvent): void {
    if (event.key !== 'F1' || event.ctrlKey || event.metaKey || event.altKey || event.shiftKey) return
    event.preventDefault()
    openHelp()
  }

  window.addEventListener('keydown', onKeydown)
  const offMenu = platformEvents().on('menu:help', openHelp)
  onScopeDispose(() => {
    window.removeEventListener('keydown', onKeydown)
    offMenu()
  })
}
