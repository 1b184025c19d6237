import { AuditEntry, Report } from '../../domain/model';
import { PublicSnapshot } from '../../domain/public-snapshot';
import { MAX_VERSIONS_PER_HOUR, Publication } from '../../domain/publication';
import {
  createTestGoal,
  createTestMember,
  createTestPeriod,
  createTestPlan,
  createTestReport,
} from '../../testing/builders';
import { carryOut, PUBLISHED_TOO_OFTEN, PublishDb, PublishRequest } from './publish-request';

/** An in-memory Firestore holding one organisation's plan, period, people and reports. */
function memoryDb(reports: Report[]) {
  const members = [
    createTestMember({ id: 'm-strat', roles: ['strategist'] }),
    createTestMember({ id: 'm-head', roles: ['reporter'], departmentIds: ['dep-1'] }),
    createTestMember({ id: 'm-gone', roles: ['strategist'], active: false }),
  ];
  const snapshots = new Map<string, PublicSnapshot>();
  const publications = new Map<string, Publication>();
  const audit: AuditEntry[] = [];
  const answers: PublishRequest[] = [];
  const asked: string[] = [];
  const db: PublishDb = {
    transaction: (work) =>
      work({
        // The request as stored: answered once it has an answer.
        request: async (id) => answers.filter((a) => a.id === id).at(-1) ?? null,
        member: async (_o, id) => members.find((m) => m.id === id) ?? null,
        plan: async (_o, id) =>
          [createTestPlan({ id: 'plan-1' }), createTestPlan({ id: 'draft', status: 'draft' })].find(
            (p) => p.id === id,
          ) ?? null,
        period: async (_o, id) => (id === 'per-1' ? createTestPeriod({ id }) : null),
        planRecords: async () => ({
          focusAreas: [],
          goals: [createTestGoal({ id: 'goal-1', planId: 'plan-1' })],
          indicators: [],
          activities: [],
        }),
        departments: async () => [],
        approvedReports: async (_o, planId, periodId) => {
          asked.push(`${planId}/${periodId}`);
          return reports.filter((r) => r.state === 'approved');
        },
        snapshots: async () => [...snapshots.values()],
        publication: async (_o, id) => publications.get(id) ?? null,
        setSnapshot: (s) => snapshots.set(s.id, s),
        setPublication: (p) => publications.set(p.id, p),
        addAudit: (e) => audit.push(e),
        answer: (r) => answers.push(r),
      }),
  };
  return { db, snapshots, publications, audit, answers, asked };
}

describe('carryOut (the Cloud Function behind publishing)', () => {
  const request = (overrides: Partial<PublishRequest> = {}): PublishRequest => ({
    id: 'req-1',
    orgId: 'org',
    action: 'publish',
    planId: 'plan-1',
    periodId: 'per-1',
    requestedBy: 'm-strat',
    state: 'waiting',
    ...overrides,
  });
  const at = new Date('2026-12-15T09:00:00Z');
  const approved = createTestReport({ id: 'r1', periodId: 'per-1', state: 'approved', status: 'off-track' });

  it('publishes the approved reports as a snapshot, with its publication and audit entry, and answers done', async () => {
    const { db, snapshots, publications, audit, answers, asked } = memoryDb([approved]);
    const answer = await carryOut(db, request(), at);
    expect(answer).toEqual(jasmine.objectContaining({ state: 'done', snapshotId: 'plan-1__per-1__v1' }));
    expect(asked).toEqual(['plan-1/per-1']);
    expect(snapshots.get('plan-1__per-1__v1')!.goals[0].status).toBe('off-track');
    expect(publications.get('plan-1__per-1')!.latestVersion).toBe(1);
    expect(audit.map((e) => [e.action, e.entity, e.byName])).toEqual([
      ['publish', 'publications', 'Testa Testsson'],
    ]);
    expect(answers.length).toBe(1);
    expect((await carryOut(db, request({ id: 'req-2' }), at)).snapshotId).toBe('plan-1__per-1__v2');
  });

  const refusals: { name: string; request: Partial<PublishRequest>; problem: string }[] = [
    { name: 'a department head', request: { requestedBy: 'm-head' }, problem: 'not a strategist' },
    {
      name: 'a strategist no longer active',
      request: { requestedBy: 'm-gone' },
      problem: 'not a strategist',
    },
    { name: 'someone unknown', request: { requestedBy: 'm-x' }, problem: 'not a strategist' },
    { name: 'a draft plan', request: { planId: 'draft' }, problem: 'no such adopted plan' },
    { name: 'an unknown period', request: { periodId: 'per-x' }, problem: 'no such period' },
    {
      name: 'taking down what was never published',
      request: { action: 'unpublish' },
      problem: 'not published',
    },
  ];
  for (const row of refusals) {
    it(`refuses ${row.name}, writing nothing but the answer`, async () => {
      const { db, snapshots, publications, audit, answers } = memoryDb([approved]);
      const answer = await carryOut(db, request(row.request), at);
      expect([answer.state, answer.problem]).toEqual(['refused', row.problem]);
      expect([snapshots.size, publications.size, audit.length, answers.length]).toEqual([0, 0, 0, 1]);
    });
  }

  it('refuses one version more than the hour allows, and publishes again once the hour has passed', async () => {
    const { db, snapshots } = memoryDb([approved]);
    const minute = (n: number) => new Date(at.getTime() + n * 60_000);
    for (let i = 0; i < MAX_VERSIONS_PER_HOUR; i++)
      expect((await carryOut(db, request({ id: `req-${i}` }), minute(i))).state).toBe('done');
    const refused = await carryOut(db, request({ id: 'req-more' }), minute(MAX_VERSIONS_PER_HOUR));
    expect([refused.state, refused.problem]).toEqual(['refused', PUBLISHED_TOO_OFTEN]);
    expect(snapshots.size).toBe(MAX_VERSIONS_PER_HOUR);
    expect((await carryOut(db, request({ id: 'req-later' }), minute(61))).state).toBe('done');
  });

  it('carries a request out once, however often its trigger is delivered', async () => {
    const { db, snapshots, audit } = memoryDb([
      createTestReport({ planId: 'plan-1', periodId: 'per-1', state: 'approved' }),
    ]);
    const first = await carryOut(db, request(), new Date('2026-12-15T09:00:00Z'));
    const again = await carryOut(db, request(), new Date('2026-12-15T09:00:05Z'));
    expect(first.state).toBe('done');
    expect(again).toEqual(first);
    expect(snapshots.size).toBe(1);
    expect(audit.length).toBe(1);
  });

  it('takes a publication down, audited, and keeps its versions', async () => {
    const { db, publications, audit } = memoryDb([approved]);
    await carryOut(db, request(), at);
    const answer = await carryOut(
      db,
      request({ id: 'req-2', action: 'unpublish' }),
      new Date('2026-12-16T09:00:00Z'),
    );
    expect(answer.state).toBe('done');
    expect(publications.get('plan-1__per-1')!.withdrawnAt).toBe('2026-12-16T09:00:00.000Z');
    expect(publications.get('plan-1__per-1')!.versions.length).toBe(1);
    expect(audit.map((e) => e.action)).toEqual(['publish', 'unpublish']);
  });
});
