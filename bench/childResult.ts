import { spawn } from 'node:child_process'
import { resolve } from 'node:path'

/** The marker before the one JSON line a bench child prints as its result. */
const MARKER = 'BENCH_RESULT '

export const ROOT = resolve(__dirname, '..')

/** A child's own peak memory: resident set size, in MB (`maxRSS` is in KiB). */
export function peakRssMb(): number {
  return Math.round(process.resourceUsage().maxRSS / 1024)
}

/** CPU time (user + system, all threads of the process) since `start`, in ms. */
export function cpuMsSince(start: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(start)
  return (used.user + used.system) / 1000
}

/** Prints a child's result for the parent; everything else the child says goes to stderr. */
export function reportResult(result: object): void {
  process.stdout.write(`${MARKER}${JSON.stringify(result)}\n`)
}

/**
 * Runs one bench script in a fresh Node process (so its peak memory is its own) and returns its result.
 * The child's stderr is passed through, so progress stays visible.
 */
export function runChild<T>(script: string, args: readonly string[], nodeFlags: readonly string[] = []): Promise<T> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, [...nodeFlags, '--import', 'tsx', resolve(ROOT, script), ...args], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'inherit'],
    })
    let stdout = ''
    child.stdout.setEncoding('utf8')
    child.stdout.on('data', (chunk: string) => (stdout += chunk))
    child.on('error', reject)
    child.on('close', (code) => {
      const line = stdout.split('\n').find((l) => l.startsWith(MARKER))
      if (code !== 0 || line === undefined) reject(new Error(`${script} ${args.join(' ')} ended with code ${String(code)}\n${stdout.slice(-2000)}`))
      else resolvePromise(JSON.parse(line.slice(MARKER.length)) as T)
    })
  })
}

/** Reads `--name value` pairs of a child's command line. */
export function argValue(name: string): string {
  const index = process.argv.indexOf(`--${name}`)
  const value = index >= 0 ? process.argv[index + 1] : undefined
  if (value === undefined) throw new Error(`--${name} missing`)
  return value
}
