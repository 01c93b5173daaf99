import type { DBCore, DBCoreMutateRequest, Middleware } from 'dexie'
import { withIndexFields } from './clientRows'

/**
 * Derives a client's index fields again on every write to the clients table, also for partial writes
 * such as `clients.update(id, { currentPlanId })`: the search index holds status and plan, and an entry
 * out of step with its row would hide the client from a filtered search. `onWrite` hears of every write
 * to the table (before it commits), so results read from it can be kept until the next one.
 */
export function clientIndexFields(onWrite: () => void): Middleware<DBCore> {
  return {
    stack: 'dbcore',
    name: 'ClientIndexFields',
    create: (down) => ({
      ...down,
      table: (name) => {
        const table = down.table(name)
        if (name !== 'clients') return table
        return {
          ...table,
          mutate: (req: DBCoreMutateRequest) => {
            onWrite()
            return table.mutate(
              req.type === 'add' || req.type === 'put'
                ? { ...req, values: req.values.map((row) => withIndexFields(row as Parameters<typeof withIndexFields>[0])) }
                : req,
            )
          },
        }
      },
    }),
  }
}
