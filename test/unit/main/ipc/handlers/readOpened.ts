import type { createBackupHandlers } from '../../../../../src/main/ipc/handlers/backupHandlers'

type Handlers = ReturnType<typeof createBackupHandlers>
type Opened = Awaited<ReturnType<Handlers['backup:open-file']>>

/** The whole text of a file opened for a restore, read piece by piece as the window does, parsed. */
export async function readOpened(handlers: Handlers, opened: Opened): Promise<unknown> {
  if (opened === null || 'encrypted' in opened) throw new Error(`not opened: ${JSON.stringify(opened)}`)
  let text = ''
  for (let index = 0; index < opened.chunks; index++) text += await handlers['backup:read-chunk']({ id: opened.id, index })
  await handlers['backup:read-finish']({ id: opened.id })
  return JSON.parse(text)
}
