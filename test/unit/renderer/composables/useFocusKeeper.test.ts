// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest'
import { mount, type VueWrapper } from '@vue/test-utils'
import { defineComponent, h, nextTick, ref } from 'vue'
import { useFocusKeeper } from '@renderer/composables/useFocusKeeper'

/** Lets the MutationObserver run. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0))

const show = ref({ first: true, busy: false, dialog: false })
const Host = defineComponent({
  setup() {
    useFocusKeeper()
    return () =>
      h('div', { class: 'panel' }, [
        show.value.first ? h('button', { id: 'first', disabled: show.value.busy }, 'Activeren') : null,
        h('button', { id: 'second' }, 'Afmelden'),
        show.value.dialog ? h('div', { role: 'dialog' }, [h('button', { id: 'inside' }, 'Afmelding verwerken')]) : null,
      ])
  },
})

let host: VueWrapper | undefined
afterEach(() => {
  host?.unmount()
  show.value = { first: true, busy: false, dialog: false }
})

describe('useFocusKeeper', () => {
  it('moves the focus to the nearest control still there when the focused one is removed', async () => {
    host = mount(Host, { attachTo: document.body })
    const first = document.getElementById('first')!
    first.focus()
    expect(document.activeElement).toBe(first)
    show.value.first = false
    await nextTick()
    // The browser drops the focus of a removed element to the page.
    if (document.activeElement === first) (document.activeElement as HTMLElement).blur()
    await settle()
    expect(document.activeElement?.id).toBe('second')
  })

  it('gives the focus back to a button that was busy (disabled) once it works again', async () => {
    host = mount(Host, { attachTo: document.body })
    const first = document.getElementById('first')!
    first.focus()
    // Disabling drops the focus to the page (as the browser does).
    first.blur()
    show.value.busy = true
    await nextTick()
    await settle()
    expect(document.activeElement).not.toBe(first)
    show.value.busy = false
    await nextTick()
    await settle()
    expect(document.activeElement).toBe(first)
  })

  it('leaves the focus alone when it went to the page while the control is still there', async () => {
    host = mount(Host, { attachTo: document.body })
    const first = document.getElementById('first')!
    first.focus()
    first.blur()
    document.body.appendChild(document.createElement('p'))
    await settle()
    expect(document.activeElement).toBe(document.body)
  })

  it('gives the focus to the control that last had it outside a dialog when the dialog that held it closes', async () => {
    host = mount(Host, { attachTo: document.body })
    const second = document.getElementById('second')!
    second.focus()
    show.value.dialog = true
    await nextTick()
    const inside = document.getElementById('inside')!
    inside.focus()
    show.value.dialog = false
    await nextTick()
    if (document.activeElement === inside) inside.blur()
    await settle()
    expect(document.activeElement).toBe(second)
  })
})
