import {
  createTestActivity,
  createTestDepartment,
  createTestFocusArea,
  createTestGoal,
  createTestIndicator,
  createTestMember,
  createTestPeriod,
  createTestPlan,
  createTestReport,
} from '../testing/builders';
import { GoalStatus, Report } from './model';
import { buildSnapshot, latestVersions, PublicSnapshot, SnapshotInput } from './public-snapshot';
import { snapshotFromParts, snapshotParts, snapshotsFromParts } from './snapshot-parts';

describe('buildSnapshot (what publishing a plan’s follow-up makes public)', () => {
  const plan = createTestPlan({ id: 'plan-1' });
  const period = createTestPeriod({ id: 'per-2', name: 'Delår 2026', endsOn: '2026-08-31' });
  const earlierPeriod = createTestPeriod({ id: 'per-1', endsOn: '2026-04-30' });
  const reporter = createTestMember({ id: 'm-anna', name: 'Anna Andersson', email: 'anna@kommun.se' });
  const lead = (overrides: Partial<Report>) =>
    createTestReport({
      id: `r-${overrides.state}-${overrides.departmentId ?? 'dep-1'}`,
      periodId: period.id,
      status: 'at-risk',
      progress: 40,
      analysis: 'Färre platser än planerat.',
      submittedAt: '2026-09-01T08:00:00.000Z',
      submittedBy: reporter.id,
      ...overrides,
    });
  const input = (reports: Report[], published: PublicSnapshot[] = []): SnapshotInput => ({
    orgId: 'org',
    plan,
    period,
    focusAreas: [createTestFocusArea({ id: 'fa-1', planId: plan.id })],
    goals: [
      createTestGoal({ id: 'goal-1', planId: plan.id }),
      createTestGoal({ id: 'other', planId: 'plan-2' }),
    ],
    indicators: [
      createTestIndicator({ id: 'ind-1', goalId: 'goal-1', unit: 'personer' }),
      createTestIndicator({ id: 'ind-x', goalId: 'other', planId: 'plan-2' }),
    ],
    activities: [createTestActivity({ id: 'act-1', goalId: 'goal-1', responsiblePerson: 'Bo Bengtsson' })],
    departments: [createTestDepartment({ id: 'dep-1', name: 'Arbetsmarknadsförvaltningen' })],
    reports,
    published,
    publishedAt: '2026-12-15T09:00:00.000Z',
  });

  const statusRows: { name: string; reports: Report[]; status: GoalStatus; progress: number | null }[] = [
    { name: 'no report', reports: [], status: 'not-reported', progress: null },
    { name: 'a draft', reports: [lead({ state: 'draft' })], status: 'not-reported', progress: null },
    {
      name: 'submitted, not yet approved',
      reports: [lead({ state: 'submitted' })],
      status: 'not-reported',
      progress: null,
    },
    { name: 'returned', reports: [lead({ state: 'returned' })], status: 'not-reported', progress: null },
    {
      name: 'an approved contribution (never the goal’s figures)',
      reports: [lead({ state: 'approved', reportsAs: 'contributor', departmentId: 'dep-2' })],
      status: 'not-reported',
      progress: null,
    },
    {
      name: 'the approved lead report',
      reports: [lead({ state: 'approved', decidedAt: '2026-09-10T10:00:00.000Z' })],
      status: 'at-risk',
      progress: 40,
    },
    {
      name: 'another period’s approved report',
      reports: [lead({ state: 'approved', periodId: 'per-1' })],
      status: 'not-reported',
      progress: null,
    },
  ];
  for (const row of statusRows) {
    it(`a goal's status from ${row.name}`, () => {
      const goal = buildSnapshot(input(row.reports)).goals[0];
      expect([goal.status, goal.progress]).toEqual([row.status, row.progress]);
      expect(goal.analysis).toBe(row.status === 'not-reported' ? '' : 'Färre platser än planerat.');
    });
  }

  it('holds the plan’s goals, indicators and activities only, with department names and no people', () => {
    const snapshot = buildSnapshot(
      input([
        lead({
          state: 'approved',
          decidedAt: '2026-09-10T10:00:00.000Z',
          decidedBy: 'm-strateg',
          returnComment: 'Intern kommentar',
        }),
      ]),
    );
    expect(snapshot.goals.map((g) => g.id)).toEqual(['goal-1']);
    expect(snapshot.indicators.map((i) => i.id)).toEqual(['ind-1']);
    expect(snapshot.goals[0].leadDepartment).toBe('Arbetsmarknadsförvaltningen');
    expect(snapshot.goals[0].approvedAt).toBe('2026-09-10T10:00:00.000Z');
    const text = JSON.stringify(snapshot);
    for (const secret of [
      'Anna',
      'anna@kommun.se',
      'm-anna',
      'm-strateg',
      'Bo Bengtsson',
      'Intern kommentar',
    ]) {
      expect(text).withContext(secret).not.toContain(secret);
    }
  });

  it('says whether the period was still open when it was published', () => {
    expect(buildSnapshot(input([])).period.stillOpen).toBe(period.state === 'open');
    const closedPeriod = { ...period, state: 'closed' as const };
    expect(buildSnapshot({ ...input([]), period: closedPeriod }).period.stillOpen).toBeFalse();
    expect(buildSnapshot({ ...input([]), period: { ...period, state: 'open' } }).period.stillOpen).toBeTrue();
  });

  it('stores small counts as fewer than 5, not only shows them so', () => {
    const report = lead({
      state: 'approved',
      indicatorValues: [{ indicatorId: 'ind-1', total: 30, women: 3, men: 27 }],
    });
    const figures = buildSnapshot(input([report])).indicators[0].figures;
    expect(figures).toEqual({ total: 30, women: 'fewer-than-5', men: 'withheld', gap: null });
  });

  it('hides all of a count in a correction of a period whose earlier version hid part of it', () => {
    const values = (women: number, men: number) =>
      lead({
        state: 'approved',
        indicatorValues: [{ indicatorId: 'ind-1', total: women + men, women, men }],
      });
    const v1 = buildSnapshot(input([values(3, 9)]));
    expect(v1.indicators[0].figures).toEqual({
      total: 12,
      women: 'fewer-than-5',
      men: 'withheld',
      gap: null,
    });
    // Men shown in v2 beside v1's total would give v1's women away.
    const v2 = buildSnapshot(input([values(6, 9)], [v1]));
    expect([v2.version, v2.indicators[0].figures]).toEqual([
      2,
      { total: 'withheld', women: 'withheld', men: 'withheld', gap: null },
    ]);
  });

  it('leaves malformed values and text out of the public snapshot instead of publishing or failing on them', () => {
    const junk = lead({
      state: 'approved',
      progress: 'lots' as unknown as number,
      analysis: 42 as unknown as string,
      indicatorValues: [
        null,
        { indicatorId: 'ind-1', total: 'lots', women: 10, men: 20 },
      ] as unknown as Report['indicatorValues'],
    });
    const snapshot = buildSnapshot(input([junk]));
    expect(snapshot.goals[0]).toEqual(
      jasmine.objectContaining({ status: 'at-risk', progress: null, analysis: '' }),
    );
    expect(snapshot.indicators[0].figures).toBeNull();
    expect(JSON.stringify(snapshot)).not.toContain('lots');
  });

  it('leaves out an indicator a strategist keeps out of the public follow-up, with its values', () => {
    const base = input([
      lead({ state: 'approved', indicatorValues: [{ indicatorId: 'ind-1', total: 30, women: 10, men: 20 }] }),
    ]);
    const hidden = { ...base, indicators: base.indicators.map((i) => ({ ...i, notPublic: true })) };
    expect(buildSnapshot(hidden).indicators).toEqual([]);
    expect(JSON.stringify(buildSnapshot(hidden))).not.toContain('ind-1');
  });

  it('an activity’s status from its approved report only', () => {
    const activityReport = (state: Report['state']) =>
      createTestReport({
        id: `a-${state}`,
        subjectType: 'activity',
        subjectId: 'act-1',
        reportsAs: 'responsible',
        periodId: period.id,
        status: 'completed',
        state,
      });
    expect(buildSnapshot(input([activityReport('submitted')])).activities[0].status).toBe('not-reported');
    expect(buildSnapshot(input([activityReport('approved')])).activities[0].status).toBe('completed');
  });

  it('numbers versions per plan and period, and takes the trend from the earlier periods’ latest versions', () => {
    const valued = (total: number) =>
      lead({
        state: 'approved',
        indicatorValues: [{ indicatorId: 'ind-1', total, women: 10, men: total - 10 }],
      });
    const first = buildSnapshot({ ...input([{ ...valued(20), periodId: 'per-1' }]), period: earlierPeriod });
    const again = buildSnapshot({
      ...input([{ ...valued(25), periodId: 'per-1' }], [first]),
      period: earlierPeriod,
    });
    expect([first.version, again.version]).toEqual([1, 2]);
    expect(again.id).toBe('plan-1__per-1__v2');

    const now = buildSnapshot(input([valued(40)], [first, again]));
    expect(now.version).toBe(1);
    expect(now.indicators[0].trend.map((t) => [t.periodId, t.figures.total])).toEqual([['per-1', 25]]);
    expect(latestVersions([first, again, now]).map((s) => s.id)).toEqual([
      'plan-1__per-1__v2',
      'plan-1__per-2__v1',
    ]);
  });
});

describe('snapshot parts (a snapshot in pieces under Firestore’s document limit)', () => {
  const snapshot = buildSnapshot({
    orgId: 'org',
    plan: createTestPlan({ id: 'plan-1', description: 'Mål 😀 för alla. '.repeat(40) }),
    period: createTestPeriod({ id: 'per-1' }),
    focusAreas: [],
    goals: [],
    indicators: [],
    activities: [],
    departments: [],
    reports: [],
    published: [],
    publishedAt: '2026-12-15T09:00:00.000Z',
  });

  for (const maxChars of [100, 101, 257, 1_000_000]) {
    it(`cuts and joins back to the same snapshot (${maxChars} characters a piece)`, () => {
      const parts = snapshotParts(snapshot, maxChars);
      expect(parts.every((p) => p.json.length <= maxChars)).toBeTrue();
      // No piece ends inside a surrogate pair (Firestore stores only whole characters).
      for (const p of parts)
        expect(/[\uD800-\uDBFF]$/.test(p.json))
          .withContext(p.id)
          .toBeFalse();
      expect(parts.map((p) => p.id)[0]).toBe('plan-1__per-1__v1__p0');
      expect(snapshotFromParts([...parts].reverse())).toEqual(snapshot);
    });
  }

  it('is nothing while a piece is missing', () => {
    const parts = snapshotParts(snapshot, 100);
    expect(snapshotFromParts(parts.slice(1))).toBeNull();
    expect(snapshotFromParts([])).toBeNull();
    expect(
      snapshotsFromParts([...parts.slice(1), ...snapshotParts({ ...snapshot, version: 2 }, 100)]).map(
        (s) => s.version,
      ),
    ).toEqual([2]);
  });
});
