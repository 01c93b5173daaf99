import type { IpcError } from '@shared/ipc/result'

/** A table read as the `table:open-file` channel answers it: the rows already as JSON, made in the worker. */
export interface TableJson {
  readonly fileName: string
  readonly format: 'csv' | 'xlsx'
  readonly rowCount: number
  readonly rowsJson: string
}

/** What the table-reading worker tells the main thread. */
export type TableWorkerMessage =
  | { readonly kind: 'progress'; readonly rows: number }
  | { readonly kind: 'done'; readonly table: TableJson }
  | { readonly kind: 'failed'; readonly error: IpcError }
