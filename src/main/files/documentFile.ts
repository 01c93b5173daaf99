import * as fsp from 'node:fs/promises'
import { AppError } from '../appError'
import type { WriteWorkbookOptions } from '../excel/workbookFile'
import { writeFileAtomically } from './atomicWrite'

/**
 * Writes a document made in memory (a PDF, a UBL file, an e-mail draft: each at most a few MB) the way the
 * workbooks are written: under a temporary name, renamed when complete (spec X2), only after the previous
 * file of the run (`after`, see FileSequence), never replacing a file unless asked. Returns the path written.
 */
export async function writeDocumentFile(targetPath: string, content: Uint8Array | string, options: WriteWorkbookOptions = {}): Promise<string> {
  return writeFileAtomically(
    targetPath,
    async (tempPath) => {
      await fsp.writeFile(tempPath, content, { flag: 'wx' })
      if (options.after) {
        await options.after
        if (options.signal?.aborted) throw new AppError('cancelled')
      }
    },
    { ifExists: options.ifExists ?? 'keep-both', ...(options.signal ? { signal: options.signal } : {}), ...(options.fs ? { fs: options.fs } : {}) },
  )
}
