import { cellText, type TableCell, type TableRow } from '../import/table'
import type { OnboardingProblem } from '../problems/onboarding'
import type { Read } from './cells'
import type { ColumnMatch } from './columnMapping'
import type { ImportField } from './fields'

/** A refused row's reason: the file's line, the field (and its header as the file writes it) and why. */
export interface RowProblem {
  readonly line: number
  /** Field key; null for a reason about the row as a whole. */
  readonly field: string | null
  readonly column: string | null
  readonly problem: OnboardingProblem
}

/** Reads one row's cells by field and collects every problem with its line and column. */
export class RowReader<K extends string> {
  readonly problems: RowProblem[] = []
  private readonly headers = new Map<string, string>()

  constructor(
    private readonly match: ColumnMatch,
    fields: readonly ImportField<K>[],
    readonly row: TableRow,
  ) {
    for (const field of fields) this.headers.set(field.key, match.recognised.find((r) => r.field === field.key)?.header ?? field.header)
  }

  get line(): number {
    return this.row.line
  }

  /** The header the clerk sees for `field`: as the file writes it, or the template's when the file has no such column. */
  column(field: K): string {
    return this.headers.get(field) ?? field
  }

  cell(field: K): TableCell | undefined {
    const i = this.match.index[field]
    return i === undefined ? undefined : this.row.cells[i]
  }

  text(field: K): string {
    return cellText(this.cell(field))
  }

  has(field: K): boolean {
    return this.text(field) !== ''
  }

  /** The value, or `fallback` after noting the problem at the field. */
  take<T>(field: K, read: Read<T>, fallback: T): T {
    if (read.ok) return read.value
    this.report(field, read.problem)
    return fallback
  }

  report(field: K | null, problem: OnboardingProblem): void {
    this.problems.push({ line: this.row.line, field, column: field === null ? null : this.column(field), problem })
  }
}
