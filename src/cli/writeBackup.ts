import { open } from 'node:fs/promises'
import { backupJsonChunks, type BackupSource } from '@shared/backup/jsonChunks'
import { AppError } from '../main/appError'
import { writeFileAtomically } from '../main/files/atomicWrite'

/**
 * Writes a backup file the way every command does: streamed in pieces (the stress case is a few hundred MB)
 * into a temporary file that gets its final name only when complete, stopped by the command's signal.
 * Without `force` an existing file is kept and the new one gets another name. Returns the path written.
 */
export async function writeBackupFile(out: string, source: BackupSource, options: { readonly force: boolean; readonly signal: AbortSignal }): Promise<string> {
  return writeFileAtomically(
    out,
    async (tempPath) => {
      const file = await open(tempPath, 'wx')
      try {
        for (const chunk of backupJsonChunks(source)) {
          if (options.signal.aborted) throw new AppError('cancelled')
          await file.write(chunk)
        }
      } finally {
        await file.close()
      }
    },
    { ifExists: options.force ? 'replace' : 'keep-both', signal: options.signal },
  )
}
