/** The name of the performance measures that time each call of a backup or restore to main. */
export const BACKUP_BRIDGE_MEASURE = 'backup:bridge'

/**
 * `call` (a call to main) timed as a performance measure, so a benchmark can tell the share of a backup or
 * restore spent crossing to main and back from the share spent in the window and its worker.
 */
export async function overBridge<T>(call: Promise<T>): Promise<T> {
  const start = performance.now()
  try {
    return await call
  } finally {
    performance.measure(BACKUP_BRIDGE_MEASURE, { start, end: performance.now() })
  }
}

/** Times `work` as the performance measure `name` (the backup screen's steps, read by the benchmark). */
export async function measured<T>(name: string, work: () => Promise<T>): Promise<T> {
  const start = performance.now()
  try {
    return await work()
  } finally {
    performance.measure(name, { start, end: performance.now() })
  }
}
