/** Spec D2: ask the browser to keep our data under storage pressure, and report how much is used. */
export interface StorageInfo {
  /** null when the platform cannot tell. */
  readonly persisted: boolean | null
  readonly usageBytes: number | null
  readonly quotaBytes: number | null
}

export async function requestPersistentStorage(storage: StorageManager | undefined = globalThis.navigator?.storage): Promise<boolean | null> {
  if (!storage?.persist) return null
  try {
    return await storage.persist()
  } catch {
    return null
  }
}

export async function storageInfo(storage: StorageManager | undefined = globalThis.navigator?.storage): Promise<StorageInfo> {
  if (!storage) return { persisted: null, usageBytes: null, quotaBytes: null }
  const [persisted, estimate] = await Promise.all([
    storage.persisted ? storage.persisted().catch(() => null) : Promise.resolve(null),
    storage.estimate ? storage.estimate().catch(() => null) : Promise.resolve(null),
  ])
  return { persisted, usageBytes: estimate?.usage ?? null, quotaBytes: estimate?.quota ?? null }
}
