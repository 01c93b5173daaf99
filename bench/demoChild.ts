import { parseCalendarDate } from '@shared/calendar/calendarDate'
import { main } from '../src/cli/main'
import { argValue, peakRssMb, reportResult } from './childResult'

/** Writes a case's backup file with the command line's `demo`, once, for the `run` measurement. */
async function run(): Promise<void> {
  const today = argValue('today')
  const start = performance.now()
  const exitCode = await main(['demo', '--case', argValue('case'), '--today', today, '--out', argValue('out'), '--force'], {
    out: () => undefined,
    err: (text) => process.stderr.write(`  ${text}\n`),
    cwd: process.cwd(),
    today: () => parseCalendarDate(today),
    signal: new AbortController().signal,
  })
  if (exitCode !== 0) throw new Error(`demo ended with ${exitCode}`)
  reportResult({ ms: performance.now() - start, peakMb: peakRssMb() })
}

void run()
