import {
  Direction,
  Id,
  Indicator,
  IndicatorValue,
  Measurement,
  OfficialSeries,
  Period,
  Report,
} from './model';
import { isLeadReport, isReported } from './status';

/**
 * Indicator progress = (current − baseline) ÷ (target − baseline), clamped to 0–1.
 * The sign of the denominator carries the direction, so "lower is better" works unchanged.
 * When target equals baseline there is nothing to divide by: the target is then either
 * met (1) or not (0), judged by the direction. Missing values give `null`, never 0.
 */
export function indicatorProgress(
  baseline: number | null,
  target: number | null,
  current: number | null,
  direction: Direction = 'increase',
): number | null {
  if (!isNumber(baseline) || !isNumber(target) || !isNumber(current)) return null;
  const span = target - baseline;
  if (span === 0) {
    const met = direction === 'increase' ? current >= target : current <= target;
    return met ? 1 : 0;
  }
  return clamp((current - baseline) / span, 0, 1);
}

/**
 * Gender gap = value for women − value for men, in the indicator's unit; `null` when either is
 * missing. The total is never derived from the two.
 */
export function genderGap(women: number | null, men: number | null): number | null {
  if (!isNumber(women) || !isNumber(men)) return null;
  return roundHalfAwayFromZero(women - men, 6);
}

/**
 * Whether a gap is stated in percentage points (procentenheter): the difference between two
 * percentages is not itself a percentage. Other units keep their own unit.
 */
export function gapInPercentagePoints(unit: string): boolean {
  return unit.trim() === '%';
}

/** Units that count people or things: their values are shown as whole numbers ("762 st", never "762,3 st"). */
const COUNT_UNITS = ['st', 'st.', 'stycken', 'antal', 'personer', 'pers', 'pers.', 'individer'];

export function isCountUnit(unit: string): boolean {
  return COUNT_UNITS.includes(unit.trim().toLowerCase());
}

/** Whether an indicator counts persons (its own answer, else its unit's): small counts stay unpublished. */
export function countsPeople(indicator: Pick<Indicator, 'unit' | 'countsPeople'>): boolean {
  return indicator.countsPeople ?? isCountUnit(indicator.unit);
}

/** How many decimals a value of this unit is shown with: none for counts, two otherwise. */
export function shownDecimals(unit: string): number {
  return isCountUnit(unit) ? 0 : 2;
}

export type GapTrend = 'narrowing' | 'widening' | 'unchanged' | 'reversed' | 'unknown';

/** How the gap moved since the previous period, judged on its size (and sign for a reversal). */
export function gapTrend(previous: number | null, current: number | null): GapTrend {
  if (!isNumber(previous) || !isNumber(current)) return 'unknown';
  if (previous !== 0 && current !== 0 && Math.sign(previous) !== Math.sign(current)) return 'reversed';
  const before = Math.abs(previous);
  const now = Math.abs(current);
  if (now < before) return 'narrowing';
  if (now > before) return 'widening';
  return 'unchanged';
}

function isNumber(value: number | null | undefined): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

/** Removes binary noise such as 52.1 − 47.3 = 4.800000000000004. */
function roundHalfAwayFromZero(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  return (Math.sign(value) * Math.round(Math.abs(value) * factor)) / factor;
}

const VALUE_KEYS = new Set(['indicatorId', 'total', 'women', 'men', 'missingReason', 'equalityAnalysis']);
const numberOrNull = (v: unknown, finite: boolean) =>
  v === null || v === undefined || (typeof v === 'number' && (!finite || Number.isFinite(v)));
const textOrNull = (v: unknown) => v === null || v === undefined || typeof v === 'string';

/**
 * Whether one entry of a report's `indicatorValues` has the shape the model says: an object with
 * an indicator id, numbers (or nothing) for total, women and men, text (or nothing) for the two
 * explanations, and nothing else. What a browser console can write is not always that.
 */
export function isWellFormedValue(
  value: unknown,
  /** 'any': NaN and infinities pass here (validation names the field that holds one). */
  numbers: 'finite' | 'any' = 'finite',
): value is IndicatorValue {
  const finite = numbers === 'finite';
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const v = value as Record<string, unknown>;
  return (
    Object.keys(v).every((key) => VALUE_KEYS.has(key)) &&
    typeof v['indicatorId'] === 'string' &&
    v['indicatorId'] !== '' &&
    numberOrNull(v['total'], finite) &&
    numberOrNull(v['women'], finite) &&
    numberOrNull(v['men'], finite) &&
    textOrNull(v['missingReason']) &&
    textOrNull(v['equalityAnalysis'])
  );
}

/**
 * A report's indicator values that are well formed (`isWellFormedValue`); the rest are left out
 * rather than stop a summary or a public snapshot that reads them.
 */
export function wellFormedValues(report: Pick<Report, 'indicatorValues'>): IndicatorValue[] {
  const values: unknown = report.indicatorValues;
  return Array.isArray(values) ? values.filter((v): v is IndicatorValue => isWellFormedValue(v)) : [];
}

/**
 * Each indicator's latest reported value: from the latest period (by its end date) in which the
 * goal's lead report, submitted or approved, gave a total. Drafts and contributions never count
 * (a contribution's values are its department's share, not the goal's figure); within a period
 * whose lead changed, the later submission is the current lead's.
 */
export function latestIndicatorValues(
  reports: readonly Report[],
  periods: readonly Pick<Period, 'id' | 'endsOn'>[],
): Map<Id, IndicatorValue & { periodId: Id; departmentId: Id }> {
  const endOf = new Map(periods.map((p) => [p.id, p.endsOn]));
  const latest = new Map<Id, IndicatorValue & { periodId: Id; departmentId: Id; submittedAt: string }>();
  for (const report of reports) {
    if (!isReported(report) || !isLeadReport(report) || !endOf.has(report.periodId)) continue;
    const submittedAt = report.submittedAt ?? '';
    for (const value of wellFormedValues(report)) {
      if (!isNumber(value.total)) continue;
      const known = latest.get(value.indicatorId);
      const knownEnd = known ? endOf.get(known.periodId)! : '';
      const end = endOf.get(report.periodId)!;
      if (!known || knownEnd < end || (knownEnd === end && known.submittedAt < submittedAt)) {
        latest.set(value.indicatorId, {
          ...value,
          periodId: report.periodId,
          departmentId: report.departmentId,
          submittedAt,
        });
      }
    }
  }
  return latest;
}

/** The value an indicator's progress is measured with, and which series it comes from. */
export interface OfficialValue {
  value: number | null;
  series: OfficialSeries;
  /** Kolada's year, when the value is Kolada's. */
  year: number | null;
}

/**
 * The official value of an indicator: the latest reported one, or — when the strategist chose
 * Kolada's series — the latest Kolada value with a total (a year Kolada has none for is skipped).
 */
export function officialValue(
  indicator: Pick<Indicator, 'id' | 'officialSeries'>,
  reported: number | null,
  measurements: readonly Pick<Measurement, 'indicatorId' | 'year' | 'total'>[],
): OfficialValue {
  if (indicator.officialSeries !== 'kolada') return { value: reported, series: 'reported', year: null };
  const latest = measurements
    .filter((m) => m.indicatorId === indicator.id && m.total !== null)
    .reduce<Pick<Measurement, 'year' | 'total'> | null>(
      (best, m) => (!best || m.year > best.year ? m : best),
      null,
    );
  return { value: latest?.total ?? null, series: 'kolada', year: latest?.year ?? null };
}
