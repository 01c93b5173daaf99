import type { PlatformServices } from '../../platform/types'
import type { HandlersFor } from '../handlerTypes'

export function createAppHandlers(services: PlatformServices): HandlersFor<'app:get-info' | 'app:set-language' | 'app:set-unsaved-work' | 'app:answer-close'> {
  return {
    'app:get-info': () => Promise.resolve({ name: services.app.name, version: services.app.version, platform: services.app.platform }),
    'app:set-language': ({ language }) => {
      services.language.set(language)
      return Promise.resolve(null)
    },
    'app:set-unsaved-work': ({ unsaved }) => {
      services.closing.unsavedWork(unsaved)
      return Promise.resolve(null)
    },
    'app:answer-close': ({ close }) => {
      services.closing.answered(close)
      return Promise.resolve(null)
    },
  }
}
