// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest'
import { createMemoryHistory, createRouter } from 'vue-router'
import { defineComponent } from 'vue'
import { prefetchScreens } from '@renderer/router/prefetch'

const View = defineComponent({ render: () => null })

afterEach(() => vi.unstubAllGlobals())

describe('prefetchScreens', () => {
  it('loads the named screens one per idle period, in order, past one that fails', async () => {
    const idle: Array<() => void> = []
    vi.stubGlobal('requestIdleCallback', (callback: () => void) => idle.push(callback))
    const loaded: string[] = []
    const lazy =
      (name: string, fails = false) =>
      () => {
        loaded.push(name)
        return fails ? Promise.reject(new Error('netwerk')) : Promise.resolve(View)
      }
    const router = createRouter({
      history: createMemoryHistory(),
      routes: [
        { path: '/a', name: 'a', component: lazy('a') },
        { path: '/b', name: 'b', component: lazy('b', true) },
        { path: '/c', name: 'c', component: lazy('c') },
        { path: '/d', name: 'd', component: lazy('d') },
      ],
    })

    prefetchScreens(router, ['a', 'b', 'c'])
    // Nothing before the window is idle.
    expect(loaded).toEqual([])
    for (let i = 0; i < 3; i++) {
      idle.shift()!()
      await vi.waitFor(() => expect(idle).toHaveLength(1))
    }
    expect(loaded).toEqual(['a', 'b', 'c'])
    idle.shift()!()
    expect(idle).toHaveLength(0)
    expect(loaded).toEqual(['a', 'b', 'c'])
  })
})
