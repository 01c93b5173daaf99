import type { PlatformServices } from '../../platform/types'
import type { HandlersFor } from '../handlerTypes'

export function createAppHandlers(services: PlatformServices): HandlersFor<'app:get-info' | 'app:set-language'> {
  return {
    'app:get-info': () => Promise.resolve({ name: services.app.name, version: services.app.version, platform: services.app.platform }),
    'app:set-language': ({ language }) => {
      services.language.set(language)
      return Promise.resolve(null)
    },
  }
}
