/**
 * Locale formatting for numbers and dates, shared by the pipes and by exports.
 * Swedish: `1 234,5` (with a no-break space as group separator) and `2026-11-22`.
 */
const numberFormats = new Map<string, Intl.NumberFormat>();

export function formatNumber(
  value: number | null | undefined,
  locale: string,
  maxFractionDigits = 1,
): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '–';
  const key = `${locale}|${maxFractionDigits}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, { maximumFractionDigits: maxFractionDigits });
    numberFormats.set(key, format);
  }
  return format.format(value);
}

/** Formats an ISO date (`2026-11-22` or a full timestamp) as a calendar date in the locale. */
export function formatDate(value: string | Date | null | undefined, locale: string): string {
  if (value === null || value === undefined || value === '') return '–';
  const date = typeof value === 'string' ? parseIsoDate(value) : value;
  if (!date || Number.isNaN(date.getTime())) return '–';
  if (locale.startsWith('sv')) {
    // sv-SE short dates are ISO 8601; building the string avoids engine differences.
    const pad = (n: number) => String(n).padStart(2, '0');
    return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
  }
  return new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'short', day: 'numeric' }).format(date);
}

/** A date-only ISO string is a local calendar date, not UTC midnight. */
function parseIsoDate(value: string): Date | null {
  const dateOnly = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (dateOnly) return new Date(Number(dateOnly[1]), Number(dateOnly[2]) - 1, Number(dateOnly[3]));
  const parsed = new Date(value);
  return Number.isNaN(parsed.getTime()) ? null : parsed;
}

/** An instant as local date and time, `2026-11-22 14:05`, the way Swedish offices write it. */
export function formatDateTime(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '–';
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())} ${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

const paramFormats = new Map<string, Intl.NumberFormat>();

/**
 * Numbers inside messages ("högst 2000", "nu 10 001"): grouped from five digits, so years and
 * four-digit limits read as people write them.
 */
export function formatMessageParams(
  params: Record<string, string | number>,
  locale: string,
): Record<string, string | number> {
  let format = paramFormats.get(locale);
  if (!format) {
    // `useGrouping: 'min2'` (Intl.NumberFormat v3) is newer than this TypeScript lib's types.
    const options = { maximumFractionDigits: 2, useGrouping: 'min2' } as unknown as Intl.NumberFormatOptions;
    format = new Intl.NumberFormat(locale, options);
    paramFormats.set(locale, format);
  }
  return Object.fromEntries(
    Object.entries(params).map(([key, value]) => [
      key,
      typeof value === 'number' ? format.format(value) : value,
    ]),
  );
}

/**
 * The text key for a count: `key_one` for exactly one ("1 rad har fel"), `key` otherwise ("3 rader
 * har fel"). Swedish and English both have just these two forms.
 */
export function countKey(key: string, count: number): string {
  return count === 1 ? `${key}_one` : key;
}
