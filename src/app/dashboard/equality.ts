import { GapTrend, gapTrend, genderGap } from '../domain/indicator';
import { Indicator, IndicatorValue, Period, Report } from '../domain/model';
import { leadReports } from '../domain/status';

/**
 * One indicator's value in one period: from the goal's lead report, which sets the goal's figures
 * (a contribution's values are never in a goal's series).
 */
export function indicatorValueIn(
  indicator: Indicator,
  period: Period,
  reports: readonly Report[],
): IndicatorValue | null {
  const report = leadReports(period.id, reports).get(indicator.goalId);
  return report?.indicatorValues.find((v) => v.indicatorId === indicator.id) ?? null;
}

export interface EqualityRow {
  indicator: Indicator;
  women: number | null;
  men: number | null;
  total: number | null;
  /** Women − men, in the indicator's unit. */
  gap: number | null;
  /**
   * The period the values are from: the chosen one, or the latest earlier one with a reported
   * value when the chosen period has none yet (`null`: never reported).
   */
  valuePeriod: Period | null;
  /** The department whose (lead) report gave the values; null when never reported. */
  departmentId: string | null;
  /** The gap in the reported period before `valuePeriod`, and how it moved since. */
  previousGap: number | null;
  trend: GapTrend;
}

/**
 * Every gender-disaggregated indicator with its latest women/men values up to `period` (from the
 * lead reports), the gap and how it moved since the period reported before.
 */
export function buildEqualityRows(
  indicators: readonly Indicator[],
  reports: readonly Report[],
  periods: readonly Period[],
  period: Period,
): EqualityRow[] {
  const ordered = [...periods]
    .filter((p) => p.state !== 'planned' || p.id === period.id)
    .sort((a, b) => a.startsOn.localeCompare(b.startsOn) || a.endsOn.localeCompare(b.endsOn));
  const upTo = ordered.slice(0, ordered.findIndex((p) => p.id === period.id) + 1).reverse();
  const leads = new Map(upTo.map((p) => [p.id, leadReports(p.id, reports)]));
  const valueOf = (p: Period, indicator: Indicator) =>
    leads
      .get(p.id)
      ?.get(indicator.goalId)
      ?.indicatorValues.find((v) => v.indicatorId === indicator.id) ?? null;
  const reported = (v: IndicatorValue | null): v is IndicatorValue =>
    !!v && (v.women !== null || v.men !== null || v.total !== null);
  return indicators
    .filter((i) => i.genderDisaggregated)
    .map((indicator) => {
      const found = upTo.map((p) => ({ p, v: valueOf(p, indicator) })).filter((x) => reported(x.v));
      const [latest, before] = found;
      const gap = genderGap(latest?.v?.women ?? null, latest?.v?.men ?? null);
      const previousGap = genderGap(before?.v?.women ?? null, before?.v?.men ?? null);
      return {
        indicator,
        women: latest?.v?.women ?? null,
        men: latest?.v?.men ?? null,
        total: latest?.v?.total ?? null,
        gap,
        valuePeriod: latest?.p ?? null,
        departmentId: latest ? (leads.get(latest.p.id)?.get(indicator.goalId)?.departmentId ?? null) : null,
        previousGap,
        trend: gapTrend(previousGap, gap),
      };
    });
}

export interface TrendPoint {
  period: Period;
  women: number | null;
  men: number | null;
  total: number | null;
  gap: number | null;
}

/** An indicator's values over the periods (in time order), for the trend chart and its table. */
export function indicatorTrend(
  indicator: Indicator,
  periods: readonly Period[],
  reports: readonly Report[],
): TrendPoint[] {
  const ordered = [...periods].sort(
    (a, b) => a.startsOn.localeCompare(b.startsOn) || a.endsOn.localeCompare(b.endsOn),
  );
  return ordered
    .filter((p) => p.state !== 'planned')
    .map((period) => {
      const value = indicatorValueIn(indicator, period, reports);
      return {
        period,
        women: value?.women ?? null,
        men: value?.men ?? null,
        total: value?.total ?? null,
        gap: genderGap(value?.women ?? null, value?.men ?? null),
      };
    });
}
