import { createTestMember } from '../testing/builders';
import { PERIOD_STATES, REPORT_STATES, Role } from './model';
import { Action, can, Resource } from './policy';

const ACTIONS: Action[] = ['read', 'create', 'update', 'delete', 'submit', 'approve', 'return', 'reopen'];
const member = (role: Role, overrides = {}) =>
  createTestMember({ roles: [role], departmentIds: ['own'], ...overrides });

describe('policy: reports, every role × action × report state × period state', () => {
  // The complete list of what is allowed; everything else must be refused.
  // role/department: "reporter:own" writes for its own department, "reporter:other" looks at another's.
  const ALLOWED = new Set<string>();
  const allow = (who: string, action: Action, states: string[], periods: string[]) => {
    for (const s of states) for (const p of periods) ALLOWED.add(`${who}|${action}|${s}|${p}`);
  };
  const ALL_STATES = [...REPORT_STATES];
  const ALL_PERIODS = [...PERIOD_STATES];
  for (const who of ['admin', 'strategist', 'reporter:own']) allow(who, 'read', ALL_STATES, ALL_PERIODS);
  for (const who of ['committee', 'reporter:other'])
    allow(who, 'read', ['submitted', 'approved'], ALL_PERIODS);
  for (const action of ['create', 'update', 'submit'] as Action[]) {
    allow('reporter:own', action, ['draft', 'returned'], ['open']);
  }
  allow('strategist', 'approve', ['submitted'], ['open']);
  allow('strategist', 'return', ['submitted'], ['open']);
  allow('strategist', 'reopen', ['approved'], ['open']);

  const WHO: [string, Role, string][] = [
    ['admin', 'admin', 'own'],
    ['strategist', 'strategist', 'own'],
    ['committee', 'committee', 'own'],
    ['reporter:own', 'reporter', 'own'],
    ['reporter:other', 'reporter', 'other'],
  ];
  for (const [who, role, departmentId] of WHO) {
    for (const action of ACTIONS) {
      for (const state of REPORT_STATES) {
        for (const periodState of PERIOD_STATES) {
          const expected = ALLOWED.has(`${who}|${action}|${state}|${periodState}`);
          it(`${who} ${expected ? 'may' : 'may not'} ${action} a ${state} report in a ${periodState} period`, () => {
            const resource: Resource = {
              kind: 'reports',
              report: { departmentId, state },
              period: { state: periodState },
            };
            expect(can(member(role), action, resource)).toBe(expected);
          });
        }
      }
    }
  }

  it('a person with several roles gets the union (reporter in two departments + committee)', () => {
    const person = createTestMember({ roles: ['reporter', 'committee'], departmentIds: ['a', 'b'] });
    const report = (departmentId: string, state: 'draft' | 'submitted') => ({
      kind: 'reports' as const,
      report: { departmentId, state },
      period: { state: 'open' as const },
    });
    expect(can(person, 'update', report('b', 'draft'))).toBeTrue();
    expect(can(person, 'read', report('c', 'draft'))).toBeFalse();
    expect(can(person, 'read', report('c', 'submitted'))).toBeTrue();
  });
});

describe('policy: structure, people and audit', () => {
  const ROLES_: Role[] = ['admin', 'strategist', 'reporter', 'committee'];
  // kind → roles that may create/update/delete it (everyone active may read, except draft plans).
  const WRITERS: [Resource, Role[]][] = [
    [{ kind: 'plans' }, ['strategist']],
    [{ kind: 'focusAreas' }, ['strategist']],
    [{ kind: 'goals' }, ['strategist']],
    [{ kind: 'indicators' }, ['strategist']],
    [{ kind: 'activities' }, ['strategist']],
    [{ kind: 'periods' }, ['strategist']],
    [{ kind: 'departments' }, ['admin']],
    [{ kind: 'members' }, ['admin']],
    [{ kind: 'audit' }, []],
  ];
  for (const [resource, writers] of WRITERS) {
    for (const role of ROLES_) {
      for (const action of ['create', 'update', 'delete', 'submit', 'approve'] as Action[]) {
        const expected = writers.includes(role) && ['create', 'update', 'delete'].includes(action);
        it(`${role} ${expected ? 'may' : 'may not'} ${action} ${resource.kind}`, () => {
          expect(can(member(role), action, resource)).toBe(expected);
        });
      }
    }
  }

  const READERS: [string, Resource, Role[]][] = [
    ['an adopted plan', { kind: 'plans', plan: { status: 'adopted' } }, ROLES_],
    ['an archived plan', { kind: 'plans', plan: { status: 'archived' } }, ROLES_],
    ['a draft plan', { kind: 'plans', plan: { status: 'draft' } }, ['admin', 'strategist']],
    ['goals', { kind: 'goals' }, ROLES_],
    ['members', { kind: 'members' }, ROLES_],
    ['the audit log', { kind: 'audit' }, ['admin', 'strategist']],
  ];
  for (const [name, resource, readers] of READERS) {
    for (const role of ROLES_) {
      const expected = readers.includes(role);
      it(`${role} ${expected ? 'may' : 'may not'} read ${name}`, () => {
        expect(can(member(role), 'read', resource)).toBe(expected);
      });
    }
  }

  it('refuses everything to nobody, to an inactive member and to a member without roles', () => {
    for (const who of [
      null,
      undefined,
      member('admin', { active: false }),
      createTestMember({ roles: [] }),
    ]) {
      expect(can(who, 'create', { kind: 'plans' })).toBeFalse();
      expect(
        can(who, 'read', {
          kind: 'reports',
          report: { departmentId: 'own', state: 'approved' },
          period: { state: 'open' },
        }),
      ).toBeFalse();
    }
  });
});
