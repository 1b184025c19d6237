import { genderGap } from './indicator';
import { GapTarget, GenderTargets, Indicator, IndicatorValue } from './model';

/** Whether a gap is within its target: `none` without a target, `unknown` without a gap. */
export type GapVerdict = 'met' | 'not-met' | 'unknown' | 'none';

export function gapTargetVerdict(gap: number | null, target: GapTarget | null | undefined): GapVerdict {
  if (!target) return 'none';
  if (gap === null) return 'unknown';
  return Math.abs(gap) <= target.maxGap ? 'met' : 'not-met';
}

/** Why a report must explain the difference between women and men. */
export type AnalysisReason = 'outside-target' | 'widened';

export interface AnalysisNeed {
  reason: AnalysisReason;
  gap: number;
  /** The gap of the last report (null when there is none to compare with). */
  previousGap: number | null;
}

/**
 * When the numbers ask for an equality analysis ("Varför skiljer det sig mellan kvinnor och män?"):
 * a gender-split value whose gap is outside the indicator's gap target, or wider (either way) than
 * in the department's last report of the same goal. Null when both values are not given.
 */
export function analysisReason(
  indicator: Pick<Indicator, 'genderDisaggregated' | 'gapTarget'>,
  value: Pick<IndicatorValue, 'women' | 'men'> | undefined,
  previous: Pick<IndicatorValue, 'women' | 'men'> | undefined,
): AnalysisNeed | null {
  if (!indicator.genderDisaggregated || !value) return null;
  const gap = genderGap(value.women, value.men);
  if (gap === null) return null;
  const previousGap = previous ? genderGap(previous.women, previous.men) : null;
  if (gapTargetVerdict(gap, indicator.gapTarget) === 'not-met')
    return { reason: 'outside-target', gap, previousGap };
  if (previousGap !== null && Math.abs(gap) > Math.abs(previousGap))
    return { reason: 'widened', gap, previousGap };
  return null;
}

/** Whether each of women's and men's values reaches its own target; null without such targets. */
export function genderTargetVerdicts(
  indicator: Pick<Indicator, 'direction'> & { genderTargets?: GenderTargets | null },
  women: number | null,
  men: number | null,
): { women: GapVerdict; men: GapVerdict } | null {
  const targets = indicator.genderTargets;
  if (!targets) return null;
  const reaches = (value: number | null, target: number): GapVerdict =>
    value === null
      ? 'unknown'
      : (indicator.direction === 'decrease' ? value <= target : value >= target)
        ? 'met'
        : 'not-met';
  return { women: reaches(women, targets.women), men: reaches(men, targets.men) };
}
