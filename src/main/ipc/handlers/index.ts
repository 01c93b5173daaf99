import type { PlatformServices } from '../../platform/types'
import { createReportHandlers } from '../../reports/reportHandlers'
import type { Handlers } from '../handlerTypes'
import { createAppHandlers } from './appHandlers'
import { createBackupHandlers, createBackupKeeping } from './backupHandlers'
import { createAuditHandlers } from './auditHandlers'
import { createAuditHeadStore } from '../../audit/auditHeadStore'
import { createFolderHandlers } from './folderHandlers'
import { createTableHandlers } from './tableHandlers'
import { createOnboardingHandlers } from './onboardingHandlers'
import { createLogoHandlers } from './logoHandlers'
import { createListExportHandlers } from './listExportHandlers'

/**
 * Every channel's handler, built on the given platform. Add an area's handlers here, one line per area;
 * the `Handlers` type makes a channel without handler a compile error.
 */
export function createHandlers(services: PlatformServices): Handlers {
  // One store for both: a backup carries the head the audit channels keep.
  const auditHead = createAuditHeadStore(services.paths.userData)
  return {
    ...createAppHandlers(services),
    ...createFolderHandlers(services),
    ...createBackupHandlers(services, auditHead, createBackupKeeping(services)),
    ...createTableHandlers(services),
    ...createReportHandlers(services),
    ...createAuditHandlers(services, auditHead),
    ...createOnboardingHandlers(services),
    ...createLogoHandlers(services),
    ...createListExportHandlers(services),
  }
}
