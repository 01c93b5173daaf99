import type { PlatformServices } from '../../platform/types'
import { createReportHandlers } from '../../reports/reportHandlers'
import type { Handlers } from '../handlerTypes'
import { createAppHandlers } from './appHandlers'
import { createBackupHandlers } from './backupHandlers'
import { createFolderHandlers } from './folderHandlers'
import { createTableHandlers } from './tableHandlers'
import { createOnboardingHandlers } from './onboardingHandlers'

/**
 * Every channel's handler, built on the given platform. Add an area's handlers here, one line per area;
 * the `Handlers` type makes a channel without handler a compile error.
 */
export function createHandlers(services: PlatformServices): Handlers {
  return {
    ...createAppHandlers(services),
    ...createFolderHandlers(services),
    ...createBackupHandlers(services),
    ...createTableHandlers(services),
    ...createReportHandlers(services),
    ...createOnboardingHandlers(services),
  }
}
