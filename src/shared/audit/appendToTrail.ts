import { chainUnchained, headOf, type ChainBody, type ChainFields } from './chain'

/**
 * A back-up's trail with new entries chained after it, as the app chains them: a trail from before the chain is
 * chained first, and the new entries get the next database keys. Used by the command-line commands that write a
 * new back-up, so their entries verify like the app's.
 */
export function appendToTrail<T extends ChainBody & { readonly id?: number | undefined }>(
  trail: readonly T[],
  bodies: readonly T[],
): (T & Partial<ChainFields>)[] {
  const chainedTrail: readonly (T & Partial<ChainFields>)[] = trail.some((entry) => 'hash' in entry && entry.hash !== undefined) ? trail : chainUnchained(trail)
  let lastId = trail.reduce((max, entry) => Math.max(max, entry.id ?? 0), 0)
  const appended = chainUnchained(bodies, headOf(chainedTrail)).map((entry) => ({ ...entry, id: ++lastId }))
  return [...chainedTrail, ...appended]
}
