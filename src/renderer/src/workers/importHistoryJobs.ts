import { repositories, type ImportHistoryItem, type ImportUndoResult } from '../data'

/**
 * The import history and undo, off the window's thread: deciding whether an import may be undone reads the
 * audit entries, usage and invoices of every record it created (250,000 for 100,000 clients), which held the
 * window for seconds right after a large import.
 */
export function listImportHistory(): Promise<ImportHistoryItem[]> {
  return repositories().imports.list()
}

/** Undoes one import in one transaction (the imports repository checks the rule again). */
export function undoImport(input: { readonly id: string }): Promise<ImportUndoResult> {
  return repositories().imports.undo(input.id)
}
