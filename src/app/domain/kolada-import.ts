import { sameName } from './goal-import-columns';
import { Draft, Id, Indicator, Measurement, measurementId } from './model';
import { FieldError, LIMITS, parseLocaleNumber } from './validation';

/**
 * Import of indicator values from a Kolada export: one row per KPI, municipality, year and gender
 * (T total, K women, M men). Rows of other municipalities and of KPIs no indicator uses are
 * skipped and counted; a bad row stops the whole import and is named.
 */
export const KOLADA_COLUMNS = ['kpi', 'municipality', 'year', 'gender', 'value'] as const;
export type KoladaColumn = (typeof KOLADA_COLUMNS)[number];

/** Accepted headers; the first is the one the UI names. */
export const KOLADA_HEADERS: Record<KoladaColumn, readonly string[]> = {
  kpi: ['KPI', 'Nyckeltal', 'KPI-id', 'Kolada-id', 'kpi_id'],
  municipality: ['Kommun', 'Kommun-id', 'Kommunkod', 'municipality', 'municipality_id'],
  year: ['År', 'Period', 'year'],
  gender: ['Kön', 'gender'],
  value: ['Värde', 'value'],
};

export const MAX_KOLADA_ROWS = 50_000;

export interface KoladaProblem {
  row: number;
  column: KoladaColumn | null;
  error: FieldError;
}

export interface MeasurementWrite {
  draft: Draft<Measurement> & { id: Id };
  /** The stored value it replaces (an update), if any. */
  existing: Measurement | null;
}

export interface KoladaImport {
  writes: MeasurementWrite[];
  problems: KoladaProblem[];
  /** Rows about other municipalities. */
  otherMunicipality: number;
  /** KPIs in the file that no indicator uses (their rows are skipped). */
  unusedKpis: string[];
}

export interface KoladaContext {
  /** The organisation's municipality code (Kolada's, e.g. 1380). */
  municipalityCode: string;
  indicators: readonly Indicator[];
  measurements: readonly Measurement[];
}

const GENDER: Record<string, 'total' | 'women' | 'men'> = {
  t: 'total',
  k: 'women',
  m: 'men',
  totalt: 'total',
  kvinnor: 'women',
  män: 'men',
};

export function planKoladaImport(
  table: readonly (readonly string[])[],
  context: KoladaContext,
): KoladaImport {
  const result: KoladaImport = { writes: [], problems: [], otherMunicipality: 0, unusedKpis: [] };
  const fail = (error: FieldError): KoladaImport => ({
    ...result,
    problems: [{ row: 0, column: null, error }],
  });
  const headerIndex = table.findIndex((row) => row.some((cell) => cell.trim() !== ''));
  if (headerIndex < 0) return fail({ code: 'emptyFile' });
  const columns = new Map<KoladaColumn, number>();
  table[headerIndex].forEach((cell, index) => {
    const column = KOLADA_COLUMNS.find((c) => KOLADA_HEADERS[c].some((h) => sameName(h, cell)));
    if (column && !columns.has(column)) columns.set(column, index);
  });
  const missing = KOLADA_COLUMNS.filter((c) => !columns.has(c));
  if (missing.length > 0) {
    return {
      ...result,
      problems: missing.map((column) => ({
        row: headerIndex + 1,
        column,
        error: { code: 'missingColumn', params: { column: KOLADA_HEADERS[column][0] } },
      })),
    };
  }
  const rows = table
    .map((cells, index) => ({ cells, row: index + 1 }))
    .slice(headerIndex + 1)
    .filter(({ cells }) => cells.some((c) => c.trim() !== ''));
  if (rows.length === 0) return fail({ code: 'emptyFile' });
  if (rows.length > MAX_KOLADA_ROWS) {
    return fail({ code: 'tooManyRows', params: { max: MAX_KOLADA_ROWS, count: rows.length } });
  }

  const byKpi = new Map<string, Indicator[]>();
  for (const indicator of context.indicators) {
    if (!indicator.koladaKpi) continue;
    byKpi.set(indicator.koladaKpi, [...(byKpi.get(indicator.koladaKpi) ?? []), indicator]);
  }
  const municipality = context.municipalityCode.replace(/^0+/, '');
  /** kpi|year → the values read, with the row that gave each. */
  const values = new Map<
    string,
    Partial<Record<'total' | 'women' | 'men', { value: number; row: number }>>
  >();
  const unused = new Set<string>();

  for (const { cells, row } of rows) {
    const cell = (column: KoladaColumn) => (cells[columns.get(column)!] ?? '').trim();
    const problem = (column: KoladaColumn, error: FieldError) => result.problems.push({ row, column, error });
    const kpi = cell('kpi').toUpperCase();
    if (!/^[NU]\d{5}$/.test(kpi)) {
      problem('kpi', { code: 'invalidKpi' });
      continue;
    }
    if (cell('municipality').replace(/^0+/, '') !== municipality) {
      result.otherMunicipality++;
      continue;
    }
    if (!byKpi.has(kpi)) {
      unused.add(kpi);
      continue;
    }
    const year = parseLocaleNumber(cell('year'));
    const yearValue = year.ok ? year.value : null;
    if (
      !year.ok ||
      yearValue === null ||
      !Number.isInteger(yearValue) ||
      yearValue < LIMITS.minYear ||
      yearValue > LIMITS.maxYear
    ) {
      problem('year', { code: 'outOfRange', params: { min: LIMITS.minYear, max: LIMITS.maxYear } });
      continue;
    }
    const gender = GENDER[cell('gender').toLocaleLowerCase('sv')];
    if (!gender) {
      problem('gender', { code: 'invalidChoice' });
      continue;
    }
    const parsed = parseLocaleNumber(cell('value'));
    if (!parsed.ok) {
      problem('value', parsed.error);
      continue;
    }
    // Kolada leaves a value empty when it is not published: nothing to import.
    if (parsed.value === null) continue;
    const key = `${kpi}|${yearValue}`;
    const known = values.get(key) ?? {};
    const earlier = known[gender];
    if (earlier && earlier.value !== parsed.value) {
      problem('value', {
        code: 'duplicate',
        params: { name: `${kpi} ${yearValue} ${cell('gender')} (rad ${earlier.row})` },
      });
      continue;
    }
    known[gender] = { value: parsed.value, row };
    values.set(key, known);
  }
  result.unusedKpis = [...unused].sort();
  if (result.problems.length > 0) return result;

  const stored = new Map(context.measurements.map((m) => [m.id, m]));
  for (const [key, read] of values) {
    const [kpi, yearText] = key.split('|');
    const year = Number(yearText);
    for (const indicator of byKpi.get(kpi)!) {
      const id = measurementId(indicator.id, year);
      result.writes.push({
        draft: {
          id,
          planId: indicator.planId,
          indicatorId: indicator.id,
          year,
          total: read.total?.value ?? null,
          women: read.women?.value ?? null,
          men: read.men?.value ?? null,
          source: `Kolada ${kpi}`,
          // From a file: not fetched, nothing said to be missing or revised.
          fetchedAt: null,
          missing: [],
          revisedFrom: null,
          peers: null,
        },
        existing: stored.get(id) ?? null,
      });
    }
  }
  result.writes.sort((a, b) => a.draft.id.localeCompare(b.draft.id));
  return result;
}
