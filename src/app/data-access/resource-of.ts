import { EntityKind, EntityMap, Id, Report } from '../domain/model';
import { Resource } from '../domain/policy';

/**
 * The access resource the policy judges a record as. Reports need their period's state and, for
 * writes, the departments that carry their goal or activity (reading needs neither carrier).
 */
export function resourceOf(
  kind: EntityKind,
  record: unknown,
  periodState?: string,
  reportCarriers: readonly Id[] = [],
): Resource {
  if (kind === 'reports') {
    return {
      kind,
      report: record as Report,
      period: { state: (periodState ?? 'closed') as 'planned' | 'open' | 'closed' },
      carriers: reportCarriers,
    };
  }
  if (kind === 'plans') return { kind, plan: record as EntityMap['plans'] };
  return { kind } as Resource;
}
