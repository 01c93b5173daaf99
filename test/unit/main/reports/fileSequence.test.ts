import { describe, expect, it } from 'vitest'
import { AppError } from '../../../../src/main/appError'
import { FileSequence, type FileJob } from '../../../../src/main/reports/fileSequence'

/** A job that can be finished from the test, recording when it started and when its file "appeared". */
function controlled(name: string, log: string[]) {
  let finish!: (value: string) => void
  let fail!: (error: unknown) => void
  const built = new Promise<string>((resolve, reject) => {
    finish = resolve
    fail = reject
  })
  let signal: AbortSignal | undefined
  const job: FileJob<string> = async (io) => {
    signal = io.signal
    log.push(`start ${name}`)
    const value = await built
    await io.after
    if (io.signal.aborted) throw new AppError('cancelled')
    log.push(`appear ${name}`)
    return value
  }
  return { job, finish, fail, signal: () => signal }
}

const tick = () => new Promise<void>((resolve) => setImmediate(resolve))

describe('FileSequence', () => {
  it('builds the next file while the previous finishes, but never more than two, and completes them in order', async () => {
    const log: string[] = []
    const done: string[] = []
    const sequence = new FileSequence(undefined)
    const [a, b, c] = ['a', 'b', 'c'].map((n) => controlled(n, log))
    await sequence.add(a!.job, (v) => done.push(v))
    await sequence.add(b!.job, (v) => done.push(v))
    sequence.afterAll(() => done.push('stap'))
    const third = sequence.add(c!.job, (v) => done.push(v))
    await tick()
    // Two under way; the third waits for room.
    expect(log).toEqual(['start a', 'start b'])
    b!.finish('B')
    await tick()
    // b is built but appears only after a.
    expect(log).toEqual(['start a', 'start b'])
    a!.finish('A')
    await third
    // c gets its room as soon as a is complete.
    expect(log.slice(0, 3)).toEqual(['start a', 'start b', 'appear a'])
    expect(log).toContain('start c')
    c!.finish('C')
    await sequence.drain()
    expect(log.filter((l) => l.startsWith('appear'))).toEqual(['appear a', 'appear b', 'appear c'])
    expect(done).toEqual(['A', 'B', 'stap', 'C'])
  })

  it('reports the first file’s failure, cancels the file under way and starts nothing after it', async () => {
    const log: string[] = []
    const done: string[] = []
    const sequence = new FileSequence(undefined)
    const [a, b] = ['a', 'b'].map((n) => controlled(n, log))
    await sequence.add(a!.job, (v) => done.push(v))
    await sequence.add(b!.job, (v) => done.push(v))
    b!.finish('B')
    a!.fail(new Error('schijf vol'))
    await expect(sequence.drain()).rejects.toThrow('schijf vol')
    expect(b!.signal()?.aborted).toBe(true)
    expect(log).toEqual(['start a', 'start b'])
    expect(done).toEqual([])
    await expect(sequence.add(controlled('c', log).job, () => undefined)).rejects.toThrow('schijf vol')
  })

  it('reports a failure to the next file only once the file under way has given up, so nothing is left behind', async () => {
    const log: string[] = []
    const sequence = new FileSequence(undefined)
    const [a, b] = ['a', 'b'].map((n) => controlled(n, log))
    await sequence.add(a!.job, () => undefined)
    await sequence.add(b!.job, () => undefined)
    a!.fail(new Error('schijf vol'))
    let refused = false
    const third = sequence
      .add(controlled('c', log).job, () => undefined)
      .catch(() => {
        refused = true
      })
    await tick()
    // b is still being built (its temporary file may still exist): the failure must wait for it.
    expect(refused).toBe(false)
    b!.finish('B')
    await third
    expect(refused).toBe(true)
    expect(log).toEqual(['start a', 'start b'])
  })

  it('passes the caller’s cancel on to the files under way', async () => {
    const log: string[] = []
    const controller = new AbortController()
    const sequence = new FileSequence(controller.signal)
    const a = controlled('a', log)
    await sequence.add(a.job, () => undefined)
    controller.abort()
    expect(a.signal()?.aborted).toBe(true)
    a.finish('A')
    await expect(sequence.drain()).rejects.toMatchObject({ code: 'cancelled' })
  })
})
