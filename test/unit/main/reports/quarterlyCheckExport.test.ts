import { describe, expect, it } from 'vitest'
import { contract } from '@shared/ipc/contract'
import { createTestPlatform } from '../../../../src/main/platform/testPlatform'
import { createReportHandlers } from '../../../../src/main/reports/reportHandlers'
import { PLANS } from '../../shared/domain/fixtures'
import { filesIn, readWorkbook, useTempFolder } from '../excel/readBack'
import { checkRowsFor, CONTEXT, fixture } from './fixtures'

const temp = useTempFolder('check-export')
const f = fixture(6)

async function setup() {
  const handlers = createReportHandlers(createTestPlatform({ folder: temp() }))
  const chosen = await handlers['report:choose-folder'](undefined)
  if (!chosen) throw new Error('geen map gekozen')
  return { handlers, folderId: chosen.folderId }
}

function input(folderId: string, partnerId: string | null) {
  return contract['report:write-quarterly-check'].input.parse({
    folderId,
    context: CONTEXT,
    partnerId,
    partners: f.partners.map((p) => ({ id: p.id, name: p.name })),
    plans: PLANS.map((p) => ({ id: p.id, name: p.name })),
    quarter: '2026-Q4',
    tolerancePercent: 10,
    rows: checkRowsFor(f),
  })
}

describe('report:write-quarterly-check', () => {
  it('writes every partner’s list and the overall one', async () => {
    const { handlers, folderId } = await setup()
    const files = await handlers['report:write-quarterly-check'](input(folderId, null))
    const perPartner = f.partners.filter((p) => checkRowsFor(f).some((r) => r.partnerId === p.id))
    expect(files.map((x) => x.kind)).toEqual([...perPartner.map(() => 'kwartaalcheck'), 'kwartaalcheck-overzicht'])
    expect(files.at(-1)).toMatchObject({ partnerId: null, fileName: 'Abonnementscheck alle partners 2026-Q4.xlsx', rows: checkRowsFor(f).length })
    expect(filesIn(temp())).toEqual([...files.map((x) => x.fileName)].sort())
  })

  it('writes only the chosen partner’s list, with its clients only', async () => {
    const { handlers, folderId } = await setup()
    const partner = f.partners[0]!
    const files = await handlers['report:write-quarterly-check'](input(folderId, partner.id))
    const rows = checkRowsFor(f).filter((r) => r.partnerId === partner.id).length
    expect(files).toEqual([{ kind: 'kwartaalcheck', partnerId: partner.id, fileName: `Abonnementscheck ${partner.name} 2026-Q4.xlsx`, rows }])
    const book = await readWorkbook(`${temp()}/${files[0]!.fileName}`)
    expect(book.getWorksheet('Abonnementscheck')).toBeDefined()
  })
})
