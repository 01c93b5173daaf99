import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { verifyChain, type ChainedEntry } from '@shared/audit/chain'
import { validateBackup } from '@shared/backup/validate'
import { parseCalendarDate as d } from '@shared/calendar/calendarDate'
import { defaultSettings } from '@shared/model/settings'
import { EXIT } from '../../../src/cli/exitCodes'
import { finalisePeriod } from '../../../src/cli/commands/finalise'
import { main } from '../../../src/cli/main'
import { jobData } from '../main/services/jobFixture'
import { tempFolder } from '../main/tempFolder'
import { memoryIo } from './memoryIo'
import { writeSmallBackup } from './runFixture'

const FINALISE = ['finalise', '--backup', 'backup.json', '--period', '2026-11', '--out', 'definitief.json', '--today', '2026-11-27']

function backupIn(dir: string, name: string) {
  const result = validateBackup(JSON.parse(readFileSync(join(dir, name), 'utf8')))
  if (!result.ok) throw new Error(result.problem.code)
  return result.file.data
}

describe('cli finalise', () => {
  it('finalises every concept of the period in partner-name order with the next numbers, into a new backup', async () => {
    const dir = tempFolder('cli-finalise')
    writeSmallBackup(dir)
    const io = memoryIo(dir)
    expect(await main(FINALISE, io)).toBe(EXIT.ok)
    expect(io.stdout).toEqual([join(dir, 'definitief.json')])
    const data = backupIn(dir, 'definitief.json')
    const finals = data.invoices.filter((i) => i.status === 'definitief')
    // Thuiszorg Zuid before Zorggroep Noord; Stichting Leeg has nothing to bill.
    expect(finals.map((i) => [i.partner.name, i.number, i.invoiceDate, i.dueDate])).toEqual([
      ['Thuiszorg Zuid', '2026-0001', '2026-11-27', '2026-12-27'],
      ['Zorggroep Noord', '2026-0002', '2026-11-27', '2026-12-27'],
    ])
    expect(data.auditEntries.filter((e) => e.event === 'invoiceFinalised').map((e) => e.params)).toEqual([
      { number: '2026-0001', partner: 'Thuiszorg Zuid' },
      { number: '2026-0002', partner: 'Zorggroep Noord' },
    ])
    // Chained after the file's trail as the app chains, so the result verifies like the app's own.
    expect(verifyChain(data.auditEntries as ChainedEntry[])).toMatchObject({ ok: true, head: { count: data.auditEntries.length } })
    expect(io.stderr.join('\n')).toContain('Definitief gemaakt: 2 facturen, 2026-0001 t/m 2026-0002, totaal')

    // Again on the result: nothing left to finalise, the numbers stand.
    const again = memoryIo(dir)
    expect(await main(['finalise', '--backup', 'definitief.json', '--period', '2026-11', '--out', 'nogmaals.json'], again)).toBe(EXIT.ok)
    expect(again.stderr.join('\n')).toContain('Er is niets definitief te maken in 2026-11')
    expect(
      backupIn(dir, 'nogmaals.json')
        .invoices.filter((i) => i.status === 'definitief')
        .map((i) => i.number),
    ).toEqual(['2026-0001', '2026-0002'])
  })

  it('continues the year’s series after the numbers already given', () => {
    const data = jobData()
    const first = finalisePeriod(data, '2026-10', d('2026-10-27'), '2026-10-27T10:00:00.000Z')
    const second = finalisePeriod(first.data, '2026-11', d('2026-11-27'), '2026-11-27T10:00:00.000Z')
    const numbers = [...first.finalised, ...second.finalised].map((i) => i.number)
    expect(first.finalised.length).toBeGreaterThan(0)
    expect(second.finalised.length).toBeGreaterThan(0)
    expect(numbers).toEqual(numbers.map((_, n) => `2026-${String(n + 1).padStart(4, '0')}`))
  })

  it('continues the numbers an earlier system issued that year, as the settings say', () => {
    const data = jobData()
    const continued = { ...data, settings: { ...data.settings, invoiceNumbering: { year: 2026, lastNumber: 412 } } }
    const { finalised } = finalisePeriod(continued, '2026-11', d('2026-11-27'), '2026-11-27T10:00:00.000Z')
    expect(finalised.length).toBeGreaterThan(0)
    expect(finalised.map((i) => i.number)).toEqual(finalised.map((_, n) => `2026-${String(413 + n).padStart(4, '0')}`))
  })

  it('writes nothing on bad arguments, an existing OUT without --force, or a backup that fails verify', async () => {
    const dir = tempFolder('cli-finalise')
    writeSmallBackup(dir)
    const bad = memoryIo(dir)
    expect(await main(['finalise', '--backup', 'backup.json', '--period', '2026-13', '--out', 'x.json'], bad)).toBe(EXIT.usage)
    expect(existsSync(join(dir, 'x.json'))).toBe(false)
    writeFileSync(join(dir, 'definitief.json'), 'van de gebruiker')
    expect(await main(FINALISE, memoryIo(dir))).toBe(EXIT.output)
    expect(readFileSync(join(dir, 'definitief.json'), 'utf8')).toBe('van de gebruiker')
    writeSmallBackup(dir, (file) => ({ ...file, data: { ...file.data, plans: file.data.plans.map((p) => ({ ...p, monthlyFeeCents: 2_000_000 })) } }))
    const refused = memoryIo(dir)
    expect(await main([...FINALISE, '--force'], refused)).toBe(EXIT.inconsistent)
    expect(readFileSync(join(dir, 'definitief.json'), 'utf8')).toBe('van de gebruiker')
  })

  it('speaks English with --lang en', async () => {
    const dir = tempFolder('cli-finalise')
    writeSmallBackup(dir)
    const io = memoryIo(dir)
    expect(await main([...FINALISE, '--lang', 'en'], io)).toBe(EXIT.ok)
    expect(io.stderr.join('\n')).toContain('Finalised: 2 invoices, 2026-0001 to 2026-0002')
    const help = memoryIo(dir)
    expect(await main(['finalise', '--help', '--lang', 'en'], help)).toBe(EXIT.ok)
    expect(help.stdout.join('')).toContain('Usage: npm run cli -- finalise')
  })

  it('refuses while billed plans have their example price or the organisation details are the examples, listing what to fix; demo data goes through', async () => {
    const dir = tempFolder('cli-finalise')
    writeSmallBackup(dir, (file) => ({
      ...file,
      data: { ...jobData(), settings: { ...jobData().settings, operator: { ...defaultSettings.operator, kvkNumber: '' } } },
    }))
    const refused = memoryIo(dir)
    expect(await main([...FINALISE, '--lang', 'en'], refused)).toBe(EXIT.inconsistent)
    expect(existsSync(join(dir, 'definitief.json'))).toBe(false)
    const text = refused.stderr.join('\n')
    expect(text).toContain('Nothing finalised in 2026-11: fix 7 point(s) first.')
    expect(text).toContain('Plan WAAKVLAM Waakvlam still has its example price. Fix it under Subscription plans.')
    expect(text).toContain('Your KvK (Chamber of Commerce) number is missing. Fix it under Settings → Organisation details.')
    expect(text).toContain('Your IBAN is still the example value.')
    expect(text).not.toContain('INTENSIEF')

    writeSmallBackup(dir, (file) => ({ ...file, data: { ...jobData(), settings: { ...jobData().settings, demoData: true } } }))
    expect(await main(FINALISE, memoryIo(dir))).toBe(EXIT.ok)
  })
})
