import type { ReadBackupResult } from './readBackupChild'
import { median, table } from './stats'

export interface ReadFigures {
  readonly name: string
  /** Each run's pair: the check as the app does it, and zod alone right after it. */
  readonly runs: readonly { readonly compiled: ReadBackupResult; readonly zod: ReadBackupResult }[]
}

const ms = (value: number) => `${(value / 1000).toFixed(2)} s`

/** Reading a case's backup phase by phase, medians over the runs, wall clock and processor time. */
export function readReport(results: readonly ReadFigures[]): string[] {
  const rows = results.flatMap(({ name, runs }) => {
    const compiled = runs.map((r) => r.compiled)
    const zod = runs.map((r) => r.zod)
    const checkCpu = (r: ReadBackupResult) => r.cpu.readMs + r.cpu.schemaMs + r.cpu.referencesMs + r.cpu.chainMs
    const row = (label: string, list: readonly ReadBackupResult[]) => [
      `${name} ${label}`,
      `${Math.round((list[0]?.bytes ?? 0) / 1024 / 1024)} MB`,
      ms(median(list.map((r) => r.readMs))),
      ms(median(list.map((r) => r.parseMs))),
      ms(median(list.map((r) => r.schemaMs))),
      ms(median(list.map((r) => r.referencesMs))),
      ms(median(list.map((r) => r.chainMs))),
      ms(median(list.map((r) => r.cpu.readMs))),
      ms(median(list.map((r) => r.cpu.parseMs))),
      ms(median(list.map((r) => r.cpu.schemaMs))),
      ms(median(list.map((r) => r.cpu.referencesMs))),
      ms(median(list.map(checkCpu))),
      `${Math.max(...list.map((r) => r.peakMb))} MB`,
    ]
    return [row('', compiled), row('(zod alleen)', zod)]
  })
  const pairs = results.map(
    ({ name, runs }) =>
      `${name} schema-controle per run, cpu (gecompileerd / zod alleen): ${runs.map(({ compiled, zod }) => `${ms(compiled.cpu.schemaMs)} / ${ms(zod.cpu.schemaMs)} = ${(zod.cpu.schemaMs / compiled.cpu.schemaMs).toFixed(1)}×`).join('; ')}`,
  )
  return [
    '',
    table(
      [
        'back-up lezen',
        'grootte',
        'lezen',
        'JSON.parse',
        'schema',
        'verwijzingen',
        'auditketen',
        'cpu lezen',
        'cpu parse',
        'cpu schema',
        'cpu verwijzingen',
        'cpu lezen + controleren',
        'piek',
      ],
      rows,
    ),
    ...pairs,
    'back-up lezen: het bestand van schijf als tekst, per tabel waar de indeling dat toelaat (lezen: decodeBackup, zoals de cli), JSON.parse (per tabel), elke record tegen het zod-schema (schema: parseBackup, zoals app en cli), ids en verwijzingen (checkBackupReferences) en de hashketen van de audittrail (checkAuditChain; de demogegevens hebben geen auditregels), elk in een vers proces; mediaan van de runs. "zod alleen" is dezelfde controle met elk record door zod zelf, direct erna gemeten: zo controleerde de app vóór de gecompileerde controle. Lezen + controleren = lezen + schema + verwijzingen + auditketen, zonder JSON.parse.',
  ]
}
