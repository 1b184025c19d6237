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
  previousGap: number | null;
  trend: GapTrend;
}

/** Every gender-disaggregated indicator with its latest women/men values, the gap and how it moved. */
export function buildEqualityRows(
  indicators: readonly Indicator[],
  reports: readonly Report[],
  period: Period,
  previous: Period | null,
): EqualityRow[] {
  const now = leadReports(period.id, reports);
  const before = previous ? leadReports(previous.id, reports) : new Map<string, Report>();
  const valueOf = (map: Map<string, Report>, indicator: Indicator) =>
    map.get(indicator.goalId)?.indicatorValues.find((v) => v.indicatorId === indicator.id) ?? null;
  return indicators
    .filter((i) => i.genderDisaggregated)
    .map((indicator) => {
      const value = valueOf(now, indicator);
      const old = valueOf(before, indicator);
      const gap = genderGap(value?.women ?? null, value?.men ?? null);
      const previousGap = genderGap(old?.women ?? null, old?.men ?? null);
      return {
        indicator,
        women: value?.women ?? null,
        men: value?.men ?? null,
        total: value?.total ?? null,
        gap,
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
