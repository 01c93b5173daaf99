import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createFolderHandlers } from '../../../../../src/main/ipc/handlers/folderHandlers'
import { createTestPlatform } from '../../../../../src/main/platform/testPlatform'
import { tempFolder } from '../../tempFolder'

function setup() {
  const dir = tempFolder('folder')
  const platform = createTestPlatform({ folder: dir })
  return { dir, platform, handlers: createFolderHandlers(platform) }
}

describe('folder:choose', () => {
  it('returns the folder picked in the dialog, starting where the renderer asked', async () => {
    const { dir, platform, handlers } = setup()
    await expect(handlers['folder:choose']({ title: 'Kies de map voor back-ups', defaultPath: '/data' })).resolves.toEqual({ path: dir })
    expect(platform.dialogCalls).toEqual([{ kind: 'folder', title: 'Kies de map voor back-ups', defaultPath: '/data' }])
  })

  it('returns null when cancelled', async () => {
    const { platform, handlers } = setup()
    platform.answerNextDialog(null)
    await expect(handlers['folder:choose'](undefined)).resolves.toBeNull()
  })
})

describe('folder:open', () => {
  it('shows an existing folder', async () => {
    const { dir, platform, handlers } = setup()
    await expect(handlers['folder:open']({ path: dir })).resolves.toBeNull()
    expect(platform.openedFolders).toEqual([dir])
  })

  it('refuses a file (opening it could start a program) and a missing folder', async () => {
    const { dir, platform, handlers } = setup()
    const program = join(dir, 'setup.exe')
    writeFileSync(program, '')
    await expect(handlers['folder:open']({ path: program })).rejects.toMatchObject({ code: 'folder-not-found' })
    await expect(handlers['folder:open']({ path: join(dir, 'weg') })).rejects.toMatchObject({ code: 'folder-not-found' })
    expect(platform.openedFolders).toEqual([])
  })
})
