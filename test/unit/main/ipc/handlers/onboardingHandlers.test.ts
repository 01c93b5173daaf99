import { execFileSync } from 'node:child_process'
import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import { beforeEach, describe, expect, it } from 'vitest'
import { createOnboardingHandlers } from '../../../../../src/main/ipc/handlers/onboardingHandlers'
import { createTestPlatform, type TestPlatform } from '../../../../../src/main/platform/testPlatform'
import { writeTemplateInputSchema } from '../../../../../src/shared/ipc/channels/onboarding'
import { tempFolder } from '../../tempFolder'

let dir: string
let platform: TestPlatform
let handlers: ReturnType<typeof createOnboardingHandlers>
beforeEach(() => {
  dir = tempFolder('template')
  platform = createTestPlatform({ folder: dir })
  handlers = createOnboardingHandlers(platform)
})

const sheetNames = (path: string): string[] =>
  JSON.parse(
    execFileSync('/usr/bin/python3', ['-c', 'import json,sys,openpyxl; print(json.dumps(openpyxl.load_workbook(sys.argv[1]).sheetnames))', path], {
      encoding: 'utf8',
    }),
  ) as string[]

describe('onboarding:write-template', () => {
  it('asks where to save, suggesting a Dutch name, and writes the template there', async () => {
    const saved = await handlers['onboarding:write-template']({ kind: 'clients', planCodes: ['BASIS', 'PLUS'] })
    expect(platform.dialogCalls).toEqual([{ kind: 'save', title: 'Importsjabloon opslaan', defaultPath: join(dir, 'Importsjabloon cliënten.xlsx') }])
    expect(saved).toEqual({ path: join(dir, 'Importsjabloon cliënten.xlsx'), fileName: 'Importsjabloon cliënten.xlsx' })
    expect(sheetNames(saved?.path ?? '')).toEqual(['Cliënten', 'Toelichting'])
  })

  it('writes nothing when the dialog is cancelled', async () => {
    platform.answerNextDialog(null)
    await expect(handlers['onboarding:write-template']({ kind: 'partners', planCodes: [] })).resolves.toBeNull()
    expect(readdirSync(dir)).toEqual([])
  })

  it('adds .xlsx to a name typed without extension', async () => {
    platform.answerNextDialog(join(dir, 'partners'))
    const saved = await handlers['onboarding:write-template']({ kind: 'partners', planCodes: [] })
    expect(saved?.fileName).toBe('partners.xlsx')
  })

  it('accepts only known kinds and plan codes from the window', () => {
    expect(writeTemplateInputSchema.safeParse({ kind: 'invoices', planCodes: [] }).success).toBe(false)
    expect(writeTemplateInputSchema.safeParse({ kind: 'usage', planCodes: ['"=HYPERLINK()'] }).success).toBe(false)
  })
})
