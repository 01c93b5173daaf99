import { describe, expect, it } from 'vitest'
import { parseCalendarDate as d } from '@shared/model'
import { validateBackup } from '@shared/backup/validate'
import type { BackupIssue } from '@shared/problems/backup'
import { backupText, formatBackupIssues as format } from '@shared/problems/words'
import { smallBackupFile } from './fixture'

/** Each issue as the Dutch command line prints it. */
const formatBackupIssues = (issues: readonly BackupIssue[]) => format(issues, 'nl')

function roundTrip<T>(value: T): unknown {
  return JSON.parse(JSON.stringify(value))
}

describe('validateBackup', () => {
  it('accepts a valid file after a JSON round trip', () => {
    const result = validateBackup(roundTrip(smallBackupFile()))
    expect(result.ok).toBe(true)
  })

  it.each([
    [null, { code: 'backup.notAnObject', params: {} }, /geen JSON-object/],
    [[], { code: 'backup.notAnObject', params: {} }, /geen JSON-object/],
    [
      { format: 'iets-anders', version: 1 },
      { code: 'backup.notOurFormat', params: { format: 'clientadministratie-24x7-backup' } },
      /geen back-upbestand van Cliëntadministratie/,
    ],
    [
      { format: 'clientadministratie-24x7-backup', version: 4 },
      { code: 'backup.newerVersion', params: { version: 4, supported: 3 } },
      /versie 4.*Werk het programma bij/,
    ],
    [{ format: 'clientadministratie-24x7-backup', version: '1' }, { code: 'backup.unknownVersion', params: { version: '1' } }, /Onbekende versie/],
  ])('refuses a wrong header %j', (value, problem, dutch) => {
    const result = validateBackup(value)
    expect(result).toEqual({ ok: false, problem, issues: [] })
    if (!result.ok) expect(backupText(result.problem, 'nl')).toMatch(dutch)
  })

  it('words a refusal in English too', () => {
    const result = validateBackup({ format: 'clientadministratie-24x7-backup', version: 4 })
    if (result.ok) throw new Error('expected failure')
    expect(backupText(result.problem, 'en')).toBe('This backup file has version 4; this version of the program reads up to version 3. Update the program.')
  })

  it('reports each bad record with its path and a Dutch message', () => {
    const file = smallBackupFile()
    const client = file.data.clients[0]
    if (!client) throw new Error('fixture')
    const bad = roundTrip({ ...file, data: { ...file.data, clients: [{ ...client, bsn: '123456789', birthDate: '2026-02-30', firstName: 7 }] } })
    const result = validateBackup(bad)
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(backupText(result.problem, 'nl')).toBe('Het back-upbestand is niet geldig: 3 fout(en).')
    expect(formatBackupIssues(result.issues).sort()).toEqual([
      'data.clients.0.birthDate: Ongeldige datum (jjjj-mm-dd)',
      'data.clients.0.bsn: BSN voldoet niet aan de 11-proef',
      'data.clients.0.firstName: Ongeldige invoer: verwacht string',
    ])
    expect(format(result.issues, 'en').sort()).toEqual([
      'data.clients.0.birthDate: Invalid date (yyyy-mm-dd)',
      'data.clients.0.bsn: BSN fails the eleven test',
      'data.clients.0.firstName: Invalid input: expected string',
    ])
  })

  it('reports references to records that are not in the file', () => {
    const file = smallBackupFile()
    file.data.subscriptionPeriods.push({ id: 's2', clientId: 'c-weg', planId: 'pl-weg', from: d('2026-10-01'), until: null })
    const usage = file.data.usage[0]
    if (!usage) throw new Error('fixture')
    file.data.usage.push({ ...usage })
    const result = validateBackup(roundTrip(file))
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.issues[0]).toEqual({ path: ['data', 'subscriptionPeriods', 1, 'clientId'], code: 'backup.missingClient', params: { id: 'c-weg' } })
    expect(formatBackupIssues(result.issues)).toEqual([
      'data.subscriptionPeriods.1.clientId: Cliënt c-weg bestaat niet in dit bestand',
      'data.subscriptionPeriods.1.planId: Abonnementsvorm pl-weg bestaat niet in dit bestand',
      'data.usage.1: Verbruik van cliënt c1 in periode 2026-10 komt dubbel voor',
    ])
  })

  it('reports duplicate ids and client numbers within a partner', () => {
    const file = smallBackupFile()
    const client = file.data.clients[0]
    if (!client) throw new Error('fixture')
    file.data.clients.push({ ...client }, { ...client, id: 'c2' })
    const result = validateBackup(roundTrip(file))
    if (result.ok) throw new Error('expected failure')
    expect(formatBackupIssues(result.issues)).toEqual([
      'data.clients.1.id: Cliënt c1 komt dubbel voor',
      'data.clients.1.clientNumber: Cliëntnummer 000001 komt dubbel voor bij dezelfde partner',
      'data.clients.2.clientNumber: Cliëntnummer 000001 komt dubbel voor bij dezelfde partner',
    ])
  })

  it("checks that usage belongs to the client's partner and has the client|period id", () => {
    const file = smallBackupFile()
    const usage = file.data.usage[0]
    if (!usage) throw new Error('fixture')
    file.data.usage[0] = { ...usage, id: 'x', partnerId: 'p2' }
    const result = validateBackup(roundTrip(file))
    if (result.ok) throw new Error('expected failure')
    expect(result.issues.map((i) => i.path.join('.'))).toEqual(['data.usage.0.partnerId', 'data.usage.0.id'])
  })
})
