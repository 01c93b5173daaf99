import { randomBytes } from 'node:crypto'

/** Leftover temporary files of a crashed write are recognisable by this prefix. */
export const TEMP_FILE_PREFIX = '.~clientadministratie-'
const TEMP_FILE_SUFFIX = '.tmp'
const RANDOM_BYTES = 6

// The one definition of a temporary file's name: what tempFileName makes, and nothing else, matches.
const TEMP_FILE_NAME = new RegExp(`^${escapeRegExp(TEMP_FILE_PREFIX)}[0-9a-f]{${RANDOM_BYTES * 2}}${escapeRegExp(TEMP_FILE_SUFFIX)}$`)

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/** A fresh name for the temporary file of one write: `.~clientadministratie-<12 hex>.tmp`. */
export function tempFileName(): string {
  return `${TEMP_FILE_PREFIX}${randomBytes(RANDOM_BYTES).toString('hex')}${TEMP_FILE_SUFFIX}`
}

/** Whether `name` (a file name, not a path) is exactly what tempFileName makes. */
export function isTempFileName(name: string): boolean {
  return TEMP_FILE_NAME.test(name)
}

/**
 * Temporary files being written by this process right now. A cleanup of a folder another job of this
 * process is writing into (a signal list saved during a monthly run) must not take the run's file away.
 */
const inUse = new Set<string>()

export function markTempFileInUse(path: string): void {
  inUse.add(path)
}

export function releaseTempFile(path: string): void {
  inUse.delete(path)
}

export function isTempFileInUse(path: string): boolean {
  return inUse.has(path)
}
