import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { cpus, loadavg } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import type { BackupResult } from './backupChild'
import type { BaselineResult } from './baselineChild'
import type { CliResult } from './cliChild'
import type { FloorResult } from './floorChild'
import type { JobResult } from './jobChild'
import type { ReadBackupResult } from './readBackupChild'
import { readReport, type ReadFigures } from './readReport'
import { ROOT, runChild } from './childResult'
import { median, seconds, table } from './stats'

/**
 * `npm run bench [-- --cases design,stress --runs 3]`: times the monthly job (compute and write every file
 * of a quarter-closing period) on the design case (5,000 clients, 60 partners) and the stress case
 * (100,000 clients, 500 partners), each run in its own process for its peak memory, next to a baseline
 * that writes as many rows with the bare exceljs streaming writer; then the full command line `run` from a
 * backup file once per case. Results go to the console and to bench/output/. `--no-documents` leaves the
 * invoices' PDFs, e-invoices and e-mail drafts out of the run, so the workbooks alone face the baseline.
 */
const TODAY = '2026-11-23'
/** Closes a quarter, so every kind of file is written; 24 months of usage lie before it. */
const PERIOD = '2026-09'
const TARGETS = { stressSeconds: 60, stressPeakMb: 1024, ratio: 2 }

const OUTPUT = join(ROOT, 'bench/output')

interface CaseFigures {
  readonly name: string
  readonly runs: number
  readonly files: number
  readonly rows: number
  readonly jobMs: number
  readonly jobCpuMs: number
  readonly jobPeakMb: number
  readonly baselineMs: number
  readonly baselineCpuMs: number
  readonly baselinePeakMb: number
  /** Wall time of the job ÷ wall time of the baseline. */
  readonly ratio: number
  /** The same in CPU time, which a busy machine disturbs less. */
  readonly cpuRatio: number
  readonly floorMs: number
  readonly floorCpuMs: number
  /** Wall time of the job ÷ wall time of the floor (the run's own XML, only deflated and written). */
  readonly floorRatio: number
  readonly floorCpuRatio: number
  /**
   * Each run's job and the baseline right after it, for the spread: on a shared machine the load changes
   * between runs, and a pair measured back to back is disturbed alike.
   */
  readonly pairs: readonly {
    readonly jobMs: number
    readonly baselineMs: number
    readonly ratio: number
    readonly floorMs: number
    readonly floorRatio: number
  }[]
  readonly cliMs: number | null
  readonly cliCpuMs: number | null
  readonly cliPeakMb: number | null
}

/** Made anew on every bench run, so a change to the demo generator never leaves a stale file behind. */
async function backupFile(name: string): Promise<string> {
  const path = join(OUTPUT, `demo-${name}-${TODAY}.json`)
  process.stderr.write(`Back-up van het ${name}-geval maken: ${path}\n`)
  await runChild('bench/demoChild.ts', ['--case', name, '--today', TODAY, '--out', path])
  return path
}

async function measure(name: string, runs: number, withCli: boolean, documents: boolean): Promise<CaseFigures> {
  const jobs: JobResult[] = []
  const baselines: BaselineResult[] = []
  const floors: FloorResult[] = []
  for (let i = 0; i < runs; i++) {
    process.stderr.write(`${name}: run ${i + 1} van ${runs} …\n`)
    const runOut = join(OUTPUT, `run-${name}`)
    rmSync(runOut, { recursive: true, force: true })
    // With the flags of the `cli` script, as the command line runs the same job. Its files stay for the floor.
    const job = await runChild<JobResult>(
      'bench/jobChild.ts',
      ['--case', name, '--today', TODAY, '--period', PERIOD, '--out', runOut, '--keep', ...(documents ? [] : ['--no-documents'])],
      ['--expose-gc'],
    )
    jobs.push(job)
    const plan = join(OUTPUT, `plan-${name}.json`)
    writeFileSync(plan, JSON.stringify(job.rowsPerFile))
    baselines.push(await runChild<BaselineResult>('bench/baselineChild.ts', ['--plan', plan, '--out', join(OUTPUT, `baseline-${name}`)]))
    floors.push(await runChild<FloorResult>('bench/floorChild.ts', ['--from', runOut, '--out', join(OUTPUT, `floor-${name}`)], ['--expose-gc']))
    rmSync(runOut, { recursive: true, force: true })
  }
  let cli: CliResult | null = null
  if (withCli) {
    const backup = await backupFile(name)
    process.stderr.write(`${name}: npm run cli -- run vanaf het back-upbestand …\n`)
    // With the flags of the `cli` script in package.json.
    cli = await runChild<CliResult>(
      'bench/cliChild.ts',
      ['--backup', backup, '--period', PERIOD, '--today', TODAY, '--out', join(OUTPUT, `cli-${name}`)],
      ['--expose-gc'],
    )
    if (cli.exitCode !== 0) throw new Error(`cli run of ${name} ended with ${cli.exitCode}`)
  }
  const jobMs = median(jobs.map((j) => j.runMs))
  const baselineMs = median(baselines.map((b) => b.runMs))
  const jobCpuMs = median(jobs.map((j) => j.cpuMs))
  const baselineCpuMs = median(baselines.map((b) => b.cpuMs))
  const floorMs = median(floors.map((f) => f.runMs))
  const floorCpuMs = median(floors.map((f) => f.cpuMs))
  return {
    name,
    runs,
    files: jobs[0]?.files ?? 0,
    rows: jobs[0]?.rowsPerFile.reduce((a, b) => a + b, 0) ?? 0,
    jobMs,
    jobCpuMs,
    jobPeakMb: Math.max(...jobs.map((j) => j.peakMb)),
    baselineMs,
    baselineCpuMs,
    baselinePeakMb: Math.max(...baselines.map((b) => b.peakMb)),
    ratio: jobMs / baselineMs,
    cpuRatio: jobCpuMs / baselineCpuMs,
    floorMs,
    floorCpuMs,
    floorRatio: jobMs / floorMs,
    floorCpuRatio: jobCpuMs / floorCpuMs,
    pairs: jobs.map((j, i) => ({
      jobMs: j.runMs,
      baselineMs: baselines[i]!.runMs,
      ratio: j.runMs / baselines[i]!.runMs,
      floorMs: floors[i]!.runMs,
      floorRatio: j.runMs / floors[i]!.runMs,
    })),
    cliMs: cli?.runMs ?? null,
    cliCpuMs: cli?.cpuMs ?? null,
    cliPeakMb: cli?.peakMb ?? null,
  }
}

/** A case's backup made as the window streams it, alone and through main's handlers, each in its own process. */
async function measureBackup(name: string): Promise<{ name: string; produce: BackupResult; stream: BackupResult }> {
  const child = (mode: string) =>
    runChild<BackupResult>('bench/backupChild.ts', ['--mode', mode, '--case', name, '--today', TODAY, '--out', join(OUTPUT, `backup-${name}`)])
  process.stderr.write(`${name}: back-up in stukken maken …\n`)
  const produce = await child('produce')
  process.stderr.write(`${name}: back-up in stukken naar main …\n`)
  return { name, produce, stream: await child('stream') }
}

/** A case's backup file read, parsed and checked `runs` times, each in a fresh process (a cold start, as the command line has). */
async function measureRead(name: string, runs: number): Promise<ReadFigures> {
  const backup = await backupFile(name)
  const results: { compiled: ReadBackupResult; zod: ReadBackupResult }[] = []
  const child = (schema: string) => runChild<ReadBackupResult>('bench/readBackupChild.ts', ['--backup', backup, '--schema', schema])
  for (let i = 0; i < runs; i++) {
    process.stderr.write(`${name}: back-up lezen en controleren, run ${i + 1} van ${runs} …\n`)
    // Back to back, so both meet the same load of a shared machine.
    const compiled = await child('compiled')
    results.push({ compiled, zod: await child('zod') })
  }
  return { name, runs: results }
}

function backupReport(results: readonly { name: string; produce: BackupResult; stream: BackupResult }[]): string[] {
  const mb = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`
  return [
    '',
    table(
      [
        'back-up',
        'grootte',
        'berichten',
        'alleen maken',
        'piek',
        'maken + naar main',
        'cpu',
        'waarvan brug',
        'aandeel brug',
        'stuk mediaan',
        'langste stuk',
        'piek',
      ],
      results.map(({ name, produce, stream }) => [
        name,
        mb(stream.bytes),
        String(stream.batches),
        seconds(produce.runMs),
        `${produce.peakMb} MB`,
        seconds(stream.runMs),
        seconds(stream.cpuMs),
        seconds(stream.bridgeMs),
        `${Math.round((100 * stream.bridgeMs) / stream.runMs)} %`,
        `${Math.round(stream.medianBatchMs)} ms`,
        `${Math.round(stream.longestBatchMs)} ms`,
        `${stream.peakMb} MB`,
      ]),
    ),
    'back-up: de tekst zoals het venster hem in stukken van 1 MB maakt (backupDataChunks; de gebruiksrijen worden hier tijdens het maken gegenereerd); brug: elk bericht door het zod-schema van backup:write-chunk plus de echte handlers van main die het naar een tijdelijk bestand schrijven en het aan het eind atomisch hernoemen. Stuk: de tijd om één bericht te maken, wat één taak van het venster zou duren (het langste stuk omvat ook het genereren van de gebruiksrijen van een partner en garbage collection).',
  ]
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      cases: { type: 'string', default: 'design,stress' },
      runs: { type: 'string', default: '3' },
      'no-cli': { type: 'boolean' },
      'no-backup': { type: 'boolean' },
      'only-backup': { type: 'boolean' },
      'no-read': { type: 'boolean' },
      'only-read': { type: 'boolean' },
      'no-documents': { type: 'boolean' },
    },
  })
  const runs = Math.max(1, Number(values.runs))
  const loadAtStart = loadavg()[0]!
  mkdirSync(OUTPUT, { recursive: true })
  const figures: CaseFigures[] = []
  for (const name of values.cases.split(',')) {
    if (name !== 'design' && name !== 'stress') throw new Error(`unknown case ${name}`)
    if (values['only-backup'] !== true && values['only-read'] !== true)
      figures.push(await measure(name, runs, values['no-cli'] !== true, values['no-documents'] !== true))
  }
  const reads =
    values['no-read'] === true || values['only-backup'] === true
      ? []
      : await values.cases
          .split(',')
          .reduce<Promise<ReadFigures[]>>(async (done, name) => [...(await done), await measureRead(name, runs)], Promise.resolve([]))
  const backups =
    values['no-backup'] === true || values['only-read'] === true
      ? []
      : await values.cases
          .split(',')
          .reduce<Promise<Awaited<ReturnType<typeof measureBackup>>[]>>(async (done, name) => [...(await done), await measureBackup(name)], Promise.resolve([]))

  const mb = (n: number | null) => (n === null ? '-' : `${n} MB`)
  const report = [
    `Maandrun ${PERIOD} (sluit een kwartaal af), vandaag ${TODAY}; mediaan van ${runs} run(s), Node ${process.version}, ${cpus().length} cores.`,
    `Belasting van de machine (load average 1 min) bij begin ${loadAtStart.toFixed(1)}, bij eind ${loadavg()[0]!.toFixed(1)}: boven het aantal cores zijn de wandkloktijden te hoog.`,
    '',
    table(
      [
        'geval',
        'bestanden',
        'rijen',
        'run',
        'run cpu',
        'piek',
        'baseline',
        'baseline cpu',
        'piek baseline',
        'ratio',
        'ratio cpu',
        'vloer',
        'vloer cpu',
        'ratio vloer',
        'ratio vloer cpu',
        'cli vanaf back-up',
        'cli cpu',
        'piek cli',
      ],
      figures.map((f) => [
        f.name,
        String(f.files),
        String(f.rows),
        seconds(f.jobMs),
        seconds(f.jobCpuMs),
        mb(f.jobPeakMb),
        seconds(f.baselineMs),
        seconds(f.baselineCpuMs),
        mb(f.baselinePeakMb),
        f.ratio.toFixed(2),
        f.cpuRatio.toFixed(2),
        seconds(f.floorMs),
        seconds(f.floorCpuMs),
        f.floorRatio.toFixed(2),
        f.floorCpuRatio.toFixed(2),
        f.cliMs === null ? '-' : seconds(f.cliMs),
        f.cliCpuMs === null ? '-' : seconds(f.cliCpuMs),
        mb(f.cliPeakMb),
      ]),
    ),
    '',
    ...figures.map(
      (f) =>
        `${f.name} per run (run / baseline = ratio; run / vloer = ratio): ${f.pairs.map((p) => `${seconds(p.jobMs)} / ${seconds(p.baselineMs)} = ${p.ratio.toFixed(2)}, / ${seconds(p.floorMs)} = ${p.floorRatio.toFixed(2)}`).join('; ')}`,
    ),
    '',
    'run: berekenen en schrijven van alle bestanden plus summary.json, gegevens al in het geheugen zoals de cli ze houdt (alleen het verbruik van de periode en haar kwartaal), met de node-vlaggen van het cli-script; piek inclusief de gegevens zelf.',
    'cpu: processortijd van het proces (alle threads) in dezelfde periode.',
    'baseline: evenveel bestanden en rijen met de kale exceljs-streamingwriter, zonder opmaak of berekening.',
    'vloer: de XML van precies de bestanden van de run, vooraf uit die bestanden gehaald (niet gemeten), alleen gecomprimeerd op hetzelfde niveau (1) tot evenveel zip-bestanden en naar schijf geschreven.',
    'cli vanaf back-up: npm run cli -- run, inclusief lezen en controleren van het back-upbestand.',
    `Doelen stress: run < ${TARGETS.stressSeconds} s, piek < ${TARGETS.stressPeakMb} MB, ratio < ${TARGETS.ratio}.`,
  ]
  const stress = figures.find((f) => f.name === 'stress')
  if (stress) {
    const verdict = (ok: boolean) => (ok ? 'gehaald' : 'NIET gehaald')
    report.push(
      `  run ${seconds(stress.jobMs)}: ${verdict(stress.jobMs < TARGETS.stressSeconds * 1000)} (cpu ${seconds(stress.jobCpuMs)}); piek ${stress.jobPeakMb} MB: ${verdict(stress.jobPeakMb < TARGETS.stressPeakMb)}; ratio ${stress.ratio.toFixed(2)}: ${verdict(stress.ratio < TARGETS.ratio)} (in cpu-tijd ${stress.cpuRatio.toFixed(2)}: ${verdict(stress.cpuRatio < TARGETS.ratio)})`,
    )
    if (stress.cliMs !== null && stress.cliPeakMb !== null) {
      report.push(
        `  cli vanaf back-up ${seconds(stress.cliMs)}: ${verdict(stress.cliMs < TARGETS.stressSeconds * 1000)} (cpu ${seconds(stress.cliCpuMs ?? 0)}); piek ${stress.cliPeakMb} MB: ${verdict(stress.cliPeakMb < TARGETS.stressPeakMb)}`,
      )
    }
  }
  if (reads.length > 0) report.push(...readReport(reads))
  if (backups.length > 0) report.push(...backupReport(backups))
  // The command line's exact invocation, so the figures can be reproduced.
  const flags = (['no-cli', 'no-backup', 'only-backup', 'no-read', 'only-read', 'no-documents'] as const)
    .filter((flag) => values[flag] === true)
    .map((flag) => ` --${flag}`)
    .join('')
  report.push('', `Gemeten met: npm run bench -- --cases ${values.cases} --runs ${runs}${flags}`)
  const text = report.join('\n')
  process.stdout.write(`\n${text}\n`)
  const stamp = new Date().toISOString().replace(/[:.]/g, '-')
  writeFileSync(
    join(OUTPUT, `results-${stamp}.json`),
    `${JSON.stringify({ today: TODAY, period: PERIOD, runs, node: process.version, figures, reads, backups }, null, 2)}\n`,
  )
  writeFileSync(join(OUTPUT, 'latest.txt'), `${text}\n`)
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`)
  process.exitCode = 1
})
