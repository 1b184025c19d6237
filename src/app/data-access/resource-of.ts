import { EntityKind, EntityMap, Id, Period, Report } from '../domain/model';
import { Resource } from '../domain/policy';

export type ReportResource = Extract<Resource, { kind: 'reports' }>;

/**
 * A report as the policy judges it: with its period's state (closed when unknown) and, for writes,
 * the departments that carry its goal or activity (reading needs neither carrier).
 */
export function reportResource(
  report: Report,
  periodState: Period['state'] | undefined,
  reportCarriers: readonly Id[] = [],
): ReportResource {
  return { kind: 'reports', report, period: { state: periodState ?? 'closed' }, carriers: reportCarriers };
}

/** The access resource the policy judges a record as (a report: see `reportResource`). */
export function resourceOf(kind: EntityKind, record: unknown, periodState?: Period['state']): Resource {
  if (kind === 'reports') return reportResource(record as Report, periodState);
  if (kind === 'plans') return { kind, plan: record as EntityMap['plans'] };
  return { kind } as Resource;
}
