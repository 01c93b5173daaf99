/**
 * Everything the command line itself says (help, progress, its own failures), by code with the names of
 * its parameters. The words are in `cli.nl.ts` and `cli.en.ts` next to this file: only the command line
 * shows them, so they live with it rather than in src/shared. Add a code for a new message; never rename one.
 */
export const CLI_MESSAGES = {
  'cli.mainHelp': [],
  'cli.demoHelp': [],
  'cli.runHelp': [],
  'cli.verifyHelp': [],
  'cli.error': ['message'],
  'cli.unexpected': ['detail'],
  'cli.aborting': [],
  'cli.unknownCommand': ['name', 'commands'],
  'cli.unknownOption': ['option', 'command'],
  'cli.optionNeedsValue': ['option', 'command'],
  'cli.optionTakesNoValue': ['option', 'command'],
  'cli.unexpectedArgument': ['argument', 'command'],
  'cli.invalidArguments': ['command', 'detail'],
  'cli.requiredOption': ['option', 'command'],
  'cli.invalidDate': ['option', 'value'],
  'cli.invalidPeriod': ['option', 'value'],
  'cli.invalidChoice': ['option', 'value', 'choices'],
  'cli.langNeedsValue': ['choices'],
  'cli.outNotAFolder': ['path'],
  'cli.outUnreadable': ['path'],
  'cli.outNotEmpty': ['path', 'count'],
  'cli.outNotWritable': ['path'],
  'cli.outCannotCreateIn': ['path', 'parent'],
  'cli.outCannotCreate': ['path'],
  'cli.backupMissing': ['path'],
  'cli.notAFile': ['name'],
  'cli.backupTooLarge': ['name', 'megabytes'],
  'cli.backupUnreadable': ['name'],
  'cli.backupNotJson': ['name'],
  'cli.backupInvalid': ['name', 'problem'],
  'cli.moreProblems': ['count'],
  'cli.backupDataWrong': ['problem'],
  'cli.demoExists': ['path'],
  'cli.demoWriting': ['case', 'partners', 'clients', 'path'],
  'cli.readingBackup': ['path'],
  'cli.cancelledNothingWritten': [],
  'cli.cancelledRemoved': [],
  'cli.cancelledSomeReplaced': ['count', 'files'],
  'cli.someReplaced': ['count', 'files'],
  'cli.removedLeftovers': ['count', 'files'],
  'cli.done': ['files', 'invoices', 'total'],
  'cli.progressPartner': ['done', 'total', 'name'],
  'cli.progressOverview': ['done', 'total'],
  'cli.verifyLine': ['record', 'problem'],
  'cli.verifyRecordOfClient': ['record', 'clientNumber'],
  'cli.verifyClean': ['name'],
  'cli.verifyFound': ['name', 'count'],
  'cli.verifyRefused': ['name', 'count'],
  'cli.importHelp': [],
  'cli.importUnknownKind': ['kind', 'kinds'],
  'cli.outExists': ['path'],
  'cli.importFileRefused': ['name', 'problem'],
  'cli.importRefused': ['name', 'count', 'rows'],
  'cli.importRow': ['line', 'clientNumber', 'problems'],
  'cli.importDone': ['rows', 'replaced', 'periods', 'name'],
  'cli.importDecimalChoice': ['name', 'count', 'lines'],
  // finalise
  'cli.finaliseHelp': [],
  'cli.finaliseDone': ['count', 'first', 'last', 'total', 'name'],
  'cli.finaliseNothing': ['period', 'name'],
} as const satisfies Record<string, readonly string[]>

export type CliCode = keyof typeof CLI_MESSAGES

export function isCliCode(value: unknown): value is CliCode {
  return typeof value === 'string' && Object.hasOwn(CLI_MESSAGES, value)
}
