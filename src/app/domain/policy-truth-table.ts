import { PERIOD_STATES, PeriodState, PlanStatus, REPORT_STATES, ReportState, Role } from './model';
import { Action } from './policy';

/**
 * The authorization truth table: role × action × record (and its state) → allowed. One data set,
 * checked against the domain policy (policy.spec.ts, always) and against firestore.rules
 * (firestore-tests/, where the Firestore emulator can run). Written out from the rules of
 * DOMAIN.md, not computed from the policy it checks.
 */
export type Who =
  | 'admin'
  | 'strategist'
  | 'committee'
  | 'reporter:own'
  | 'reporter:other'
  /** A department head of the report's department, which does not carry the report's goal. */
  | 'reporter:own-not-carrying'
  /** A strategist who is also the department's reporter and submitted the report (four eyes). */
  | 'strategist+reporter:submitter';
export type TruthResource =
  | { kind: 'reports'; state: ReportState; periodState: PeriodState }
  | { kind: 'plans'; planStatus: PlanStatus }
  | {
      kind:
        | 'focusAreas'
        | 'goals'
        | 'indicators'
        | 'activities'
        | 'measurements'
        | 'periods'
        | 'departments'
        | 'members'
        | 'audit'
        | 'summaries'
        | 'goalOutlines'
        | 'publications'
        | 'snapshotParts'
        | 'publishRequests';
    }
  | { kind: 'notices' | 'noticeSettings'; own: boolean };

export interface TruthRow {
  who: Who;
  action: Action;
  resource: TruthResource;
  allowed: boolean;
}

/**
 * Each person of the table: their roles; whether they belong to the report's department; whether
 * that department carries the report's goal (lead or contributing); whether they submitted it.
 */
export const WHO: Record<
  Who,
  { roles: Role[]; ownDepartment: boolean; carries: boolean; submitter: boolean }
> = {
  admin: { roles: ['admin'], ownDepartment: true, carries: true, submitter: false },
  strategist: { roles: ['strategist'], ownDepartment: true, carries: true, submitter: false },
  committee: { roles: ['committee'], ownDepartment: true, carries: true, submitter: false },
  'reporter:own': { roles: ['reporter'], ownDepartment: true, carries: true, submitter: false },
  'reporter:other': { roles: ['reporter'], ownDepartment: false, carries: true, submitter: false },
  'reporter:own-not-carrying': { roles: ['reporter'], ownDepartment: true, carries: false, submitter: false },
  'strategist+reporter:submitter': {
    roles: ['strategist', 'reporter'],
    ownDepartment: true,
    carries: true,
    submitter: true,
  },
};

const EVERYONE: Who[] = Object.keys(WHO) as Who[];
/** Every action of the table (read, the writes and each report transition). */
export const ACTIONS: Action[] = [
  'read',
  'create',
  'update',
  'delete',
  'submit',
  'approve',
  'return',
  'reopen',
  'withdraw',
];
const CRUD: Action[] = ['create', 'update', 'delete'];

function reportRows(): TruthRow[] {
  const allowed = new Set<string>();
  const allow = (who: Who, action: Action, states: readonly string[], periods: readonly string[]) => {
    for (const s of states) for (const p of periods) allowed.add(`${who}|${action}|${s}|${p}`);
  };
  // Strategists, administrators and the department itself read every report; others only what
  // has been put forward (submitted or approved) — committee members never see drafts.
  for (const who of [
    'admin',
    'strategist',
    'reporter:own',
    'reporter:own-not-carrying',
    'strategist+reporter:submitter',
  ] as Who[])
    allow(who, 'read', REPORT_STATES, PERIOD_STATES);
  for (const who of ['committee', 'reporter:other'] as Who[])
    allow(who, 'read', ['submitted', 'approved'], PERIOD_STATES);
  // The department writes and submits its own drafts and returned reports while the period is
  // open — only if it carries the goal (a department head of another department does not).
  for (const who of ['reporter:own', 'strategist+reporter:submitter'] as Who[]) {
    allow(who, 'create', ['draft'], ['open']);
    for (const action of ['update', 'submit'] as Action[])
      allow(who, action, ['draft', 'returned'], ['open']);
    // … and takes back a submitted report before anyone has reviewed it ("Ta tillbaka").
    allow(who, 'withdraw', ['submitted'], ['open']);
  }
  // Strategists decide while the period is open; closed periods are read-only for everyone.
  // Four eyes: whoever submitted a report neither approves nor returns it.
  allow('strategist', 'approve', ['submitted'], ['open']);
  allow('strategist', 'return', ['submitted'], ['open']);
  allow('strategist', 'reopen', ['approved'], ['open']);
  allow('strategist+reporter:submitter', 'reopen', ['approved'], ['open']);
  const rows: TruthRow[] = [];
  for (const who of EVERYONE)
    for (const action of ACTIONS)
      for (const state of REPORT_STATES)
        for (const periodState of PERIOD_STATES)
          rows.push({
            who,
            action,
            resource: { kind: 'reports', state, periodState },
            allowed: allowed.has(`${who}|${action}|${state}|${periodState}`),
          });
  return rows;
}

function structureRows(): TruthRow[] {
  const rows: TruthRow[] = [];
  // Who writes each kind, by role (a person with several roles gets the union).
  // Periods are closed, departments and people made inactive, never deleted (their reports and
  // history would be left without them).
  const writers: [TruthResource['kind'], Role[], deletable: boolean][] = [
    ['focusAreas', ['strategist'], true],
    ['goals', ['strategist'], true],
    ['indicators', ['strategist'], true],
    ['activities', ['strategist'], true],
    ['measurements', ['strategist'], true],
    ['periods', ['strategist'], false],
    ['departments', ['admin'], false],
    ['members', ['admin'], false],
    ['audit', [], false],
    // Written by the Cloud Function (Admin SDK) only; every member reads them.
    ['summaries', [], false],
    ['goalOutlines', [], false],
    // The published follow-up: kept by the Cloud Function; everyone reads it (without an account
    // too: firestore-tests/run.mjs adds those rows).
    ['publications', [], false],
    ['snapshotParts', [], false],
  ];
  const holds = (who: Who, roles: readonly Role[]) => WHO[who].roles.some((r) => roles.includes(r));
  for (const [kind, canWrite, deletable] of writers) {
    for (const who of EVERYONE) {
      for (const action of ['read', ...CRUD, 'submit', 'approve'] as Action[]) {
        const read = kind === 'audit' ? holds(who, ['admin', 'strategist']) : true;
        const write = CRUD.includes(action) && (action !== 'delete' || deletable) && holds(who, canWrite);
        rows.push({
          who,
          action,
          resource: { kind } as TruthResource,
          allowed: action === 'read' ? read : write,
        });
      }
    }
  }
  // A strategist asks for a publishing (or taking down); a request is never changed or removed.
  for (const who of EVERYONE) {
    for (const action of ['read', ...CRUD] as Action[]) {
      const allowed = action === 'read' || (action === 'create' && holds(who, ['strategist']));
      rows.push({ who, action, resource: { kind: 'publishRequests' }, allowed });
    }
  }
  // Notices are the person's own: read and marked read (made by the Cloud Functions only); their
  // choices read, made and changed; nobody touches another person's, and nothing is deleted.
  for (const who of EVERYONE) {
    for (const own of [true, false]) {
      for (const action of ['read', ...CRUD] as Action[]) {
        rows.push({
          who,
          action,
          resource: { kind: 'notices', own },
          allowed: own && (action === 'read' || action === 'update'),
        });
        rows.push({
          who,
          action,
          resource: { kind: 'noticeSettings', own },
          allowed: own && action !== 'delete',
        });
      }
    }
  }
  for (const planStatus of ['draft', 'adopted', 'archived'] as PlanStatus[]) {
    for (const who of EVERYONE) {
      for (const action of ['read', ...CRUD] as Action[]) {
        // A plan is archived, never deleted.
        const allowed =
          action === 'read'
            ? planStatus !== 'draft' || holds(who, ['admin', 'strategist'])
            : action !== 'delete' && holds(who, ['strategist']);
        rows.push({ who, action, resource: { kind: 'plans', planStatus }, allowed });
      }
    }
  }
  return rows;
}

export const POLICY_TRUTH_TABLE: readonly TruthRow[] = [...reportRows(), ...structureRows()];
