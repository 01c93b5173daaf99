import type { CliCode } from './catalogue'

/** The command line's English words (`{name}` is a parameter), for `--lang en`. */
export const cliEn: Record<CliCode, string> = {
  'cli.mainHelp': `Client administration 24x7 — command line

Usage: npm run cli -- <command> [options] [--lang nl|en]

Commands:
  demo   Writes the demo data as a backup file.
  verify Checks every consistency rule of the data in a backup.
  import usage
         Imports a usage file into a backup (the app's own rules).
  finalise
         Finalises a period's concepts into a new backup.
  import partners|clients
         Imports partners or clients (with plan history) into a backup.
  template partners|clients|usage
         Writes an import template (.xlsx) with explanations.
  run    Makes every file of a billing period from a backup:
         invoices (workbook and PDF; final ones also as e-invoice and
         e-mail draft), usage reports, at the end of a quarter
         the subscription check, and summary.json.

Options of every command:
  -h, --help   Shows the help of the command.
  --lang nl    Messages, progress and help in Dutch (the default).
  --lang en    Messages, progress and help in English. The files
               (workbooks, summary.json) stay the same.

See docs/cli.md for the explanation, the exit codes and the format of summary.json.
`,
  'cli.demoHelp': `Usage: npm run cli -- demo --out FILE [--case design|stress] [--today YYYY-MM-DD] [--force] [--lang nl|en]

Writes the demo data as a backup file (JSON) that the app can restore
and that "run" reads.

Options:
  --out FILE          The backup file to write (required).
  --case design       60 partners, 5,000 clients, 24 months of usage (default).
  --case stress       500 partners, 100,000 clients, 24 months of usage.
  --today DATE        The day the data is "now" (default: today).
  --force             Replaces an existing file; without this option an
                      existing file is never overwritten.
  --lang nl|en        Language of the messages (default nl).
`,
  'cli.runHelp': `Usage: npm run cli -- run --backup FILE --period YYYY-MM --out FOLDER [--today YYYY-MM-DD] [--logo FILE] [--force] [--lang nl|en]

Reads and checks the backup file and writes into FOLDER:
  - per partner with something to invoice an invoice (draft; an invoice of the
    period that is already final is made again unchanged) as workbook and PDF;
    a final one also as e-invoice (SI-UBL 2.0, when the partner has a KvK
    number or OIN) and as e-mail draft (.eml),
  - per partner the usage report and one internal report of all partners,
  - when the period ends a quarter (03, 06, 09, 12): the subscription check
    per partner and one overview,
  - summary.json with the totals per partner and per client.
Nothing is written when an argument or the file is wrong, or when the data
fails the check of "verify". When writing fails
halfway or you cancel with Ctrl-C, the files of this run are removed again;
files already replaced with --force are named in the message.

Options:
  --backup FILE       The backup file (required).
  --period YYYY-MM    The billing period, named after the month it ends in
                      (required).
  --out FOLDER        The folder for the files (required); created when it
                      does not exist, and otherwise it must be empty.
  --today DATE        Invoice and creation date (default: today).
  --force             Also writes into a folder that is not empty; files with
                      the same name are replaced.
  --logo FILE         The organisation's logo (PNG or JPEG, at most 1 MB) at the
                      top of every invoice PDF.
  --lang nl|en        Language of the messages and the progress (default nl);
                      the files themselves stay Dutch.
`,
  'cli.verifyHelp': `Usage: npm run cli -- verify --backup FILE [--today YYYY-MM-DD] [--lang nl|en]

Checks every consistency rule of the data in the backup file:
  - subscription periods that overlap or leave a gap, or do not start at the
    activation or end at the deregistration,
  - dates before 01-01-2000 or more than 2 years after today (not birth dates),
  - more than 44,640 call or registration minutes per client per period,
  - a monthly fee above € 10.000,00,
  - a deregistration's effective date that does not follow from the rule,
  - references to data that is missing or duplicated.
Each problem is a line of its own naming the record (table, id, field and the
client number when it concerns a client); the last line counts them. Nothing
is written.

Options:
  --backup FILE       The backup file (required).
  --today DATE        The day dates are judged against (default: today).
  --lang nl|en        Language of the messages (default nl).

Exit code 0: no problems; 5: problems were found.
`,
  'cli.error': 'Error: {message}',
  'cli.unexpected': 'Unexpected error: {detail}',
  'cli.aborting': '\nCancelling … (press Ctrl-C again to stop at once)',
  'cli.unknownCommand': 'Unknown command "{name}". Choose from: {commands}. See: npm run cli -- --help',
  'cli.unknownOption': 'Unknown option {option} for "{command}". See: npm run cli -- {command} --help',
  'cli.optionNeedsValue': 'Option {option} needs a value. See: npm run cli -- {command} --help',
  'cli.optionTakesNoValue': 'Option {option} takes no value. See: npm run cli -- {command} --help',
  'cli.unexpectedArgument': 'Unexpected argument "{argument}" for "{command}". See: npm run cli -- {command} --help',
  'cli.invalidArguments': 'Invalid arguments for "{command}": {detail}. See: npm run cli -- {command} --help',
  'cli.requiredOption': 'Option --{option} is required for "{command}". See: npm run cli -- {command} --help',
  'cli.invalidDate': 'Invalid date for --{option}: "{value}". Expected yyyy-mm-dd, for example 2026-11-23.',
  'cli.invalidPeriod': 'Invalid period for --{option}: "{value}". Expected yyyy-mm, for example 2026-11.',
  'cli.invalidChoice': 'Invalid value for --{option}: "{value}". Choose from: {choices}.',
  'cli.langNeedsValue': 'Option --lang needs a value: {choices}. See: npm run cli -- --help',
  'cli.outNotAFolder': '"{path}" already exists and is not a folder.',
  'cli.outUnreadable': 'Folder "{path}" cannot be read.',
  'cli.outNotEmpty': 'Folder "{path}" is not empty ({count} file(s)). Choose an empty or new folder, or use --force to replace files with the same name.',
  'cli.outNotWritable': 'Folder "{path}" cannot be written to (no write permission).',
  'cli.outCannotCreateIn': 'Folder "{path}" cannot be created: "{parent}" is not a folder that may be written to.',
  'cli.outCannotCreate': 'Folder "{path}" cannot be created.',
  'cli.backupMissing': 'Backup file "{path}" does not exist.',
  'cli.notAFile': '"{name}" is not a file.',
  'cli.backupTooLarge': '"{name}" is too large for a backup (more than {megabytes} MB).',
  'cli.backupUnreadable': '"{name}" cannot be read: no read permission, or the file is in use.',
  'cli.backupNotJson': '"{name}" is not a valid backup file: the content is not readable JSON.',
  'cli.backupEncrypted':
    '"{name}" is an encrypted backup; the command line reads unencrypted backups only. Make a backup in the app with encryption turned off (Backup → Encryption), or restore it there.',
  'cli.backupInvalid': '"{name}": {problem}',
  'cli.moreProblems': '… and {count} more problem(s).',
  'cli.backupDataWrong': 'The data in the backup is not consistent: {problem}',
  'cli.demoExists': '"{path}" already exists; nothing was overwritten. Choose another name or use --force.',
  'cli.demoWriting': 'Writing demo data ({case}: {partners} partners, {clients} clients) to {path} …',
  'cli.readingBackup': 'Reading and checking the backup: {path}',
  'cli.cancelledNothingWritten': 'Cancelled; nothing was written.',
  'cli.cancelledRemoved': 'Cancelled; the files of this run were removed.',
  'cli.cancelledSomeReplaced': 'Cancelled; the new files of this run were removed, but existing files had already been replaced ({count}): {files}.',
  'cli.someReplaced': 'Before that, existing files had already been replaced ({count}): {files}.',
  'cli.removedLeftovers': 'Removed temporary files of an interrupted run ({count}): {files}',
  'cli.done': 'Done: {files} files, {invoices} invoices, total {total}.',
  'cli.progressPartner': 'Partner {done} of {total}: {name}',
  'cli.progressOverview': 'Overview {done} of {total}: all partners',
  'cli.verifyLine': '{record}: {problem}',
  'cli.verifyRecordOfClient': '{record} (client number {clientNumber})',
  'cli.verifyClean': '"{name}": no problems found.',
  'cli.verifyFound': '"{name}": {count} problem(s) found.',
  'cli.verifyRefused': '"{name}" fails the check: {count} problem(s). Nothing was written.',
  'cli.importHelp': `Usage: npm run cli -- import usage --backup IN --file FILE --out OUT [--today YYYY-MM-DD] [--decimal comma|point] [--clerk NAME] [--force] [--lang nl|en]
       npm run cli -- import partners|clients --backup IN --file FILE --out OUT [--today YYYY-MM-DD] [--update] [--clerk NAME] [--force] [--lang nl|en]
         (partners and clients: the rules of "Import data"; --update updates existing ones)

Imports a usage file (.xlsx or .csv, as the telephony system delivers it)
into a backup, with the same rules as "Import usage" in the app, and writes
the result as a new backup. A client's usage in a period replaces the usage
stored for it; the audit trail and the import history record the import, so
it can be undone in the app after restoring the backup.

If the file has one or more bad rows, nothing is imported and nothing is
written: every bad row is named, with the reason.

Options:
  --backup IN      The backup file to import into (required).
  --file FILE      The usage file (required).
  --out OUT        The new backup file (required).
  --today DATE     Today (YYYY-MM-DD), for the check on dates in the
                   future; today's date by default.
  --decimal comma|point
                   How the file writes fractions (12,5 or 12.5). Needed
                   when a number reads two ways (12.345) and nothing else
                   in the file shows it; otherwise the file decides.
  --clerk NAME     In whose name the audit trail and the import history
                   record the import; "Opdrachtregel" by default.
  --force          Replace an existing file OUT.

Exit codes: 0 imported, 2 wrong use, 3 input unreadable,
4 OUT already exists, 5 bad rows (nothing written).
`,
  'cli.importUnknownKind': 'Unknown kind "{kind}" for "import". Possible: {kinds}.',
  'cli.outExists': '"{path}" already exists; nothing was overwritten. Choose another name or use --force.',
  'cli.importFileRefused': '"{name}" was not imported: {problem}. Nothing was written.',
  'cli.importRefused': '"{name}" was not imported: {count} of the {rows} rows are wrong. Nothing was written.',
  'cli.importRow': '  Row {line} (client number {clientNumber}): {problems}',
  'cli.importDone': 'Imported: {rows} usage records ({replaced} replaced) for {periods}. Written: {name}',
  'cli.importDecimalChoice':
    '"{name}" was not imported: {count} row(s) hold a number that reads two ways (such as 12.345) and nothing else in the file shows its decimal separator. Say which with --decimal comma or --decimal point. Rows: {lines}',
  // finalise
  'cli.finaliseHelp': `Usage: npm run cli -- finalise --backup IN --period YYYY-MM --out OUT [--today YYYY-MM-DD] [--force] [--lang nl|en]

Finalises a billing period's concepts with the same rules as "finalise all
concepts" in the app: every partner with something to bill and no final invoice
yet gets the year's next number (in the order of partner name, without gaps),
invoice date --today and the due date from the payment term. The audit trail gets
one entry per invoice. The result is a new backup; "run" on that backup writes the
final invoices with PDF, e-invoice and e-mail draft.
Nothing is written when an argument or the file is wrong, when the data fail
the checks of "verify", or while a billed plan still has its example price or no
price, or the organisation details are missing or still the example values
(demo data excepted: its documents say VOORBEELD).

Options:
  --backup IN         The backup file (required).
  --period YYYY-MM    The billing period (required).
  --out OUT           The new backup (required); an existing file is replaced
                      only with --force.
  --today DATE        Invoice date (default: today).
  --force             Replaces an existing file OUT.
  --lang nl|en        Language of the messages (default nl).
`,
  'cli.finaliseDone': 'Finalised: {count} invoices, {first} to {last}, total {total}. Written: {name}',
  'cli.finaliseRefused': 'Nothing finalised in {period}: fix {count} point(s) first. Nothing was written.',
  'cli.finaliseNothing': 'Nothing to finalise in {period}: no partner has a concept. Written: {name}',
  'cli.templateHelp': `Usage: npm run cli -- template partners|clients|usage --out FILE.xlsx [--backup IN] [--force] [--lang nl|en]

Writes the import template the app also writes: Dutch column headers, one
example row, drop-down lists (plan, ECD mode, representative role, status)
and a sheet "Toelichting" that explains every column.

Options:
  --out FILE       The template to write (required).
  --backup IN      Takes the plan codes for the drop-down from this backup
                   (without it: the example catalogue).
  --force          Replace an existing file.

Exit codes: 0 written, 2 wrong use, 3 backup unreadable,
4 file exists already or cannot be written.
`,
  'cli.templateUnknownKind': 'Unknown kind of template "{kind}". Possible: {kinds}.',
  'cli.onboardingRefused': '"{name}" was not imported: {count} of the {rows} rows are wrong. Nothing was written.',
  'cli.onboardingRow': '  Row {line} ({column}): {problem}',
  'cli.onboardingRecordsRefused': '"{name}" was not imported: the records do not fit the backup ({detail}). Nothing was written.',
  'cli.onboardingDone': 'Imported from {name}: {created} new, {updated} updated.',
}
