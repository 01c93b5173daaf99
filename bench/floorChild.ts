import { mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { constants, deflateRaw } from 'node:zlib'
import JSZip from 'jszip'
import { argValue, cpuMsSince, peakRssMb, reportResult } from './childResult'
import { partChecksum, zipPieces, type DeflatedPart } from './floorZip'

export interface FloorResult {
  readonly runMs: number
  readonly cpuMs: number
  readonly peakMb: number
  readonly files: number
  /** Uncompressed XML of all parts of all files. */
  readonly xmlBytes: number
}

const deflate = promisify(deflateRaw)

/**
 * The physical floor under the monthly job: the XML bytes of the very files the run wrote, taken out of
 * them beforehand (not timed), then only deflated at the level the run's zip uses (archiver's default,
 * BEST_SPEED) into as many zip files, written to disk one after another. No XML is made, no value
 * converted: what is left is compression and the disk.
 */
async function main(): Promise<void> {
  const from = argValue('from')
  const out = argValue('out')
  mkdirSync(out, { recursive: true })
  const names = readdirSync(from)
    .filter((name) => name.endsWith('.xlsx'))
    .sort()
  const files: { name: string; parts: { name: string; data: Buffer }[] }[] = []
  let xmlBytes = 0
  for (const name of names) {
    const zip = await JSZip.loadAsync(readFileSync(join(from, name)))
    const parts = await Promise.all(
      Object.values(zip.files)
        .filter((entry) => !entry.dir)
        .map(async (entry) => ({ name: entry.name, data: await entry.async('nodebuffer') })),
    )
    for (const part of parts) xmlBytes += part.data.length
    files.push({ name, parts })
  }
  global.gc?.()

  const start = performance.now()
  const cpu = process.cpuUsage()
  for (const file of files) {
    // The parts of one file deflate side by side on the thread pool, as the run's zip can.
    const parts = await Promise.all(
      file.parts.map(async (part): Promise<DeflatedPart> => ({
        name: Buffer.from(part.name, 'utf8'),
        crc: partChecksum(part.data),
        size: part.data.length,
        deflated: await deflate(part.data, { level: constants.Z_BEST_SPEED }),
      })),
    )
    await writeFile(join(out, file.name), zipPieces(parts))
  }
  const runMs = performance.now() - start
  const cpuMs = cpuMsSince(cpu)
  rmSync(out, { recursive: true, force: true })
  const result: FloorResult = { runMs, cpuMs, peakMb: peakRssMb(), files: files.length, xmlBytes }
  reportResult(result)
}

void main()
