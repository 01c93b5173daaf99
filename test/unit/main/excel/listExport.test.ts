import { describe, expect, it } from 'vitest'
import type { CalendarDate } from '@shared/calendar/calendarDate'
import { emptyIntake, type Client } from '@shared/model/client'
import { parseClientRows } from '@shared/onboarding/clientRows'
import { clientExportRows } from '@shared/onboarding/exportRows'
import { CLIENT_FIELDS } from '@shared/onboarding/fields'
import { planClientImport } from '@shared/onboarding/preview'
import { createListExportHandlers } from '../../../../src/main/ipc/handlers/listExportHandlers'
import { readTableFile } from '../../../../src/main/import/readTableFile'
import { createTestPlatform } from '../../../../src/main/platform/testPlatform'
import { readWorkbook, sheet, useTempFolder } from './readBack'

const temp = useTempFolder('list-export-')

const client = (n: number): Client => ({
  id: `c${n}`,
  partnerId: 'p2',
  clientNumber: String(n).padStart(6, '0'),
  firstName: `Voornaam${n}`,
  lastName: 'de Vries',
  birthDate: '1950-01-31' as CalendarDate,
  bsn: '012345672',
  begeleider: { name: '', email: '', phone: '+31 6 12345678' },
  representatives: [],
  status: 'aangemeld',
  registrationPlanId: 'basis',
  registrationReceivedDate: '2026-02-02' as CalendarDate,
  activationDate: null,
  loginSentDate: null,
  intake: emptyIntake,
  notes: '=niet een formule',
  anonymisedDate: null,
})
const LOOKUPS = {
  today: '2026-12-01' as CalendarDate,
  partners: [{ id: 'p2', name: 'Eigen Huis', shortCode: 'EH', ecdMode: 'eigen' as const }],
  plans: [{ id: 'basis', code: 'BASIS', name: 'Basis' }],
}

describe('the list export channels', () => {
  it('write the client rows in the template layout; the import reads the file back as the stored clients, unchanged', async () => {
    const platform = createTestPlatform({ folder: temp(), now: new Date(2026, 10, 10, 9, 0) })
    const handlers = createListExportHandlers(platform)
    const begun = await handlers['lists:export-begin']({ list: 'clients', includeBsn: false })
    expect(begun?.fileName).toBe('Cliënten 2026-11-10 09.00.xlsx')
    expect(platform.dialogCalls[0]).toMatchObject({ kind: 'save', title: 'Cliëntenlijst exporteren naar Excel' })
    const clients = Array.from({ length: 1500 }, (_, i) => client(i + 1))
    const rows = clients.flatMap((c) =>
      clientExportRows({ client: c, partnerCode: 'EH', periods: [], deregistrations: [] }, { includeBsn: false, planCode: (id) => id.toUpperCase() }),
    )
    await handlers['lists:export-rows']({ exportId: begun!.exportId, list: 'clients', rows: rows.slice(0, 1000) })
    await handlers['lists:export-rows']({ exportId: begun!.exportId, list: 'clients', rows: rows.slice(1000) })
    const done = await handlers['lists:export-finish']({ exportId: begun!.exportId })
    expect(done.rows).toBe(1500)

    const ws = sheet(await readWorkbook(done.path), 'Cliënten')
    expect(CLIENT_FIELDS.map((f, i) => ws.getCell(1, i + 1).value)).toEqual(CLIENT_FIELDS.map((f) => f.header))
    expect(ws.getCell(2, 2).value).toBe('000001')
    expect(ws.getColumn(2).numFmt).toBe('@')

    const table = await readTableFile(done.path)
    const parsed = parseClientRows(table.rows, { ...LOOKUPS, isStored: () => true })
    expect(parsed.ok && parsed.problems).toEqual([])
    const plan = planClientImport(parsed.ok ? parsed.clients : [], clients)
    expect([plan.create.length, plan.update.length, plan.unchanged.length]).toEqual([0, 0, 1500])
  })

  it('refuse a BSN in an export begun without, rows of the other list, and write nothing when cancelled', async () => {
    const platform = createTestPlatform({ folder: temp() })
    const handlers = createListExportHandlers(platform)
    const withBsn = clientExportRows({ client: client(1), partnerCode: 'EH', periods: [], deregistrations: [] }, { includeBsn: true, planCode: () => 'BASIS' })
    let begun = await handlers['lists:export-begin']({ list: 'clients', includeBsn: false })
    await expect(handlers['lists:export-rows']({ exportId: begun!.exportId, list: 'clients', rows: withBsn })).rejects.toMatchObject({
      code: 'invalid-input-value',
    })
    await expect(handlers['lists:export-finish']({ exportId: begun!.exportId })).rejects.toMatchObject({ code: 'job-unknown' })

    begun = await handlers['lists:export-begin']({ list: 'partners' })
    await expect(handlers['lists:export-rows']({ exportId: begun!.exportId, list: 'clients', rows: [] })).rejects.toMatchObject({ code: 'invalid-input-value' })

    begun = await handlers['lists:export-begin']({ list: 'clients', includeBsn: true })
    await handlers['lists:export-rows']({ exportId: begun!.exportId, list: 'clients', rows: withBsn })
    await handlers['lists:export-cancel']({ exportId: begun!.exportId })
    await expect(handlers['lists:export-finish']({ exportId: begun!.exportId })).rejects.toMatchObject({ code: 'job-unknown' })

    platform.answerNextDialog(null)
    expect(await handlers['lists:export-begin']({ list: 'partners' })).toBeNull()
  })
})
