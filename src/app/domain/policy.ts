import { EntityKind, Id, Member, Period, Plan, Report, ReportTransition, Role } from './model';
import { nextState } from './workflow';

/**
 * The one authorization policy. The UI asks it to decide what to show, the embedded backend
 * enforces it on every read and write, and firestore.rules mirrors it for production.
 */
export type Action = 'read' | 'create' | 'update' | 'delete' | ReportTransition;

export type Resource =
  | { kind: 'plans'; plan?: Pick<Plan, 'status'> }
  | { kind: 'focusAreas' | 'goals' | 'indicators' | 'activities' | 'measurements' }
  | { kind: 'periods' }
  | { kind: 'departments' | 'members' }
  /** The audit log; a report's own entries (`reportOf`) are its department's to read too. */
  | { kind: 'audit'; reportOf?: Pick<Report, 'departmentId'> }
  /**
   * Kept by the server, read by every member: the plans' summaries behind the dashboards (only
   * submitted and approved figures) and the goal outlines (every goal of a plan, goals being
   * readable by all).
   */
  | { kind: 'summaries' | 'goalOutlines' }
  /**
   * The published follow-up: publications and their snapshots (stored in parts), public to everyone (without an
   * account too), kept by the server; a strategist asks for one to be published or taken down
   * (`publishRequests`: created, never changed).
   */
  | { kind: 'publications' | 'snapshotParts' }
  | { kind: 'publishRequests' }
  /**
   * A person's own notices (made by the server; the person marks them read) and their choices for
   * them (`noticeSettings`); `own` says whether it is the person's. Nobody sees anyone else's.
   */
  | { kind: 'notices' | 'noticeSettings'; own: boolean }
  | {
      kind: 'reports';
      report: ReportFacts;
      period: Pick<Period, 'state'>;
      /**
       * The departments that carry the report's goal (lead and contributing) or activity
       * (responsible), from the goal or activity as it is now (`carriers`). Only they write it.
       */
      carriers: readonly Id[];
    };

/** What the policy needs of a report: whose it is, where it is in the workflow, who submitted it. */
export type ReportFacts = Pick<Report, 'departmentId' | 'state'> & Partial<Pick<Report, 'submittedBy'>>;

export type PolicyMember = Pick<Member, 'id' | 'roles' | 'departmentIds' | 'active'>;

const PLANNING: readonly EntityKind[] = [
  'plans',
  'focusAreas',
  'goals',
  'indicators',
  'activities',
  'measurements',
  'periods',
];

function has(member: PolicyMember, role: Role): boolean {
  return member.roles.includes(role);
}

/** Whether `member` may do `action` on `resource`. */
export function can(member: PolicyMember | null | undefined, action: Action, resource: Resource): boolean {
  if (!member || !member.active || member.roles.length === 0) return false;
  const strategist = has(member, 'strategist');
  const admin = has(member, 'admin');

  switch (resource.kind) {
    case 'plans':
      if (action === 'read') {
        // Draft plans are work in progress of the strategists.
        return strategist || admin || resource.plan?.status !== 'draft';
      }
      // A plan is archived, never deleted: its goals and reports are the record of what was done.
      return strategist && isCrud(action) && action !== 'delete';
    case 'focusAreas':
    case 'goals':
    case 'indicators':
    case 'activities':
    case 'measurements':
      return action === 'read' || (strategist && isCrud(action) && PLANNING.includes(resource.kind));
    case 'periods':
      // A period is closed, never deleted: its reports would be left without it.
      return action === 'read' || (strategist && (action === 'create' || action === 'update'));
    case 'departments':
    case 'members':
      // Made inactive, never deleted, so history keeps its names.
      return action === 'read' || (admin && (action === 'create' || action === 'update'));
    case 'audit':
      return (
        action === 'read' &&
        (strategist ||
          admin ||
          (!!resource.reportOf &&
            has(member, 'reporter') &&
            member.departmentIds.includes(resource.reportOf.departmentId)))
      );
    case 'summaries':
    case 'goalOutlines':
    case 'publications':
    case 'snapshotParts':
      return action === 'read';
    case 'publishRequests':
      return action === 'read' || (strategist && action === 'create');
    case 'notices':
      return resource.own && (action === 'read' || action === 'update');
    case 'noticeSettings':
      return resource.own && (action === 'read' || action === 'create' || action === 'update');
    case 'reports':
      return canOnReport(member, action, resource.report, resource.period, resource.carriers);
  }
}

function isCrud(action: Action): boolean {
  return action === 'create' || action === 'update' || action === 'delete';
}

function canOnReport(
  member: PolicyMember,
  action: Action,
  report: ReportFacts,
  period: Pick<Period, 'state'>,
  carriers: readonly Id[],
): boolean {
  const strategist = has(member, 'strategist');
  const ownDepartment = has(member, 'reporter') && member.departmentIds.includes(report.departmentId);
  // Only a department that carries the goal or activity reports on it.
  const writer = ownDepartment && carriers.includes(report.departmentId);
  const reported = report.state === 'submitted' || report.state === 'approved';
  const open = period.state === 'open';

  switch (action) {
    case 'read':
      // Committee members and other departments see only what has been put forward.
      return strategist || has(member, 'admin') || ownDepartment || reported;
    case 'create':
      // A new report is always a draft.
      return writer && open && report.state === 'draft';
    case 'update':
    case 'submit':
      return writer && open && (report.state === 'draft' || report.state === 'returned');
    case 'approve':
    case 'return':
      // Four eyes: nobody decides on a report they submitted themselves, whatever roles they hold.
      return (
        strategist && open && nextState(report.state, action) !== null && report.submittedBy !== member.id
      );
    case 'reopen':
      return strategist && open && nextState(report.state, action) !== null;
    case 'withdraw':
      // "Ta tillbaka": the department takes back what it submitted while nobody has reviewed it.
      return writer && open && report.state === 'submitted';
    case 'delete':
      // Reports are the record of what was said; they are never deleted.
      return false;
  }
}

/**
 * Whether `member` works through the review queue: the one who approves and returns reports (the
 * strategist; the same as `approve` on a submitted report and the "Granska" route).
 */
export function canReview(member: PolicyMember | null | undefined): boolean {
  return !!member && member.active && has(member, 'strategist');
}

/**
 * Whether `member` may download everything the organisation has (every record, every draft, the
 * audit log) — the administrator, when moving to a production installation.
 */
export function canExportData(member: PolicyMember | null | undefined): boolean {
  return !!member && member.active && has(member, 'admin');
}
