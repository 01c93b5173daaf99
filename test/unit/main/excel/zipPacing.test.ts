import { EventEmitter } from 'node:events'
import { PassThrough } from 'node:stream'
import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import { keepPaceWithZip, zipBacklogOf, type ZipBacklog } from '../../../../src/main/excel/zipPacing'

/** A stand-in for the zip entry's stream with a backlog of `bytes`. */
function fakeBacklog(bytes: number): ZipBacklog & { stream: EventEmitter } {
  const stream = Object.assign(new EventEmitter(), { writableLength: bytes, destroyed: false })
  return { stream, pending: () => stream.writableLength }
}

async function settledWithin(promise: Promise<void>, ms: number): Promise<boolean> {
  return Promise.race([promise.then(() => true), new Promise<boolean>((resolve) => setTimeout(() => resolve(false), ms))])
}

describe('pacing the sheet writer on the zip', () => {
  it('finds the zip backlog of a sheet with the installed exceljs, and it grows with unzipped rows', () => {
    const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: new PassThrough(), useStyles: true, useSharedStrings: true })
    const sheet = workbook.addWorksheet('Blad')
    const backlog = zipBacklogOf(sheet)
    expect(backlog).not.toBeNull()
    const before = backlog!.pending()
    // Nothing reads the zip here, so everything written stays in the backlog.
    for (let r = 1; r <= 3000; r++) sheet.addRow([`regel ${r}`, r, r / 3]).commit()
    expect(backlog!.pending()).toBeGreaterThan(before + 64 * 1024)
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
    backlog.stream.emit('drain')
    expect(await settledWithin(pacing, 50)).toBe(true)
  })

  it('does not wait forever on a stream that fails', async () => {
    const backlog = fakeBacklog(8 * 1024 * 1024)
    const pacing = keepPaceWithZip(backlog)
    backlog.stream.emit('close')
    expect(await settledWithin(pacing, 50)).toBe(true)
  })
})
