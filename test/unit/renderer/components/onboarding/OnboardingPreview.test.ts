// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import OnboardingPreview from '@renderer/components/onboarding/OnboardingPreview.vue'
import type { OnboardingPreview as Preview } from '@renderer/stores/onboardingImport'
import { mountPlugins } from '../mountOptions'

const CHANGED = 30_000

/** A file that changes tens of thousands of stored clients, two fields each. */
const preview: Preview = {
  kind: 'clients',
  fileName: 'clienten.csv',
  dataRows: CHANGED,
  created: 0,
  changed: CHANGED,
  unchanged: 0,
  problems: [],
  changes: Array.from({ length: CHANGED }, (_, n) => ({
    line: n + 2,
    label: `C-${n + 1} Jan Jansen`,
    changes: [
      { field: 'firstName', before: 'Jan', after: `Jan ${n + 1}` },
      { field: 'notes', before: '', after: 'overgezet' },
    ],
  })),
}

describe('OnboardingPreview', () => {
  it('shows the changed records a page at a time, not a table row for each of tens of thousands', async () => {
    const view = mount(OnboardingPreview, { props: { preview, saving: false, canConfirm: true, updateExisting: false }, global: mountPlugins() })
    const lines = () =>
      view
        .findAll('[data-testid="onboarding-changes"] tbody tr td:first-child')
        .map((td) => td.text())
        .filter((text) => text !== '')
    expect(view.findAll('[data-testid="onboarding-changes"] tbody tr')).toHaveLength(40)
    expect(lines()[0]).toBe('2')
    expect(lines()).toHaveLength(20)
    await view.find('[data-testid="onboarding-changes-pages"] [data-pc-section="next"]').trigger('click')
    expect(lines()[0]).toBe('22')
    await view.find('[data-testid="onboarding-changes-pages"] [data-pc-section="last"]').trigger('click')
    expect(lines().at(-1)).toBe(String(CHANGED + 1))
  })

  it('shows no page links when the changes fit on one page', () => {
    const few = { ...preview, changed: 3, changes: preview.changes.slice(0, 3) }
    const view = mount(OnboardingPreview, { props: { preview: few, saving: false, canConfirm: true, updateExisting: false }, global: mountPlugins() })
    expect(view.findAll('[data-testid="onboarding-changes"] tbody tr')).toHaveLength(6)
    expect(view.find('[data-testid="onboarding-changes-pages"]').exists()).toBe(false)
  })
})
