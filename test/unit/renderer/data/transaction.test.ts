import { describe, expect, it } from 'vitest'
import { verifyChain, type ChainedEntry } from '@shared/audit/chain'
import { writeTransaction } from '@renderer/data/transaction'
import { testData } from './testDb'

const entry = (n: number) =>
  ({
    entity: 'client',
    recordId: `r${String(n)}`,
    action: 'import',
    event: 'clientsImported',
    params: { source: `bestand-${String(n)}`, created: n, updated: 0 },
  }) as const

describe('writeTransaction with batched audit entries (imports)', () => {
  it('stores the same chained entries as one add each, in order, after what was there', async () => {
    const { ctx, db } = testData('batch-audit')
    await writeTransaction(ctx, [], (audit) => audit(entry(0)))
    let seen: unknown
    await writeTransaction(
      ctx,
      [],
      async (audit) => {
        for (let n = 1; n <= 300; n++) await audit(entry(n))
        // Not in the table yet, but the writer knows where the chain stands (the import history records it).
        seen = audit.lastWritten()
      },
      { batchAudit: true },
    )
    const entries = await db.auditEntries.orderBy('id').toArray()
    expect(seen).toEqual({ seq: 301, at: entries[300]?.at, clerk: entries[300]?.clerk })
    expect(entries.map((e) => e.recordId)).toEqual(Array.from({ length: 301 }, (_, n) => `r${String(n)}`))
    expect(verifyChain(entries as ChainedEntry[])).toMatchObject({ ok: true, head: { count: 301 } })
  })

  it('stores none of them when the work fails after writing them', async () => {
    const { ctx, db } = testData('batch-audit-fails')
    const failing = writeTransaction(
      ctx,
      [],
      async (audit) => {
        for (let n = 1; n <= 10; n++) await audit(entry(n))
        throw new Error('halverwege mislukt')
      },
      { batchAudit: true },
    )
    await expect(failing).rejects.toThrow()
    // Only the failure itself is recorded, in a transaction of its own.
    expect((await db.auditEntries.toArray()).map((e) => e.event)).toEqual(['writeFailed'])
  })
})
