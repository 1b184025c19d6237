import { EntityKind, Id, Member, REPORT_STATES, ReportState } from '../../domain/model';
import { can } from '../../domain/policy';
import { Query, QueryFields } from '../backend';

/** One Firestore query: a collection under the organisation and equality/`in` filters. */
export interface QuerySpec {
  path: string;
  filters: [field: string, op: '==' | 'in', value: string | readonly string[]][];
}

const REPORTED: readonly ReportState[] = ['submitted', 'approved'];
/** Firestore's limit on the values of one `in` filter. */
export const MAX_IN_VALUES = 30;

export function collectionPath(orgId: Id, kind: EntityKind | 'audit' | 'summaries' | 'goalOutlines'): string {
  return `orgs/${orgId}/${kind}`;
}

/**
 * The queries that read what `member` may see of `kind`. Firestore's rules are not filters: a
 * query is refused unless every document it could return is readable, so each query carries the
 * policy's limits (committee members: no draft plans, only submitted and approved reports;
 * a department: its own reports in any state plus everyone's submitted and approved ones).
 * Results of several queries are merged by id.
 */
export function readQueries<K extends EntityKind>(
  kind: K,
  query: Query<K>,
  member: Pick<Member, 'id' | 'orgId' | 'roles' | 'departmentIds' | 'active'>,
): QuerySpec[] {
  const path = collectionPath(member.orgId, kind);
  const where = Object.entries(query.where ?? {}).filter(([, v]) => v !== undefined) as [
    QueryFields[K] & string,
    string,
  ][];
  const base: QuerySpec['filters'] = where.map(([field, value]) => [field, '==', value]);
  const allOf = (...extra: QuerySpec['filters']): QuerySpec => ({ path, filters: [...base, ...extra] });
  const everyone = member.roles.includes('strategist') || member.roles.includes('admin');

  if (kind === 'plans') {
    return [everyone ? allOf() : allOf(['status', 'in', ['adopted', 'archived']])];
  }
  if (kind !== 'reports') return can(member, 'read', { kind }) ? [allOf()] : [];
  if (everyone) return [allOf()];

  const reported = allOf(['state', 'in', REPORTED]);
  const own = member.roles.includes('reporter') ? member.departmentIds : [];
  const askedDepartment = where.find(([field]) => field === 'departmentId')?.[1];
  if (askedDepartment !== undefined) {
    return [own.includes(askedDepartment) ? allOf() : reported];
  }
  if (own.length === 0) return [reported];
  // Own departments' reports in every state, in groups that fit one `in` filter.
  const groups: string[][] = [];
  for (let i = 0; i < own.length; i += MAX_IN_VALUES) groups.push(own.slice(i, i + MAX_IN_VALUES));
  const others = REPORT_STATES.filter((s) => !REPORTED.includes(s));
  return [
    reported,
    ...groups.map((ids) => allOf(['departmentId', 'in', ids], ['state', 'in', others as readonly string[]])),
  ];
}

/** The queries that read the summaries of these periods, in groups that fit one `in` filter. */
export function summaryQueries(orgId: Id, periodIds: readonly Id[]): QuerySpec[] {
  const specs: QuerySpec[] = [];
  for (let i = 0; i < periodIds.length; i += MAX_IN_VALUES) {
    specs.push({
      path: collectionPath(orgId, 'summaries'),
      filters: [['periodId', 'in', periodIds.slice(i, i + MAX_IN_VALUES)]],
    });
  }
  return specs;
}

/** The submitted reports of these periods (the review queue; ordered by submission and limited by the caller). */
export function reviewQueueQuery(orgId: Id, periodIds: readonly Id[]): QuerySpec {
  return {
    path: collectionPath(orgId, 'reports'),
    filters: [
      // Open periods are a few at a time; an `in` filter holds up to 30.
      ['periodId', 'in', periodIds.slice(0, MAX_IN_VALUES)],
      ['state', '==', 'submitted'],
    ],
  };
}
