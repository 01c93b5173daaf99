import { EventEmitter } from 'node:events'
import { Writable } from 'node:stream'
import { describe, expect, it } from 'vitest'
import { ZipArchive } from '../../../../src/main/excel/zipArchive'
import { keepPaceWithZip, type ZipBacklog } from '../../../../src/main/excel/zipPacing'

/** A stand-in for a zip entry with a backlog of `bytes`; `emit('drain')` lets it catch up. */
function fakeBacklog(bytes: number): ZipBacklog & { events: EventEmitter } {
  const events = new EventEmitter()
  return {
    events,
    pending: () => bytes,
    drained: () => new Promise<void>((resolve) => events.once('drain', resolve)),
    closed: false,
  }
}

async function settledWithin(promise: Promise<void>, ms: number): Promise<boolean> {
  return Promise.race([promise.then(() => true), new Promise<boolean>((resolve) => setTimeout(() => resolve(false), ms))])
}

describe('pacing the sheet writer on the zip', () => {
  it('sees the backlog of a zip entry grow with its text, and waits for a file that does not take its bytes', async () => {
    const held: (() => void)[] = []
    const out = new Writable({ highWaterMark: 1024, write: (_chunk, _encoding, callback) => void held.push(callback) })
    const entry = new ZipArchive(out).entry('xl/worksheets/sheet1.xml')
    const before = entry.pending()
    for (let r = 1; r <= 3000; r++) entry.write(`<row r="${r}"><c r="A${r}" s="${(r * 7919) % 97}"><v>${Math.sqrt(r)}</v></c></row>`)
    expect(entry.pending()).toBeGreaterThan(before + 64 * 1024)
    expect(await settledWithin(entry.drained(), 300)).toBe(false)
    const release = setInterval(() => held.splice(0).forEach((callback) => callback()), 1)
    expect(await settledWithin(entry.drained(), 5000)).toBe(true)
    clearInterval(release)
  })

  it('returns at once while the zip keeps up', async () => {
    expect(await settledWithin(keepPaceWithZip(fakeBacklog(1000)), 50)).toBe(true)
    expect(await settledWithin(keepPaceWithZip(null), 50)).toBe(true)
  })

  it('gives the event loop a turn when the zip lags a little', async () => {
    let turned = false
    setImmediate(() => (turned = true))
    await keepPaceWithZip(fakeBacklog(512 * 1024))
    expect(turned).toBe(true)
  })

  it('waits until the zip has caught up when it lags far behind', async () => {
    const backlog = fakeBacklog(8 * 1024 * 1024)
    const pacing = keepPaceWithZip(backlog)
    expect(await settledWithin(pacing, 50)).toBe(false)
    backlog.events.emit('drain')
    expect(await settledWithin(pacing, 50)).toBe(true)
  })

  it('does not wait on a zip that can no longer take anything', async () => {
    expect(await settledWithin(keepPaceWithZip({ ...fakeBacklog(8 * 1024 * 1024), closed: true }), 50)).toBe(true)
  })
})
