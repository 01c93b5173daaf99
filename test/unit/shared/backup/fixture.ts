import { defaultSettings, emptyIntake, usageId } from '@shared/model'
import type { z } from 'zod'
import { backupDataSchema, makeBackupFile, type BackupData, type BackupFile } from '@shared/backup/schema'

/** A small, valid database: one partner, one plan, one active client with usage and a concept invoice. */
export function smallBackupData(): BackupData {
  const input: z.input<typeof backupDataSchema> = {
    settings: structuredClone(defaultSettings),
    partners: [
      {
        id: 'p1',
        name: 'Zorggroep Noord',
        shortCode: 'ZGN',
        ecdMode: 'eigen',
        invoiceAddress: { street: 'Hoofdstraat 1', postcode: '9711 AA', city: 'Groningen' },
        invoiceEmail: 'facturen@zgn.nl',
        debtorReference: 'D1',
        contacts: [],
        notes: '',
        active: true,
      },
    ],
    clerks: [{ id: 'clerk-1', name: 'Medewerker', initials: 'M', active: true }],
    plans: [
      {
        id: 'pl1',
        code: 'BASIS',
        name: 'Basis',
        monthlyFeeCents: 4500,
        includedMinutes: 60,
        hasIntakeConversation: false,
        sortOrder: 20,
        active: true,
        isExample: true,
      },
    ],
    clients: [
      {
        id: 'c1',
        partnerId: 'p1',
        clientNumber: '000001',
        firstName: 'Jan',
        lastName: 'Jansen',
        birthDate: '1950-01-01',
        bsn: '111222333',
        begeleider: { name: '', email: '', phone: '' },
        representatives: [],
        status: 'actief',
        registrationPlanId: 'pl1',
        registrationReceivedDate: '2026-10-01',
        activationDate: '2026-10-05',
        loginSentDate: '2026-10-05',
        intake: emptyIntake,
        notes: '',
        anonymisedDate: null,
      },
    ],
    subscriptionPeriods: [{ id: 's1', clientId: 'c1', planId: 'pl1', from: '2026-10-05', until: null }],
    changeRequests: [],
    deregistrations: [],
    usage: [{ id: usageId('c1', '2026-10'), clientId: 'c1', partnerId: 'p1', period: '2026-10', callMinutes: 12.5, registrationMinutes: 3, contacts: 4 }],
    invoices: [],
    auditEntries: [
      {
        id: 1,
        at: '2026-10-05T08:00:00.000Z',
        clerk: 'Medewerker',
        entity: 'client',
        recordId: 'c1',
        action: 'create',
        changes: [],
        outcome: 'ok',
        event: 'clientRegistered',
        params: { clientNumber: '000001', clientName: 'Jan Jansen', partner: 'Zorggroep Noord' },
      },
    ],
  }
  return backupDataSchema.parse(input)
}

export function smallBackupFile(): BackupFile {
  return makeBackupFile(smallBackupData(), '2026-11-23T09:30:00.000Z')
}

/** The small back-up as version 1 wrote it: audit entries with a Dutch sentence in `summary`. */
export function versionOneFile(): Record<string, unknown> {
  const file = JSON.parse(JSON.stringify(smallBackupFile())) as { data: { auditEntries: Record<string, unknown>[] } }
  const auditEntries = file.data.auditEntries.map(({ event: _event, params: _params, ...entry }) => ({
    ...entry,
    summary: 'Cliënt 000001 Jan Jansen aangemeld bij Zorggroep Noord',
  }))
  return { ...file, version: 1, data: { ...file.data, auditEntries } }
}
