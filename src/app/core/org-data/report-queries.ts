import { QueryFields } from '../../data-access/backend';
import { Id } from '../../domain/model';

/**
 * Which reports a page shows: equality filters on the report's plan, goal, department and period
 * (`{ planId, periodId }` is one plan's reports of one period). A page asks only for what it shows,
 * so that the reports read grow with the page, not with the organisation.
 */
export type ReportQuery = Readonly<Partial<Record<QueryFields['reports'], Id>>>;

const FIELDS = [
  'departmentId',
  'goalId',
  'periodId',
  'planId',
] as const satisfies readonly QueryFields['reports'][];

/** The same key for the same filters, whatever their order (`departmentId=d1&periodId=p1`). */
export function reportQueryKey(query: ReportQuery): string {
  return FIELDS.filter((field) => query[field] !== undefined)
    .map((field) => `${field}=${query[field]}`)
    .join('&');
}

/** Whether every report `narrower` matches is matched by `wider` too (its filters are a subset). */
export function covers(wider: ReportQuery, narrower: ReportQuery): boolean {
  return FIELDS.every((field) => wider[field] === undefined || wider[field] === narrower[field]);
}

/**
 * The queries to watch once `added` are wanted too: without those another one already covers, and
 * without those an added one covers. Null when nothing changes.
 */
export function withQueries(
  current: readonly ReportQuery[],
  added: readonly ReportQuery[],
): ReportQuery[] | null {
  let result = [...current];
  let changed = false;
  for (const query of added) {
    if (result.some((q) => covers(q, query))) continue;
    result = [...result.filter((q) => !covers(query, q)), query];
    changed = true;
  }
  return changed ? result : null;
}

/** Whether a query's reports have arrived: its own watch, or a wider one's, has delivered. */
export function isLoaded(query: ReportQuery, loaded: readonly ReportQuery[]): boolean {
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

/** A query pages asked for, and how many of those shown now use it (0: kept for a quick return). */
export interface ReportAsk {
  query: ReportQuery;
  users: number;
}

/**
 * How many queries no page uses any more stay watched, the most recently left first: going back to
 * a recent page is instant, while a strategist who has opened 40 plans does not keep 40 plans'
 * reports and listeners.
 */
export const KEPT_UNUSED = 8;

/**
 * `asks` with each of `queries` used by `change` pages more (1) or fewer (-1), and moved last as the
 * most recently touched. A query never asked is added when used, and ignored when released.
 */
function used(asks: readonly ReportAsk[], queries: readonly ReportQuery[], change: 1 | -1): ReportAsk[] {
  return queries.reduce<ReportAsk[]>(
    (result, query) => {
      const found = result.find((a) => reportQueryKey(a.query) === reportQueryKey(query));
      if (!found && change < 0) return result;
      const users = Math.max(0, (found?.users ?? 0) + change);
      return [...result.filter((a) => a !== found), { query: found?.query ?? query, users }];
    },
    [...asks],
  );
}

/** `asks` with `queries` used by one more page each; the most recently touched come last. */
export function asked(asks: readonly ReportAsk[], queries: readonly ReportQuery[]): ReportAsk[] {
  return used(asks, queries, 1);
}

/**
 * `asks` with `queries` used by one page fewer each (a page left, or asks for others now). Of those
 * no page uses, the `keep` most recently left stay; older ones are forgotten.
 */
export function released(
  asks: readonly ReportAsk[],
  queries: readonly ReportQuery[],
  keep = KEPT_UNUSED,
): ReportAsk[] {
  const result = used(asks, queries, -1);
  const unused = result.filter((a) => a.users === 0);
  const forgotten = new Set(unused.slice(0, Math.max(0, unused.length - keep)));
  return result.filter((a) => !forgotten.has(a));
}

/** Whether two lists name the same queries, in any order. */
export function sameQueries(a: readonly ReportQuery[] | null, b: readonly ReportQuery[] | null): boolean {
  if (!a || !b) return a === b;
  const keys = new Set(b.map(reportQueryKey));
  return a.length === b.length && a.every((query) => keys.has(reportQueryKey(query)));
}

/** The queries to watch for `asks`: each one asked, but none that another covers. */
export function watchedFor(asks: readonly ReportAsk[]): ReportQuery[] {
  return (
    withQueries(
      [],
      asks.map((a) => a.query),
    ) ?? []
  );
}
