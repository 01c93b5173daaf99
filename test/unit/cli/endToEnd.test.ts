import { execFile } from 'node:child_process'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { promisify } from 'node:util'
import { describe, expect, it } from 'vitest'
import { validateBackup } from '@shared/backup/validate'
import { billingPeriod } from '@shared/calendar/billingPeriod'
import { summarySchema } from '@shared/summary'
import { EXIT } from '../../../src/cli/exitCodes'
import { tempFolder } from '../main/tempFolder'

const ROOT = resolve(__dirname, '../../..')
const run = promisify(execFile)

/** The command line as a user starts it, in its own process. */
async function cli(args: readonly string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run('npx', ['tsx', 'src/cli/index.ts', ...args], { cwd: ROOT, maxBuffer: 16 * 1024 * 1024 })
    return { code: 0, stdout, stderr }
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string }
    return { code: e.code ?? -1, stdout: e.stdout ?? '', stderr: e.stderr ?? '' }
  }
}

describe('cli end to end (child processes)', () => {
  it('demo → run: summary.json agrees with the backup and the files in the folder', async () => {
    const dir = tempFolder('cli-e2e')
    const backupPath = join(dir, 'demo.json')
    const out = join(dir, 'uit')
    const demo = await cli(['demo', '--out', backupPath, '--today', '2026-11-23'])
    expect(demo).toMatchObject({ code: 0, stdout: `${backupPath}\n` })
    const result = await cli(['run', '--backup', backupPath, '--period', '2026-09', '--out', out, '--today', '2026-11-23'])
    expect(result.stderr).toMatch(/Partner 12 van 60: /)
    expect(result).toMatchObject({ code: 0, stdout: `${out}\n` })

    const validation = validateBackup(JSON.parse(readFileSync(backupPath, 'utf8')))
    if (!validation.ok) throw new Error(validation.problem.code)
    const data = validation.file.data
    const summary = summarySchema.parse(JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8')))
    expect(summary).toMatchObject({
      period: '2026-09',
      quarter: '2026-Q3',
      generatedOn: '2026-11-23',
      backupExportedAt: validation.file.exportedAt,
      demoData: true,
    })

    // Every file named in the summary is in the folder, and nothing else is.
    const names = readdirSync(out).sort()
    expect(names).toEqual([...summary.files.map((f) => f.fileName), 'summary.json'].sort())
    for (const name of names.filter((n) => n.endsWith('.xlsx'))) expect(readFileSync(join(out, name)).subarray(0, 2).toString()).toBe('PK')

    // Who has something to bill, read from the backup directly.
    const billing = billingPeriod('2026-09', data.settings.billingPeriodStartDay)
    const partnerOfClient = new Map(data.clients.map((c) => [c.id, c.partnerId]))
    const billable = new Set(
      data.subscriptionPeriods
        .filter((p) => p.from < billing.until && (p.until === null || p.until > billing.from))
        .map((p) => partnerOfClient.get(p.clientId)),
    )
    expect(summary.partners.map((p) => p.partnerId)).toEqual(data.partners.map((p) => p.id))
    expect(summary.partners.some((p) => p.invoice === null)).toBe(true)
    let grandTotal = 0
    for (const partner of summary.partners) {
      const files = summary.files.filter((f) => f.partnerId === partner.partnerId)
      expect(partner.files).toEqual(files.map((f) => f.fileName))
      const clients = summary.clients.filter((c) => c.partnerId === partner.partnerId)
      if (!billable.has(partner.partnerId)) {
        expect(partner.invoice).toBeNull()
        expect(files.some((f) => f.kind === 'factuur')).toBe(false)
        continue
      }
      const invoice = partner.invoice
      if (invoice === null) throw new Error(`${partner.name} heeft iets te factureren maar geen factuur`)
      expect(invoice.subtotalCents).toBe(invoice.lines.reduce((s, l) => s + l.amountCents, 0))
      expect(invoice.totalCents).toBe(invoice.subtotalCents + invoice.vatCents)
      expect(clients.reduce((s, c) => s + c.amountCents, 0)).toBe(invoice.subtotalCents)
      grandTotal += invoice.totalCents
      expect(partner.files).toContain(`VOORBEELD Factuur CONCEPT ${partner.name} 2026-09.xlsx`)
      expect(partner.files).toContain(`VOORBEELD Factuur CONCEPT ${partner.name} 2026-09.pdf`)
      if (partner.usageClients > 0) expect(partner.files).toContain(`VOORBEELD Verbruik ${partner.name} 2026-09.xlsx`)
      if (clients.some((c) => c.checkOutcome !== null)) expect(partner.files).toContain(`VOORBEELD Abonnementscheck ${partner.name} 2026-Q3.xlsx`)
      expect(files.length).toBe(2 + (partner.usageClients > 0 ? 1 : 0) + (clients.some((c) => c.checkOutcome !== null) ? 1 : 0))
    }
    expect(summary.totals.invoiceTotalCents).toBe(grandTotal)
    expect(names).toEqual(expect.arrayContaining(['VOORBEELD Verbruik alle partners 2026-09.xlsx', 'VOORBEELD Abonnementscheck alle partners 2026-Q3.xlsx']))

    // Usage minutes per client are the backup's call plus registration minutes of the period.
    const used = new Map(data.usage.filter((u) => u.period === '2026-09').map((u) => [u.clientId, u.callMinutes + u.registrationMinutes]))
    for (const client of summary.clients) expect(client.usageMinutes).toBeCloseTo(used.get(client.clientId) ?? 0, 2)
  }, 180_000)

  it('a malformed period: exit code 2, a Dutch message, nothing written', async () => {
    const dir = tempFolder('cli-e2e')
    const result = await cli(['run', '--backup', join(dir, 'x.json'), '--period', '2026-13', '--out', join(dir, 'uit')])
    expect(result.code).toBe(EXIT.usage)
    expect(result.stderr).toMatch(/Fout: Ongeldige periode bij --period: "2026-13"/)
    expect(existsSync(join(dir, 'uit'))).toBe(false)
  }, 60_000)
})
