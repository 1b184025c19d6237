/** Why the embedded backend cannot keep data in this browser. */
export type StorageProblem = 'unavailable' | 'full' | 'unknown';

function names(error: unknown): string[] {
  const found: string[] = [];
  for (let e = error as { name?: unknown; inner?: unknown } | null, i = 0; e && i < 5; i++) {
    if (typeof e.name === 'string') found.push(e.name);
    e = (e.inner ?? null) as typeof e;
  }
  return found;
}

/**
 * Classifies an IndexedDB failure (Dexie wraps the browser's error in `inner`): no IndexedDB at
 * all (some private modes, blocked storage), the quota is used up, or something else.
 */
export function storageProblem(error: unknown): StorageProblem {
  const all = names(error);
  if (all.some((n) => n === 'QuotaExceededError')) return 'full';
  if (all.some((n) => ['MissingAPIError', 'SecurityError', 'InvalidStateError', 'UnknownError'].includes(n)))
    return 'unavailable';
  return 'unknown';
}

/** Whether an error says the browser's storage is full. */
export function isStorageFull(error: unknown): boolean {
  return storageProblem(error) === 'full';
}
