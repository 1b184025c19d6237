import { Id, Period, PeriodState } from './model';

export type PeriodFields = Pick<
  Period,
  'name' | 'kind' | 'year' | 'startsOn' | 'endsOn' | 'opensOn' | 'deadline'
>;

/**
 * The standard Swedish municipal follow-up cycle of one year: Tertial 1 (Jan–Apr), Delår (Jan–Aug)
 * and Helår (Jan–Dec), each with the dates reporting opens and is due.
 */
export function standardPeriods(year: number): PeriodFields[] {
  return [
    {
      name: `Tertial 1 ${year}`,
      kind: 'tertial1',
      year,
      startsOn: `${year}-01-01`,
      endsOn: `${year}-04-30`,
      opensOn: `${year}-05-01`,
      deadline: `${year}-05-20`,
    },
    {
      name: `Delår ${year}`,
      kind: 'interim',
      year,
      startsOn: `${year}-01-01`,
      endsOn: `${year}-08-31`,
      opensOn: `${year}-09-01`,
      deadline: `${year}-09-20`,
    },
    {
      name: `Helår ${year}`,
      kind: 'annual',
      year,
      startsOn: `${year}-01-01`,
      endsOn: `${year}-12-31`,
      opensOn: `${year}-11-15`,
      deadline: `${year + 1}-01-20`,
    },
  ];
}

/** Standard periods get ids from year and kind, so creating a year twice is refused, not duplicated. */
export function standardPeriodId(period: Pick<Period, 'year' | 'kind'>): Id {
  return `per-${period.year}-${period.kind}`;
}

export type PeriodAction = 'open' | 'close' | 'reopen';

/** The actions on a period in a given state; reopening a closed period unlocks its reports. */
export function periodActions(state: PeriodState): PeriodAction[] {
  switch (state) {
    case 'planned':
      return ['open'];
    case 'open':
      return ['close'];
    case 'closed':
      return ['reopen'];
  }
}

export function stateAfter(action: PeriodAction): PeriodState {
  return action === 'close' ? 'closed' : 'open';
}

/**
 * How to name a period in the reader's language: a standard period by its kind and year (its
 * stored name is the Swedish one, `Helår 2026`), a custom period by the name it was given. The
 * key is a translation key under `periodName`.
 */
export function periodNameKey(period: Pick<Period, 'kind' | 'year' | 'name'>): {
  key: string;
  params: Record<string, string | number>;
} {
  return period.kind === 'custom'
    ? { key: 'periodName.custom', params: { name: period.name } }
    : { key: `periodName.${period.kind}`, params: { year: period.year } };
}
