import { createAuditHeadStore, type AuditHeadStore } from '../../audit/auditHeadStore'
import { createAuditExportHandlers } from './auditExportHandlers'
import type { PlatformServices } from '../../platform/types'
import type { HandlersFor } from '../handlerTypes'

export function createAuditHandlers(
  services: PlatformServices,
  store: AuditHeadStore = createAuditHeadStore(services.paths.userData),
): HandlersFor<
  'audit:head' | 'audit:note-head' | 'audit:note-verified' | 'audit:export-begin' | 'audit:export-rows' | 'audit:export-finish' | 'audit:export-cancel'
> {
  return {
    ...createAuditExportHandlers(services),
    'audit:head': () => store.read(),
    'audit:note-head': ({ head, reset }) => store.note(head, reset),
    'audit:note-verified': ({ head }) => store.verified(head),
  }
}
