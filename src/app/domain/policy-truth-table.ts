import { PERIOD_STATES, PeriodState, PlanStatus, REPORT_STATES, ReportState, Role } from './model';
import { Action } from './policy';

/**
 * The authorization truth table: role × action × record (and its state) → allowed. One data set,
 * checked against the domain policy (policy.spec.ts, always) and against firestore.rules
 * (firestore-tests/, where the Firestore emulator can run). Written out from the rules of
 * DOMAIN.md, not computed from the policy it checks.
 */
export type Who = 'admin' | 'strategist' | 'committee' | 'reporter:own' | 'reporter:other';
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
        | 'summaries';
    };

export interface TruthRow {
  who: Who;
  action: Action;
  resource: TruthResource;
  allowed: boolean;
}

export const WHO: Record<Who, { role: Role; ownDepartment: boolean }> = {
  admin: { role: 'admin', ownDepartment: true },
  strategist: { role: 'strategist', ownDepartment: true },
  committee: { role: 'committee', ownDepartment: true },
  'reporter:own': { role: 'reporter', ownDepartment: true },
  'reporter:other': { role: 'reporter', ownDepartment: false },
};

const EVERYONE: Who[] = ['admin', 'strategist', 'committee', 'reporter:own', 'reporter:other'];
const ACTIONS: Action[] = ['read', 'create', 'update', 'delete', 'submit', 'approve', 'return', 'reopen'];
const CRUD: Action[] = ['create', 'update', 'delete'];

function reportRows(): TruthRow[] {
  const allowed = new Set<string>();
  const allow = (who: Who, action: Action, states: readonly string[], periods: readonly string[]) => {
    for (const s of states) for (const p of periods) allowed.add(`${who}|${action}|${s}|${p}`);
  };
  // Strategists, administrators and the department itself read every report; others only what
  // has been put forward (submitted or approved) — committee members never see drafts.
  for (const who of ['admin', 'strategist', 'reporter:own'] as Who[])
    allow(who, 'read', REPORT_STATES, PERIOD_STATES);
  for (const who of ['committee', 'reporter:other'] as Who[])
    allow(who, 'read', ['submitted', 'approved'], PERIOD_STATES);
  // The department writes and submits its own drafts and returned reports while the period is open.
  allow('reporter:own', 'create', ['draft'], ['open']);
  for (const action of ['update', 'submit'] as Action[])
    allow('reporter:own', action, ['draft', 'returned'], ['open']);
  // Strategists decide while the period is open; closed periods are read-only for everyone.
  allow('strategist', 'approve', ['submitted'], ['open']);
  allow('strategist', 'return', ['submitted'], ['open']);
  allow('strategist', 'reopen', ['approved'], ['open']);
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
  const writers: [TruthResource['kind'], Who[]][] = [
    ['focusAreas', ['strategist']],
    ['goals', ['strategist']],
    ['indicators', ['strategist']],
    ['activities', ['strategist']],
    ['measurements', ['strategist']],
    ['periods', ['strategist']],
    ['departments', ['admin']],
    ['members', ['admin']],
    ['audit', []],
    // Written by the Cloud Function (Admin SDK) only; every member reads them.
    ['summaries', []],
  ];
  for (const [kind, canWrite] of writers) {
    for (const who of EVERYONE) {
      for (const action of ['read', ...CRUD, 'submit', 'approve'] as Action[]) {
        const read = kind === 'audit' ? who === 'admin' || who === 'strategist' : true;
        rows.push({
          who,
          action,
          resource: { kind } as TruthResource,
          allowed: action === 'read' ? read : CRUD.includes(action) && canWrite.includes(who),
        });
      }
    }
  }
  for (const planStatus of ['draft', 'adopted', 'archived'] as PlanStatus[]) {
    for (const who of EVERYONE) {
      for (const action of ['read', ...CRUD] as Action[]) {
        const allowed =
          action === 'read'
            ? planStatus !== 'draft' || who === 'admin' || who === 'strategist'
            : who === 'strategist';
        rows.push({ who, action, resource: { kind: 'plans', planStatus }, allowed });
      }
    }
  }
  return rows;
}

export const POLICY_TRUTH_TABLE: readonly TruthRow[] = [...reportRows(), ...structureRows()];
