/**
 * Records in the Firestore REST format, for seeding the emulator with its `Bearer owner` token
 * (which bypasses the rules, like the Admin SDK) from a browser test.
 */
export type RestValue =
  | { nullValue: null }
  | { booleanValue: boolean }
  | { integerValue: string }
  | { doubleValue: number }
  | { stringValue: string }
  | { timestampValue: string }
  | { arrayValue: { values: RestValue[] } }
  | { mapValue: { fields: Record<string, RestValue> } };

export function toRestValue(value: unknown): RestValue {
  if (value === null || value === undefined) return { nullValue: null };
  if (typeof value === 'boolean') return { booleanValue: value };
  if (typeof value === 'number') {
    return Number.isInteger(value) ? { integerValue: String(value) } : { doubleValue: value };
  }
  if (typeof value === 'string') return { stringValue: value };
  if (value instanceof Date) return { timestampValue: value.toISOString() };
  if (Array.isArray(value)) return { arrayValue: { values: value.map(toRestValue) } };
  if (typeof value === 'object')
    return { mapValue: { fields: toRestFields(value as Record<string, unknown>) } };
  throw new Error(`Cannot store a ${typeof value} in Firestore`);
}

/** A record's fields; undefined ones are left out, as the app's Firestore settings do. */
export function toRestFields(record: Record<string, unknown>): Record<string, RestValue> {
  return Object.fromEntries(
    Object.entries(record)
      .filter(([, v]) => v !== undefined)
      .map(([key, v]) => [key, toRestValue(v)]),
  );
}
