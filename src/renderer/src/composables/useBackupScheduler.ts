import { onScopeDispose } from 'vue'
import { useI18n } from 'vue-i18n'
import { useBackupStore } from '../stores/backup'
import { useNotify } from './useNotify'

/** How often the app looks whether a scheduled backup is due; the schedule itself is in hours. */
const CHECK_EVERY_MS = 60_000

/**
 * Runs the scheduled backup while the app is open: checks once at start and then every minute whether one
 * is due (main keeps the folder, the interval and the last outcome). A failure is shown as an error that
 * stays until read; the store has recorded it in the audit trail and main in the status.
 */
export function useBackupScheduler(): void {
  const store = useBackupStore()
  const notify = useNotify()
  const { t } = useI18n()

  async function check(): Promise<void> {
    const outcome = await store.runScheduledIfDue(new Date())
    if (!outcome.ok && outcome.message) notify.error(t('backupScreen.scheduledFailed', { reason: outcome.message }))
  }

  void check()
  const timer = setInterval(() => void check(), CHECK_EVERY_MS)
  onScopeDispose(() => clearInterval(timer))
}
