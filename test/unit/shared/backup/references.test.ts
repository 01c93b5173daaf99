import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { checkBackupReferences } from '@shared/backup/references'
import type { BackupData } from '@shared/backup/schema'
import { usageId, type Usage } from '@shared/model'
import { smallBackupData } from './fixture'

/** The small data set with two clients and `usage` as given. */
function withUsage(usage: Usage[]): BackupData {
  const data = smallBackupData()
  const client = data.clients[0]!
  data.clients.push({ ...client, id: 'c2', clientNumber: '000002' })
  return { ...data, usage }
}

const row = (clientId: string, period: string, extra: Partial<Usage> = {}): Usage => ({
  id: usageId(clientId, period),
  clientId,
  partnerId: 'p1',
  period,
  callMinutes: 1,
  registrationMinutes: 0,
  contacts: 1,
  ...extra,
})

/** The usage rules as a plain set of keys would check them, for comparison. */
function expectedUsageIssues(data: BackupData): string[] {
  const clients = new Map(data.clients.map((c) => [c.id, c]))
  const keys = new Set<string>()
  return data.usage.flatMap((u, i) => {
    const found: string[] = []
    const client = clients.get(u.clientId)
    if (!client) found.push(`${i} backup.missingClient`)
    else if (client.partnerId !== u.partnerId) found.push(`${i} backup.usagePartner`)
    const key = usageId(u.clientId, u.period)
    if (u.id !== key) found.push(`${i} backup.usageId`)
    if (keys.has(key)) found.push(`${i} backup.duplicateUsage`)
    keys.add(key)
    return found
  })
}

describe('checkBackupReferences on usage', () => {
  it('accepts each client’s periods in ascending order, as the app writes them', () => {
    expect(checkBackupReferences(withUsage([row('c1', '2026-09'), row('c2', '2026-09'), row('c1', '2026-10'), row('c2', '2026-10')]))).toEqual([])
  })

  it('accepts periods out of order when none repeats', () => {
    expect(checkBackupReferences(withUsage([row('c1', '2026-10'), row('c1', '2026-09')]))).toEqual([])
  })

  it('names a repeated period wherever it comes, a wrong id, another partner and a missing client, in the file’s order', () => {
    const issues = checkBackupReferences(
      withUsage([
        row('c1', '2026-10'),
        row('c1', '2026-09'),
        row('c1', '2026-10'),
        row('c2', '2026-10', { id: 'x' }),
        row('c2', '2026-11', { partnerId: 'p2' }),
        row('c9', '2026-10'),
      ]),
    )
    expect(issues).toEqual([
      { path: ['data', 'usage', 2], code: 'backup.duplicateUsage', params: { clientId: 'c1', period: '2026-10' } },
      { path: ['data', 'usage', 3, 'id'], code: 'backup.usageId', params: { expected: 'c2|2026-10' } },
      { path: ['data', 'usage', 4, 'partnerId'], code: 'backup.usagePartner', params: { partnerId: 'p2', clientPartnerId: 'p1' } },
      { path: ['data', 'usage', 5, 'clientId'], code: 'backup.missingClient', params: { id: 'c9' } },
    ])
  })

  it('finds exactly what a plain set of keys finds, in any order of any rows', () => {
    const usageRow = fc
      .tuple(fc.constantFrom('c1', 'c2', 'c9', ''), fc.constantFrom('2026-08', '2026-09', '2026-10'), fc.constantFrom('p1', 'p2'), fc.boolean())
      .map(([clientId, period, partnerId, rightId]) => row(clientId, period, { partnerId, id: rightId ? usageId(clientId, period) : `${clientId}-${period}` }))
    fc.assert(
      fc.property(fc.array(usageRow, { maxLength: 10 }), (usage) => {
        const data = withUsage(usage)
        const found = checkBackupReferences(data)
          .filter((issue) => issue.path[1] === 'usage')
          .map((issue) => `${String(issue.path[2])} ${issue.code}`)
        expect(found).toEqual(expectedUsageIssues(data))
      }),
      { numRuns: 500 },
    )
  })
})
