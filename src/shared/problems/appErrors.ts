/**
 * The catalogue of the main process's user-facing errors: what an `AppError` (src/main) and an IPC
 * `Result`'s error carry, by code, with the names of their parameters. The words are in the translation
 * files (src/shared/i18n/errors.*.ts); the window translates the code, the command line words it in Dutch
 * (errorText.ts).
 *
 * Each code has one sentence, so where one kind of failure used to carry several sentences (a missing
 * folder while saving, for a backup, for reports; access denied while reading or writing) it has a code per
 * sentence. No screen branches on the code today; main and the command line branch on `cancelled` only,
 * and a screen that must react to a kind of failure (retry after closing Excel: `file-busy`) compares the
 * code itself. Add a code when a failure needs other words; never rename one.
 */
export const APP_ERROR_PROBLEMS = {
  /** The IPC router: a channel outside the contract, a call from outside the app's own window. */
  'unknown-channel': [],
  'untrusted-sender': [],
  /** The payload did not match the channel's input schema; `issue` is a validation code or zod's issue code. */
  'invalid-input': ['field', 'issue'],
  'invalid-input-value': ['issue'],
  'too-many-arguments': [],
  /** A handler answered something its output schema refuses (a bug in main). */
  'invalid-output': [],
  /** An unexpected failure in main; the details stay in main's log. */
  'internal-error': [],
  /** The window runs without the preload's API (opened in a browser). */
  'no-bridge': [],
  /** The user or the app cancelled a running job; nothing half-written is left. */
  cancelled: [],
  'job-unknown': [],
  'write-unexpected': [],
  /** Saving a file: open in another program (Excel) or write-protected; the old file is intact. */
  'file-busy': ['file'],
  'disk-full': ['file'],
  'save-folder-not-found': ['file'],
  'save-read-only': ['file'],
  'save-path-too-long': ['file'],
  /** `errno` is the system's code (`EIO`, …). */
  'save-failed': ['file', 'errno'],
  'save-failed-unexpected': ['file'],
  /**
   * The same failures when earlier files of the job had already replaced existing ones (`--force`): then
   * not "nothing was changed" but which files were replaced. `files` is their names, comma-separated.
   */
  'disk-full-some-replaced': ['file', 'count', 'files'],
  'save-failed-some-replaced': ['file', 'errno', 'count', 'files'],
  'save-failed-unexpected-some-replaced': ['file', 'count', 'files'],
  /**
   * The same failures when earlier files of the job had already been saved and stay (the app's runs and
   * exports): which files those are. `files` is their names, comma-separated.
   */
  'disk-full-some-saved': ['file', 'count', 'files'],
  'save-failed-some-saved': ['file', 'errno', 'count', 'files'],
  'save-failed-unexpected-some-saved': ['file', 'count', 'files'],
  /**
   * Never thrown on its own: the sentence added after any other failure of a job that had already saved
   * files (an error's `saved`), as those words say nothing about the job's other files.
   */
  'some-saved': ['count', 'files'],
  'no-free-name': ['file'],
  /** Reading a file the user chose. */
  'file-not-found': ['file'],
  'read-access-denied': ['file'],
  'read-is-folder': ['file'],
  'not-a-file': ['file'],
  'read-failed': ['file', 'errno'],
  'read-failed-unexpected': ['file'],
  /** Backups. `details` holds the backup check's own (Dutch) summary until that check has codes. */
  'backup-too-large': ['file', 'maxMb'],
  'backup-not-json': ['file'],
  'backup-invalid': ['file', 'details'],
  'backup-folder-not-found': ['folder'],
  'backup-folder-not-chosen': [],
  /** Encrypted backups: a wrong passphrase (or a changed file: GCM cannot tell them apart), a damaged header. */
  'backup-passphrase-wrong': ['file'],
  'backup-encrypted-damaged': ['file'],
  /** Encryption is on but main has no passphrase this session (none kept on this computer). */
  'backup-passphrase-needed': [],
  'backup-passphrase-too-short': ['min'],
  /** `backup:unlock-file` without an encrypted file chosen just before. */
  'backup-no-file-chosen': [],
  /** Usage files (.csv, .xlsx). */
  'table-xls': ['file'],
  'table-wrong-type': ['file'],
  'table-too-large': ['file', 'sizeMb'],
  'table-xlsx-unreadable': ['file'],
  /** Limits checked before a workbook is unpacked or while it is read: a damaged or hostile file stops early. */
  'table-xlsx-too-many-parts': ['file', 'limit'],
  'table-xlsx-too-large-unpacked': ['file', 'limitMb'],
  'table-too-many-rows': ['file', 'limit'],
  'table-too-many-columns': ['file', 'limit'],
  'table-csv-unreadable': ['file'],
  /** The reading made no progress for `seconds` seconds and was stopped. */
  'table-read-stalled': ['file', 'seconds'],
  /** Folders. `reason` is the operating system's own text. */
  'folder-not-found': ['folder'],
  'folder-not-chosen': [],
  'report-folder-not-found': ['folder'],
  'open-failed': ['reason'],
  /** A stored invoice that does not add up is not written. */
  'invoice-without-lines': ['partner', 'period'],
  'invoice-inconsistent': ['partner', 'period'],
  /** Invoice documents: the operator's name or IBAN cannot make the SEPA payment QR code. */
  'payment-qr-operator': ['partner'],
  /** The operator's logo (Settings): `file` is the chosen file's name. */
  'logo-not-image': ['file'],
  'logo-too-large': ['file', 'maxKb'],
  'logo-dimensions': ['file'],
  'logo-unreadable': ['file'],
  /** No e-mail drafts of the period were written in this session, so main knows no folder to open. */
  'drafts-folder-unknown': ['period'],
} as const satisfies Record<string, readonly string[]>

export type AppErrorCode = keyof typeof APP_ERROR_PROBLEMS
export type AppErrorParams = Readonly<Record<string, string | number>>

export const appErrorCodes = Object.keys(APP_ERROR_PROBLEMS) as [AppErrorCode, ...AppErrorCode[]]

export function isAppErrorCode(value: unknown): value is AppErrorCode {
  return typeof value === 'string' && Object.hasOwn(APP_ERROR_PROBLEMS, value)
}

/** Whether `params` has exactly the parameters the catalogue names for `code`. */
export function hasCatalogueParams(code: AppErrorCode, params: AppErrorParams): boolean {
  const expected: readonly string[] = APP_ERROR_PROBLEMS[code]
  const given = Object.keys(params)
  return given.length === expected.length && expected.every((name) => Object.hasOwn(params, name))
}
