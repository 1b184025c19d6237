/**
 * Validation for every field a person can type. Results are codes with parameters, not
 * sentences: the UI says them in the person's language (`validation.<code>`).
 */
export type ValidationCode =
  | 'required'
  | 'tooLong'
  | 'notANumber'
  | 'notAnInteger'
  | 'genderValueMissing'
  | 'outOfRange'
  | 'tooSmall'
  | 'tooLarge'
  | 'invalidDate'
  | 'dateOrder'
  | 'yearOrder'
  | 'invalidEmail'
  | 'invalidUrl'
  | 'invalidKpi'
  | 'invalidChoice'
  | 'atLeastOne'
  | 'tooMany'
  | 'notEmpty'
  | 'inUse'
  | 'unknownReference'
  | 'unknownDepartment'
  | 'unknownTag'
  | 'genderTargetsNeedSplit'
  | 'duplicate'
  | 'emptyFile'
  | 'missingColumn'
  | 'tooManyRows'
  | 'unreadableFile'
  /** Data of the wrong shape, which only a client other than the app's forms writes. */
  | 'malformed';

export interface FieldError {
  code: ValidationCode;
  params?: Record<string, string | number>;
}

export type FieldErrors = Record<string, FieldError>;

export const LIMITS = {
  name: 120,
  title: 200,
  text: 4000,
  analysis: 8000,
  comment: 2000,
  missingReason: 500,
  /** Indicator values in one report (a goal's indicators; the rules check each one). */
  indicatorValues: 10,
  url: 2000,
  unit: 30,
  decisionRef: 60,
  /** Indicator values and budgets beyond this are typing mistakes, not data. */
  maxAbsNumber: 1e12,
  minYear: 1990,
  maxYear: 2100,
} as const;

export type ParsedNumber = { ok: true; value: number | null } | { ok: false; error: FieldError };

const SPACES = /[\s\u00a0\u202f\u2009]/g;
const NUMBER = /^[+-]?(?:\d{1,3}(?: \d{3})+|\d+)(?:[.,]\d+)?$/;

/**
 * Reads a number as a Swedish person types it: `12,5`, `1 234`, `1 234,5`, `−3` — and also
 * `12.5`. Empty input is `null` (no value). Anything else is refused, never guessed.
 */
export function parseLocaleNumber(input: string | number | null | undefined): ParsedNumber {
  if (input === null || input === undefined) return { ok: true, value: null };
  if (typeof input === 'number') {
    return Number.isFinite(input) ? checkMagnitude(input) : { ok: false, error: { code: 'notANumber' } };
  }
  const text = input
    .trim()
    .replace(SPACES, ' ')
    .replace(/\u2212/g, '-');
  if (text === '') return { ok: true, value: null };
  if (!NUMBER.test(text)) return { ok: false, error: { code: 'notANumber' } };
  return checkMagnitude(Number(text.replace(/ /g, '').replace(',', '.')));
}

function checkMagnitude(value: number): ParsedNumber {
  if (Math.abs(value) > LIMITS.maxAbsNumber)
    return { ok: false, error: { code: 'tooLarge', params: { max: LIMITS.maxAbsNumber } } };
  return { ok: true, value: Object.is(value, -0) ? 0 : value };
}

/** A real calendar date written `yyyy-mm-dd`. */
export function isIsoDate(value: unknown): value is string {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const [y, m, d] = value.split('-').map(Number);
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** Collects errors field by field; the first problem of a field is the one shown. */
export class Check {
  readonly errors: FieldErrors = {};

  add(field: string, error: FieldError | null): this {
    if (error && !this.errors[field]) this.errors[field] = error;
    return this;
  }

  text(field: string, value: unknown, max: number, required = true): this {
    if (typeof value !== 'string' || value.trim() === '') {
      return required ? this.add(field, { code: 'required' }) : this;
    }
    return this.add(
      field,
      value.length > max ? { code: 'tooLong', params: { max, length: value.length } } : null,
    );
  }

  choice(field: string, value: unknown, options: readonly string[]): this {
    if (value === null || value === undefined || value === '') return this.add(field, { code: 'required' });
    return this.add(field, options.includes(value as string) ? null : { code: 'invalidChoice' });
  }

  number(
    field: string,
    value: unknown,
    opts: { required?: boolean; min?: number; max?: number; integer?: boolean } = {},
  ): this {
    if (value === null || value === undefined || value === '') {
      return opts.required ? this.add(field, { code: 'required' }) : this;
    }
    if (typeof value !== 'number' || !Number.isFinite(value)) return this.add(field, { code: 'notANumber' });
    if (opts.integer && !Number.isInteger(value)) return this.add(field, { code: 'notAnInteger' });
    if (Math.abs(value) > LIMITS.maxAbsNumber)
      return this.add(field, { code: 'tooLarge', params: { max: LIMITS.maxAbsNumber } });
    if (opts.min !== undefined && opts.max !== undefined && (value < opts.min || value > opts.max)) {
      return this.add(field, { code: 'outOfRange', params: { min: opts.min, max: opts.max } });
    }
    if (opts.min !== undefined && value < opts.min)
      return this.add(field, { code: 'tooSmall', params: { min: opts.min } });
    if (opts.max !== undefined && value > opts.max)
      return this.add(field, { code: 'tooLarge', params: { max: opts.max } });
    return this;
  }

  year(field: string, value: unknown, required = true): this {
    return this.number(field, value, { required, integer: true, min: LIMITS.minYear, max: LIMITS.maxYear });
  }

  date(field: string, value: unknown, required = true): this {
    if (value === null || value === undefined || value === '') {
      return required ? this.add(field, { code: 'required' }) : this;
    }
    return this.add(field, isIsoDate(value) ? null : { code: 'invalidDate' });
  }

  /** `later` must not be before `earlier`; reported on the later field. */
  dateOrder(earlierField: string, earlier: unknown, laterField: string, later: unknown): this {
    if (isIsoDate(earlier) && isIsoDate(later) && later < earlier) {
      this.add(laterField, { code: 'dateOrder', params: { field: earlierField } });
    }
    return this;
  }

  url(field: string, value: unknown): this {
    if (typeof value !== 'string' || value.trim() === '') return this;
    if (value.length > LIMITS.url)
      return this.add(field, { code: 'tooLong', params: { max: LIMITS.url, length: value.length } });
    // Only web links: a `javascript:` or `data:` address must never become a link. The same
    // pattern as firestore.rules (`trim().lower().matches(...)`), so a write the app accepts
    // offline is never refused by the server later.
    let ok = WEB_LINK.test(value.trim());
    try {
      new URL(value.trim());
    } catch {
      ok = false;
    }
    return this.add(field, ok ? null : { code: 'invalidUrl' });
  }
}

/** A web link: http or https in any case, then no spaces (firestore.rules: `'^https?://[^ ]+$'`). */
const WEB_LINK = /^https?:\/\/[^ ]+$/i;
