import { rmSync } from 'node:fs'
import { parseCalendarDate } from '@shared/calendar/calendarDate'
import { main } from '../src/cli/main'
import { argValue, cpuMsSince, peakRssMb, reportResult } from './childResult'

export interface CliResult {
  readonly exitCode: number
  /** Reading and checking the backup file, then computing and writing every file. */
  readonly runMs: number
  readonly cpuMs: number
  readonly peakMb: number
}

/** The command line's `run` as a user starts it, from the backup file: everything timed, peak memory. */
async function run(): Promise<void> {
  const out = argValue('out')
  const today = argValue('today')
  const start = performance.now()
  const cpu = process.cpuUsage()
  const exitCode = await main(['run', '--backup', argValue('backup'), '--period', argValue('period'), '--out', out, '--today', today], {
    out: () => undefined,
    err: (text) => (text.startsWith('Partner ') ? undefined : process.stderr.write(`  ${text}\n`)),
    cwd: process.cwd(),
    today: () => parseCalendarDate(today),
    signal: new AbortController().signal,
  })
  const runMs = performance.now() - start
  const cpuMs = cpuMsSince(cpu)
  rmSync(out, { recursive: true, force: true })
  const result: CliResult = { exitCode, runMs, cpuMs, peakMb: peakRssMb() }
  reportResult(result)
}

void run()
