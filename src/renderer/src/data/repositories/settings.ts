import { defaultSettings, settingsSchema, type Settings } from '@shared/model'
import type { DataContext } from '../context'
import { SETTINGS_KEY, type SettingsRow } from '../db'
import { fieldChanges } from '../fieldChanges'
import { parseRecord } from '../parse'
import { readTransaction, writeTransaction } from '../transaction'
import { rejectField } from '../rules'

export interface SettingsRepository {
  /** The stored settings, or the defaults before the first save. */
  get(): Promise<Settings>
  save(settings: Settings): Promise<Settings>
}

export function toSettings(row: SettingsRow | undefined): Settings {
  if (!row) return structuredClone(defaultSettings)
  const { id: _id, ...settings } = row
  return settings
}

export function createSettingsRepository(ctx: DataContext): SettingsRepository {
  const { db } = ctx
  /** The continuation of an earlier series can change only while neither year it names has a numbered invoice. */
  async function assertNumberingOpen(...numberings: (Settings['invoiceNumbering'] | undefined)[]): Promise<void> {
    for (const numbering of numberings) {
      if (numbering === undefined) continue
      const first = await db.invoices
        .where('number')
        .startsWith(`${String(numbering.year)}-`)
        .first()
      if (first?.number) rejectField(['invoiceNumbering', 'lastNumber'], 'validation.numberingStarted', { year: numbering.year, number: first.number })
    }
  }

  return {
    get: () => readTransaction(ctx, [db.settings], async () => toSettings(await db.settings.get(SETTINGS_KEY))),

    async save(input) {
      const settings = parseRecord(settingsSchema, input)
      return writeTransaction(ctx, [db.settings, db.invoices], async (audit) => {
        const before = toSettings(await db.settings.get(SETTINGS_KEY))
        // The settings screen does not edit the import's remembered column choices: they stay as stored.
        if (settings.importColumnChoices === undefined && before.importColumnChoices !== undefined) settings.importColumnChoices = before.importColumnChoices
        // Whether the data is demo data is the data's own fact, not a setting the screen edits.
        if (before.demoData) settings.demoData = true
        else delete settings.demoData
        if (JSON.stringify(settings.invoiceNumbering) !== JSON.stringify(before.invoiceNumbering))
          await assertNumberingOpen(before.invoiceNumbering, settings.invoiceNumbering)
        const changes = fieldChanges(before, settings)
        await db.settings.put({ ...settings, id: SETTINGS_KEY })
        if (changes.length > 0) await audit({ entity: 'settings', recordId: SETTINGS_KEY, action: 'update', changes, event: 'settingsUpdated', params: {} })
        return settings
      })
    },
  }
}
