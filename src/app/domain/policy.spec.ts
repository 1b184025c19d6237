import { createTestMember } from '../testing/builders';
import { PERIOD_STATES, REPORT_STATES, Role } from './model';
import { Action, can, canExportData, canReview, Resource } from './policy';
import { ACTIONS, POLICY_TRUTH_TABLE, TruthRow, WHO } from './policy-truth-table';

const member = (role: Role, overrides = {}) =>
  createTestMember({ roles: [role], departmentIds: ['own'], ...overrides });
const ME = 'm-me';

describe('policy: the truth table (shared with the firestore.rules tests)', () => {
  const resourceOf = (row: TruthRow): Resource => {
    const r = row.resource;
    if (r.kind === 'reports') {
      const who = WHO[row.who];
      const departmentId = who.ownDepartment ? 'own' : 'other';
      return {
        kind: 'reports',
        report: { departmentId, state: r.state, submittedBy: who.submitter ? ME : 'm-someone-else' },
        period: { state: r.periodState },
        carriers: who.carries ? ['lead-dep', departmentId] : ['lead-dep'],
      };
    }
    if (r.kind === 'plans') return { kind: 'plans', plan: { status: r.planStatus } };
    if (r.kind === 'notices' || r.kind === 'noticeSettings') return { kind: r.kind, own: r.own };
    return { kind: r.kind } as Resource;
  };
  const describeRow = (row: TruthRow) =>
    `${row.who} ${row.allowed ? 'may' : 'may not'} ${row.action} ${row.resource.kind} ${JSON.stringify(row.resource)}`;
  for (const row of POLICY_TRUTH_TABLE) {
    it(describeRow(row), () => {
      const who = WHO[row.who];
      const person = createTestMember({ id: ME, roles: who.roles, departmentIds: ['own'] });
      expect(can(person, row.action, resourceOf(row))).toBe(row.allowed);
    });
  }

  it('covers every role, action and report state', () => {
    const reports = POLICY_TRUTH_TABLE.filter((r) => r.resource.kind === 'reports');
    expect(reports.length).toBe(
      Object.keys(WHO).length * ACTIONS.length * REPORT_STATES.length * PERIOD_STATES.length,
    );
  });
});

describe('policy: people with several roles', () => {
  it('a person with several roles gets the union (reporter in two departments + committee)', () => {
    const person = createTestMember({ roles: ['reporter', 'committee'], departmentIds: ['a', 'b'] });
    const report = (departmentId: string, state: 'draft' | 'submitted') => ({
      kind: 'reports' as const,
      report: { departmentId, state },
      period: { state: 'open' as const },
      carriers: ['a', 'b', 'c'],
    });
    expect(can(person, 'update', report('b', 'draft'))).toBeTrue();
    expect(can(person, 'read', report('c', 'draft'))).toBeFalse();
    expect(can(person, 'read', report('c', 'submitted'))).toBeTrue();
  });
});

describe('policy: nobody, inactive members and members without roles', () => {
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
          carriers: ['own'],
        }),
      ).toBeFalse();
    }
  });
});

describe('policy: working through the review queue', () => {
  const cases: [string, Parameters<typeof canReview>[0], boolean][] = [
    ['a strategist', { id: 'a', roles: ['strategist'], departmentIds: [], active: true }, true],
    [
      'a strategist who is also a department head',
      { id: 'b', roles: ['strategist', 'reporter'], departmentIds: ['uaf'], active: true },
      true,
    ],
    ['an inactive strategist', { id: 'c', roles: ['strategist'], departmentIds: [], active: false }, false],
    [
      'an administrator (approves nothing)',
      { id: 'd', roles: ['admin'], departmentIds: [], active: true },
      false,
    ],
    ['a department head', { id: 'e', roles: ['reporter'], departmentIds: ['uaf'], active: true }, false],
    ['a committee member', { id: 'f', roles: ['committee'], departmentIds: [], active: true }, false],
    ['nobody', null, false],
  ];
  for (const [who, member, allowed] of cases) {
    it(`${who}: ${allowed ? 'does' : 'does not'}`, () => expect(canReview(member)).toBe(allowed));
  }

  it('is exactly who may approve a submitted report in an open period', () => {
    const resource: Resource = {
      kind: 'reports',
      report: { departmentId: 'own', state: 'submitted', submittedBy: 'm-someone-else' },
      period: { state: 'open' },
      carriers: ['own'],
    };
    for (const [, member] of cases) expect(canReview(member)).toBe(can(member, 'approve', resource));
  });
});

describe("policy: reading a record's history (the audit log)", () => {
  const ownReport: Resource = { kind: 'audit', reportOf: { departmentId: 'own' } };
  const otherReport: Resource = { kind: 'audit', reportOf: { departmentId: 'other' } };
  const cases: [string, Role, Resource, boolean][] = [
    ['a strategist, any record', 'strategist', { kind: 'audit' }, true],
    ['an administrator, any record', 'admin', { kind: 'audit' }, true],
    ["a department head, their department's report", 'reporter', ownReport, true],
    ["a department head, another department's report", 'reporter', otherReport, false],
    ['a department head, a goal', 'reporter', { kind: 'audit' }, false],
    ['a committee member, a report they may read', 'committee', ownReport, false],
  ];
  for (const [who, role, resource, allowed] of cases) {
    it(`${who}: ${allowed ? 'may' : 'may not'}`, () =>
      expect(can(member(role), 'read', resource)).toBe(allowed));
  }
});

describe('policy: exporting all data', () => {
  const cases: [string, Parameters<typeof canExportData>[0], boolean][] = [
    ['an administrator', { id: 'a', roles: ['admin'], departmentIds: [], active: true }, true],
    [
      'an administrator who is also a strategist',
      { id: 'b', roles: ['strategist', 'admin'], departmentIds: [], active: true },
      true,
    ],
    ['an inactive administrator', { id: 'c', roles: ['admin'], departmentIds: [], active: false }, false],
    ['a strategist', { id: 'd', roles: ['strategist'], departmentIds: [], active: true }, false],
    ['a department head', { id: 'e', roles: ['reporter'], departmentIds: ['uaf'], active: true }, false],
    ['a committee member', { id: 'f', roles: ['committee'], departmentIds: [], active: true }, false],
    ['nobody', null, false],
  ];
  for (const [who, member, allowed] of cases) {
    it(`${who}: ${allowed ? 'may' : 'may not'}`, () => expect(canExportData(member)).toBe(allowed));
  }
});

describe('policy: four eyes and departments that carry the goal', () => {
  const open = { state: 'open' as const };
  const both = createTestMember({ id: 'm-both', roles: ['strategist', 'reporter'], departmentIds: ['uaf'] });
  const cases: [string, Action, Resource, boolean][] = [
    [
      'a strategist-reporter may not approve the report they submitted',
      'approve',
      {
        kind: 'reports',
        report: { departmentId: 'uaf', state: 'submitted', submittedBy: 'm-both' },
        period: open,
        carriers: ['uaf'],
      },
      false,
    ],
    [
      'nor return it',
      'return',
      {
        kind: 'reports',
        report: { departmentId: 'uaf', state: 'submitted', submittedBy: 'm-both' },
        period: open,
        carriers: ['uaf'],
      },
      false,
    ],
    [
      'but may approve one a colleague submitted',
      'approve',
      {
        kind: 'reports',
        report: { departmentId: 'uaf', state: 'submitted', submittedBy: 'm-other' },
        period: open,
        carriers: ['uaf'],
      },
      true,
    ],
    [
      'may start a contribution to a goal the department contributes to',
      'create',
      {
        kind: 'reports',
        report: { departmentId: 'uaf', state: 'draft' },
        period: open,
        carriers: ['sof', 'uaf'],
      },
      true,
    ],
    [
      'may not start a report on a goal the department does not carry',
      'create',
      { kind: 'reports', report: { departmentId: 'uaf', state: 'draft' }, period: open, carriers: ['sof'] },
      false,
    ],
    [
      'may not submit a report on a goal the department no longer carries',
      'submit',
      { kind: 'reports', report: { departmentId: 'uaf', state: 'draft' }, period: open, carriers: ['sof'] },
      false,
    ],
  ];
  for (const [name, action, resource, allowed] of cases) {
    it(name, () => expect(can(both, action, resource)).toBe(allowed));
  }
});
