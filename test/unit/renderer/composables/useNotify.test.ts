// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest'
import { defineComponent } from 'vue'
import { mount } from '@vue/test-utils'
import { createAppI18n } from '@renderer/i18n'
import { useNotify } from '@renderer/composables/useNotify'
import type { Outcome } from '@renderer/stores/outcome'

const added = vi.hoisted(() => [] as Array<{ severity: string; detail: string }>)
vi.mock('primevue/usetoast', () => ({ useToast: () => ({ add: (message: { severity: string; detail: string }) => added.push(message) }) }))

function notifier() {
  let notify: ReturnType<typeof useNotify> | undefined
  mount(defineComponent({ setup: () => ((notify = useNotify()), () => null) }), { global: { plugins: [createAppI18n('nl')] } })
  return notify!
}

describe('useNotify.failed', () => {
  it('shows a failure message as an error that stays, says nothing for success or field errors', () => {
    const notify = notifier()
    const outcomes: Array<Outcome<number>> = [
      { ok: true, value: 1 },
      { ok: false, message: null },
      { ok: false, message: 'Schijf vol' },
    ]
    expect(outcomes.map((outcome) => notify.failed(outcome))).toEqual([false, true, true])
    expect(added).toEqual([{ severity: 'error', summary: 'Fout', detail: 'Schijf vol' }])
  })
})
