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
