// @vitest-environment happy-dom
/* eslint-disable vue/one-component-per-file -- a kept list, the screen it alternates with and their host belong to one test */
import { describe, expect, it } from 'vitest'
import { defineComponent, h, KeepAlive, nextTick, ref } from 'vue'
import { mount } from '@vue/test-utils'
import { useShownAgain } from '@renderer/composables/useShownAgain'

function listView(reads: string[]) {
  return defineComponent({
    name: 'ListView',
    setup() {
      useShownAgain(() => reads.push('again'))
      return () => h('p', 'lijst')
    },
  })
}
const OtherView = defineComponent({ name: 'OtherView', setup: () => () => h('p', 'ander scherm') })

/** Shows the list or the other screen, kept alive or not. */
function host(reads: string[], keep: boolean) {
  const ListView = listView(reads)
  const showList = ref(true)
  const Host = defineComponent({
    setup: () => () => {
      const view = h(showList.value ? ListView : OtherView)
      return keep ? h(KeepAlive, { include: ['ListView'] }, [view]) : view
    },
  })
  return { wrapper: mount(Host), showList }
}

describe('useShownAgain', () => {
  it('reads each time a kept list is shown again, not when it is first built', async () => {
    const reads: string[] = []
    const { wrapper, showList } = host(reads, true)
    expect(wrapper.text()).toBe('lijst')
    expect(reads).toEqual([])
    for (const expected of [['again'], ['again', 'again']]) {
      showList.value = false
      await nextTick()
      expect(wrapper.text()).toBe('ander scherm')
      showList.value = true
      await nextTick()
      expect(reads).toEqual(expected)
    }
  })

  it('never reads for a view that is not kept: it is built anew and reads on its own mount', async () => {
    const reads: string[] = []
    const { showList } = host(reads, false)
    showList.value = false
    await nextTick()
    showList.value = true
    await nextTick()
    expect(reads).toEqual([])
  })
})
