/**
 * This browser tab's id, kept for the tab's life (a reload keeps it; another tab, window or device
 * has its own). Report writes record it (`Report.updatedIn`), so that a version conflict can tell
 * a stale write of this very tab (re-based silently) from someone else's change (shown).
 */
export function tabClientId(
  storage: Pick<Storage, 'getItem' | 'setItem'> | null = sessionStorageOrNull(),
): string {
  const key = 'kompass.clientId';
  const known = storage?.getItem(key);
  if (known) return known;
  const id = `tab-${randomId()}`;
  storage?.setItem(key, id);
  return id;
}

function sessionStorageOrNull(): Storage | null {
  try {
    return typeof sessionStorage === 'undefined' ? null : sessionStorage;
  } catch {
    return null;
  }
}

function randomId(): string {
  return typeof crypto !== 'undefined' && 'randomUUID' in crypto
    ? crypto.randomUUID()
    : `${Date.now()}-${Math.random().toString(36).slice(2)}`;
}
