import { genderGap } from './indicator';
import { IndicatorValue } from './model';

/**
 * A figure as the public may see it: the number, `fewer-than-5` in place of a count from 1 to 4
 * (so that no one can be singled out), `withheld` where the number would give such a count away,
 * or `null` when nothing was reported.
 */
export type PublicNumber = number | null | 'fewer-than-5' | 'withheld';

export interface PublicFigures {
  total: PublicNumber;
  women: PublicNumber;
  men: PublicNumber;
  /** Women − men; never shown when either is not a number. */
  gap: number | null;
}

/** The smallest count of persons or things that is published as it is. */
export const SMALLEST_PUBLIC_COUNT = 5;

/**
 * What a published indicator value shows. For an indicator that counts persons (`countsPeople`) a value
 * from 1 to 4 becomes `fewer-than-5`, and when a total is shown beside one small count, the other
 * sex's count is withheld (total − the other would give the small one away), and when both are small
 * a total under 10 is withheld too (8 would give away 4 and 4). Percentages and other
 * units are shown as they are. This is applied to what is stored in a published snapshot, not only
 * to what a page draws.
 */
export function publicFigures(
  /** The indicator counts persons (`countsPeople`). */
  counts: boolean,
  value: Pick<IndicatorValue, 'total' | 'women' | 'men'>,
): PublicFigures {
  const small = (v: number | null) => counts && v !== null && v > 0 && v < SMALLEST_PUBLIC_COUNT;
  const shown = (v: number | null): PublicNumber => (small(v) ? 'fewer-than-5' : v);
  let total = shown(value.total);
  let women = shown(value.women);
  let men = shown(value.men);
  if (typeof total === 'number' && small(value.women) !== small(value.men)) {
    if (typeof women === 'number') women = 'withheld';
    if (typeof men === 'number') men = 'withheld';
  }
  // Both small: a total under twice the threshold would narrow them down (8 is 4 and 4), so it is
  // withheld; from 10 up it includes others and gives neither away.
  if (
    typeof total === 'number' &&
    small(value.women) &&
    small(value.men) &&
    total < 2 * SMALLEST_PUBLIC_COUNT
  )
    total = 'withheld';
  const gap = typeof women === 'number' && typeof men === 'number' ? genderGap(women, men) : null;
  return { total, women, men, gap };
}

/** Whether a figure of `figures` is hidden (`fewer-than-5` or `withheld`). */
export function hidesAny(figures: PublicFigures | null | undefined): boolean {
  return !!figures && [figures.total, figures.women, figures.men].some((v) => typeof v === 'string');
}

/**
 * A person-counting indicator's figures in a new version of a period already published: when this
 * version or an earlier public one of the same period hides any figure, this version hides all three
 * (a count of 1–4 still reads "fewer than 5"), so that a figure of one version set beside another's
 * (a total minus a count shown in a correction) cannot give a hidden count away. The first version
 * with a value of the indicator, other units and versions where nothing is hidden are as
 * `publicFigures` made them.
 */
export function acrossVersions(
  counts: boolean,
  figures: PublicFigures,
  /** This indicator's figures in the earlier public versions of the same period (null: not reported). */
  earlier: readonly (PublicFigures | null)[],
): PublicFigures {
  // Only versions that published a value of this indicator can be set beside this one.
  const before = earlier.filter((f): f is PublicFigures => f !== null);
  if (!counts || before.length === 0 || !(hidesAny(figures) || before.some(hidesAny))) return figures;
  const hide = (v: PublicNumber): PublicNumber => (v === null || v === 'fewer-than-5' ? v : 'withheld');
  return { total: hide(figures.total), women: hide(figures.women), men: hide(figures.men), gap: null };
}
