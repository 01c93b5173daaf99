/**
 * Marks a job's stages on the worker's performance timeline (`<job>:<stage>` measures, the last run's only),
 * so the DevTools and the renderer benchmarks see where a long job spends its time. Each call ends one stage.
 */
export function stageTimes(job: string): (stage: string) => void {
  let last = performance.now()
  return (stage) => {
    const now = performance.now()
    const name = `${job}:${stage}`
    performance.clearMeasures(name)
    performance.measure(name, { start: last, end: now })
    last = now
  }
}
