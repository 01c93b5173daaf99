import type { PlatformServices } from '../../platform/types'
import type { HandlersFor } from '../handlerTypes'

export function createAppHandlers(services: PlatformServices): HandlersFor<'app:get-info'> {
  return {
    'app:get-info': () => Promise.resolve({ name: services.app.name, version: services.app.version, platform: services.app.platform }),
  }
}
