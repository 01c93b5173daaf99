import manualMarkdown from '../../../../docs/handleiding.md?raw'
import { renderManual, type RenderedManual } from './renderManual'

// The screenshots the end-to-end suite makes for the manual; the build copies them into its assets.
const screenshots = import.meta.glob<string>('../../../../docs/handleiding/*.png', { eager: true, query: '?url', import: 'default' })
const urlByName = new Map(Object.entries(screenshots).map(([path, url]) => [path.split('/').pop() ?? path, url]))

let rendered: RenderedManual | undefined

/** docs/handleiding.md as HTML with its table of contents, rendered once. */
export function manual(): RenderedManual {
  rendered ??= renderManual(manualMarkdown, (name) => urlByName.get(name))
  return rendered
}
