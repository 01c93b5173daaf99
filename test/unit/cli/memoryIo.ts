import { parseCalendarDate } from '@shared/calendar/calendarDate'
import type { CliIo } from '../../../src/cli/io'

export interface MemoryIo extends CliIo {
  readonly stdout: string[]
  readonly stderr: string[]
  readonly controller: AbortController
}

/** A command-line io that records what was printed; `today` is fixed. */
export function memoryIo(cwd: string, today = '2026-11-23'): MemoryIo {
  const stdout: string[] = []
  const stderr: string[] = []
  const controller = new AbortController()
  return {
    stdout,
    stderr,
    controller,
    out: (text) => stdout.push(text),
    err: (text) => stderr.push(text),
    cwd,
    today: () => parseCalendarDate(today),
    signal: controller.signal,
  }
}
