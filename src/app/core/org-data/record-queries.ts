import { QueryFields } from '../../data-access/backend';
import { Id } from '../../domain/model';

/**
 * The collections pages ask for by query instead of being read in full: a region has 100 000
 * reports, 40 000 indicators and as many activities, and a page shows one plan's, one goal's or one
 * department's. The plans' structure (plans, focus areas, goals) and the periods are read in full.
 */
export const QUERIED_KINDS = ['reports', 'indicators', 'activities', 'measurements'] as const;
export type QueriedKind = (typeof QUERIED_KINDS)[number];

/**
 * Which records a page shows: one collection, with equality filters on its indexed fields
 * (`{ kind: 'reports', planId, periodId }` is one plan's reports of one period; `{ kind:
 * 'indicators', planId }` a plan's indicators). A page asks only for what it shows, so that what is
 * read grows with the page, not with the organisation.
 */
export type RecordQuery =
  | {
      [K in QueriedKind]: Readonly<{ kind: K } & Partial<Record<QueryFields[K], Id>>>;
    }[QueriedKind]
  /** The plans' summaries of one period (what the dashboards read instead of its reports). */
  | Readonly<{ kind: 'summaries'; periodId: Id }>;

/** Report filters alone (a page that shows reports names only these). */
export type ReportQuery = Readonly<Partial<Record<QueryFields['reports'], Id>>>;

/** The filters of a query, by field (without its kind). */
export function filtersOf(query: RecordQuery): [string, Id][] {
  return Object.entries(query)
    .filter(([field, value]) => field !== 'kind' && value !== undefined)
    .sort(([a], [b]) => a.localeCompare(b)) as [string, Id][];
}

/** The same key for the same filters, whatever their order (`reports?departmentId=d1&periodId=p1`). */
export function recordQueryKey(query: RecordQuery): string {
  return `${query.kind}?${filtersOf(query)
    .map(([field, value]) => `${field}=${value}`)
    .join('&')}`;
}

/** Whether every record `narrower` matches is matched by `wider` too (same kind, a subset of its filters). */
export function covers(wider: RecordQuery, narrower: RecordQuery): boolean {
  const filters = narrower as Readonly<Record<string, Id | undefined>>;
  return wider.kind === narrower.kind && filtersOf(wider).every(([field, value]) => filters[field] === value);
}

/**
 * The queries to watch once `added` are wanted too: without those another one already covers, and
 * without those an added one covers. Null when nothing changes.
 */
export function withQueries(
  current: readonly RecordQuery[],
  added: readonly RecordQuery[],
): RecordQuery[] | null {
  let result = [...current];
  let changed = false;
  for (const query of added) {
    if (result.some((q) => covers(q, query))) continue;
    result = [...result.filter((q) => !covers(query, q)), query];
    changed = true;
  }
  return changed ? result : null;
}

/** Whether a query's records have arrived: its own watch, or a wider one's, has delivered. */
export function isLoaded(query: RecordQuery, loaded: readonly RecordQuery[]): boolean {
  return loaded.some((q) => covers(q, query));
}

/** `fields` for each of `values` (one query per department, say), with the same other filters. */
export function eachOf(
  field: QueryFields['reports'],
  values: readonly (Id | null | undefined)[],
  others: ReportQuery = {},
): ReportQuery[] {
  return values.flatMap((value) => (value ? [{ ...others, [field]: value }] : []));
}

/** Report filters as a query. */
export function reportsWhere(query: ReportQuery): RecordQuery {
  return { kind: 'reports', ...query };
}

/** The plans' summaries of these periods. */
export function summariesOf(periodIds: readonly Id[]): RecordQuery[] {
  return periodIds.map((periodId) => ({ kind: 'summaries', periodId }));
}

/** A plan's indicators, activities and Kolada values: what a plan's pages show beside its goals. */
export function planRecords(planId: Id | null | undefined): RecordQuery[] {
  return planId
    ? [
        { kind: 'indicators', planId },
        { kind: 'activities', planId },
        { kind: 'measurements', planId },
      ]
    : [];
}

/** A query pages asked for, and how many of those shown now use it (0: kept for a quick return). */
export interface QueryAsk {
  query: RecordQuery;
  users: number;
}

/**
 * How many queries no page uses any more stay watched, the most recently left first: going back to
 * a recent page is instant, while a strategist who has opened 40 plans does not keep 40 plans'
 * records and listeners.
 */
export const KEPT_UNUSED = 8;

/**
 * `asks` with each of `queries` used by `change` pages more (1) or fewer (-1), and moved last as the
 * most recently touched. A query never asked is added when used, and ignored when released.
 */
function used(asks: readonly QueryAsk[], queries: readonly RecordQuery[], change: 1 | -1): QueryAsk[] {
  return queries.reduce<QueryAsk[]>(
    (result, query) => {
      const found = result.find((a) => recordQueryKey(a.query) === recordQueryKey(query));
      if (!found && change < 0) return result;
      const users = Math.max(0, (found?.users ?? 0) + change);
      return [...result.filter((a) => a !== found), { query: found?.query ?? query, users }];
    },
    [...asks],
  );
}

/** `asks` with `queries` used by one more page each; the most recently touched come last. */
export function asked(asks: readonly QueryAsk[], queries: readonly RecordQuery[]): QueryAsk[] {
  return used(asks, queries, 1);
}

/**
 * `asks` with `queries` used by one page fewer each (a page left, or asks for others now). Of those
 * no page uses, the `keep` most recently left stay; older ones are forgotten.
 */
export function released(
  asks: readonly QueryAsk[],
  queries: readonly RecordQuery[],
  keep = KEPT_UNUSED,
): QueryAsk[] {
  const result = used(asks, queries, -1);
  const unused = result.filter((a) => a.users === 0);
  const forgotten = new Set(unused.slice(0, Math.max(0, unused.length - keep)));
  return result.filter((a) => !forgotten.has(a));
}

/** Whether two lists name the same queries, in any order. */
export function sameQueries(a: readonly RecordQuery[] | null, b: readonly RecordQuery[] | null): boolean {
  if (!a || !b) return a === b;
  const keys = new Set(b.map(recordQueryKey));
  return a.length === b.length && a.every((query) => keys.has(recordQueryKey(query)));
}

/** The queries to watch for `asks`: each one asked, but none that another covers. */
export function watchedFor(asks: readonly QueryAsk[]): RecordQuery[] {
  return (
    withQueries(
      [],
      asks.map((a) => a.query),
    ) ?? []
  );
}
