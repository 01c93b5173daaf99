import type { BackupData } from '../backup/schema'
import type { VerifyRecord, VerifyTable } from '../problems/verify'

/** Client id → client number, so a finding about a client's record can name the client as the clerk knows it. */
export type ClientNumbers = ReadonlyMap<string, string>

export function clientNumbersOf(data: Pick<BackupData, 'clients'>): ClientNumbers {
  return new Map(data.clients.map((c) => [c.id, c.clientNumber]))
}

/** A record of `table`, with the number of the client it belongs to when that client exists. */
export function recordOf(table: VerifyTable, id: string | null, numbers: ClientNumbers, clientId?: string, field?: string): VerifyRecord {
  const clientNumber = clientId === undefined ? undefined : numbers.get(clientId)
  return { table, id, ...(field === undefined ? {} : { field }), ...(clientNumber === undefined ? {} : { clientNumber }) }
}
