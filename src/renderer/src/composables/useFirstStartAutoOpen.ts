import { watch } from 'vue'
import { useRouter } from 'vue-router'
import { useDatabaseStore } from '../stores/database'
import { useFirstStartGuideStore } from '../stores/firstStartGuide'

/**
 * Opens the guide once per window when the administration is ready (also right after an empty start) and the window
 * is on the start page: a reload on another screen stays where the clerk was, and a screen chosen meanwhile wins.
 */
export function useFirstStartAutoOpen(): void {
  const database = useDatabaseStore()
  const guide = useFirstStartGuideStore()
  const router = useRouter()
  let decided = false
  const onStartPage = () => router.currentRoute.value.name === 'signals'

  watch(
    () => database.inUse,
    async (ready) => {
      if (!ready || decided) return
      decided = true
      await router.isReady()
      if (!onStartPage()) return
      await guide.load()
      if (guide.opensByItself && onStartPage()) await router.replace('/inrichten')
    },
    { immediate: true },
  )
}
