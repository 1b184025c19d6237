import { Report } from '../../domain/model';

/**
 * Records' times as Cloud Firestore keeps them. Times that decide anything (which lead report is
 * the latest, the review queue's order, when a decision was taken) must be the server's, so
 * firestore.rules require each time a write sets — on every record, reports and the rest — to
 * equal `request.time`: the client writes the server-timestamp sentinel, never its own clock. The
 * app works with ISO strings (`Timestamp` in the domain model), so they are turned into strings
 * when read. (`submittedAt` and `decidedAt` exist on reports only.)
 */
export const STORED_TIMES = [
  'createdAt',
  'updatedAt',
  'submittedAt',
  'decidedAt',
] as const satisfies readonly (keyof Report)[];

/** What the SDKs read back for a stored time: the web and Admin SDKs' `Timestamp` both have `toDate`. */
interface StoredTime {
  toDate(): Date;
}

function isStoredTime(value: unknown): value is StoredTime {
  return typeof value === 'object' && value !== null && typeof (value as StoredTime).toDate === 'function';
}

/** Times read back as ISO strings: a record's, and an audit entry's `at` (the server's time too). */
const READ_TIMES = [...STORED_TIMES, 'at'] as const;

/** A stored document with its times as ISO strings. */
export function timesFromStore<T>(data: T): T {
  if (typeof data !== 'object' || data === null) return data;
  const record = data as Record<string, unknown>;
  if (!READ_TIMES.some((field) => isStoredTime(record[field]))) return data;
  const converted = { ...record };
  for (const field of READ_TIMES) {
    const value = record[field];
    if (isStoredTime(value)) converted[field] = value.toDate().toISOString();
  }
  return converted as T;
}

/**
 * A record as it is sent: each time this write set (equal to its `updatedAt`, which every write of
 * the engine sets to the write's time; every time of a new report) becomes the server's time
 * (`serverTime`); every other time goes back exactly as it was stored (`stored`, the document as
 * read), so that the rules see it unchanged.
 */
export function timesToStore(
  record: object,
  stored: Record<string, unknown> | undefined,
  serverTime: unknown,
): Record<string, unknown> {
  const out: Record<string, unknown> = { ...record };
  const written = out['updatedAt'];
  for (const field of STORED_TIMES) {
    const value = out[field];
    if (value === null || value === undefined) continue;
    if (value === written || !stored) out[field] = serverTime;
    else if (stored && field in stored) out[field] = stored[field];
  }
  return out;
}

/**
 * A report's times as an import or the migration script writes them with the Admin SDK: every
 * ISO string as a stored time (`toTime`), so that the review queue's order by `submittedAt` never
 * mixes strings with the times the server writes.
 */
export function timesForImport<T extends object>(report: T, toTime: (iso: string) => unknown): T {
  const out = { ...report } as Record<string, unknown>;
  for (const field of STORED_TIMES) {
    const value = out[field];
    if (typeof value === 'string') out[field] = toTime(value);
  }
  return out as T;
}
