import { onScopeDispose } from 'vue'
import { useRouter } from 'vue-router'
import { platformEvents } from '../platform/events'
import { useBackupStore } from '../stores/backup'
import { useDatabaseStore } from '../stores/database'
import { useUnsavedWorkStore } from '../stores/unsavedWork'

/**
 * Main's messages to the window, for the whole app: a backup command from the File menu opens the backup
 * screen with that flow (the screen reads `?do=`), and closing makes the backup on closing when the
 * database is open, then tells main it may close (it would close after its time limit anyway). Before that,
 * when the window has unsaved work, main asks it first (`app:close-requested`) and closes only on its answer.
 */
export function useWindowEvents(): void {
  const router = useRouter()
  const backups = useBackupStore()
  const database = useDatabaseStore()
  const ready = () => database.state === 'ready' && !database.showFirstStart

  const offMenu = platformEvents().on('menu:command', ({ command }) => {
    if (ready()) void router.push({ name: 'backup', query: { do: command } })
  })
  const offClosing = platformEvents().on('app:closing', () => void backups.backupOnClose(ready()))
  const unsaved = useUnsavedWorkStore()
  const offCloseRequested = platformEvents().on('app:close-requested', () => void unsaved.answerClose())
  onScopeDispose(() => {
    offMenu()
    offClosing()
    offCloseRequested()
  })
}
