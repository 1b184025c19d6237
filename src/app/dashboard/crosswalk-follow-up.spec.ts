import {
  createTestActivity,
  createTestGoal,
  createTestIndicator,
  createTestPeriod,
  createTestPlan,
  createTestReport,
} from '../testing/builders';
import { Report } from '../domain/model';
import { buildCrosswalkFollowUp, CrosswalkInput, widenedGaps } from './crosswalk-follow-up';
import { summariesOf } from '../domain/plan-summary';

describe('crosswalk follow-up: per CEMR article and Agenda 2030 goal and target', () => {
  const before = createTestPeriod({
    id: 'p1',
    startsOn: '2026-01-01',
    endsOn: '2026-04-30',
    state: 'closed',
  });
  const period = createTestPeriod({ id: 'p2', startsOn: '2026-01-01', endsOn: '2026-08-31', state: 'open' });
  const plan = createTestPlan({ id: 'plan-1', tags: ['cemr:1', 'sdg:5'] });
  const pay = createTestGoal({ id: 'g-pay', title: 'Löner', tags: ['cemr:11', 'sdg:8.5'] });
  const violence = createTestGoal({ id: 'g-vio', title: 'Våld', tags: ['cemr:22', 'sdg:5.2'] });
  const untagged = createTestGoal({ id: 'g-none', title: 'Annat', tags: [] });
  const course = createTestActivity({ id: 'a-1', goalId: 'g-vio', tags: ['cemr:22'] });
  const fullTime = createTestIndicator({
    id: 'i-1',
    goalId: 'g-pay',
    genderDisaggregated: true,
    gapTarget: { maxGap: 2, year: 2027 },
  });
  const count = createTestIndicator({ id: 'i-2', goalId: 'g-pay', genderDisaggregated: false });
  const lead = (periodId: string, status: Report['status'], women: number, men: number, analysis = '') =>
    createTestReport({
      id: `r-${periodId}`,
      periodId,
      goalId: 'g-pay',
      subjectId: 'g-pay',
      state: 'approved',
      status,
      indicatorValues: [
        { indicatorId: 'i-1', total: (women + men) / 2, women, men, equalityAnalysis: analysis || null },
        { indicatorId: 'i-2', total: 3, women: null, men: null },
      ],
    });
  const activityReport = createTestReport({
    id: 'r-act',
    periodId: 'p2',
    goalId: 'g-vio',
    subjectType: 'activity',
    subjectId: 'a-1',
    reportsAs: 'responsible',
    state: 'submitted',
    status: 'completed',
  });
  const input: CrosswalkInput = {
    plans: [plan],
    goals: [pay, violence, untagged],
    activities: [course],
    indicators: [fullTime, count],
    reports: [
      lead('p1', 'at-risk', 60, 57),
      lead('p2', 'on-track', 62, 56, 'Deltid i vården.'),
      activityReport,
    ],
    period,
    previous: before,
  };

  it('lists, per article, what is tagged with it, in the charter’s order', () => {
    const { sections } = buildCrosswalkFollowUp('cemr', input);
    expect(sections.map((s) => s.tag)).toEqual(['cemr:1', 'cemr:11', 'cemr:22']);
    expect(sections[0].plans.map((p) => p.id)).toEqual(['plan-1']);
    expect(sections[1].goals.map((g) => g.goal.id)).toEqual(['g-pay']);
    expect(sections[2].goals.map((g) => g.goal.id)).toEqual(['g-vio']);
    expect(sections[2].activities.map((a) => a.activity.id)).toEqual(['a-1']);
  });

  it('names the articles nothing is tagged with', () => {
    const { untouched } = buildCrosswalkFollowUp('cemr', input);
    expect(untouched.length).toBe(27);
    expect(untouched).not.toContain('cemr:11');
    expect(untouched).toContain('cemr:2');
  });

  it('a goal’s status now and the period before, and its gender-split indicators', () => {
    const row = buildCrosswalkFollowUp('cemr', input).sections[1].goals[0];
    expect(row.status).toBe('on-track');
    expect(row.previousStatus).toBe('at-risk');
    expect(row.gaps.length).toBe(1);
    const gap = row.gaps[0];
    expect([gap.women, gap.men, gap.gap, gap.previousGap]).toEqual([62, 56, 6, 3]);
    expect(gap.trend).toBe('widening');
    expect(gap.verdict).toBe('not-met');
    expect(gap.analysis).toBe('Deltid i vården.');
  });

  const statuses: [string, Partial<CrosswalkInput>, string, string | null][] = [
    ['an activity reported', {}, 'completed', 'not-reported'],
    ['no period before', { previous: null }, 'completed', null],
    [
      'a draft does not count',
      { reports: [{ ...activityReport, state: 'draft' }] },
      'not-reported',
      'not-reported',
    ],
  ];
  for (const [name, change, status, previousStatus] of statuses) {
    it(`activity status: ${name}`, () => {
      const row = buildCrosswalkFollowUp('cemr', { ...input, ...change }).sections[2].activities[0];
      expect<string | null>([row.status, row.previousStatus] as never).toEqual([
        status,
        previousStatus,
      ] as never);
    });
  }

  it('Agenda 2030: per goal, then its targets', () => {
    const { sections, untouched } = buildCrosswalkFollowUp('sdg', input);
    expect(sections.map((s) => s.tag)).toEqual(['sdg:5', 'sdg:8']);
    const [five, eight] = sections;
    expect(five.plans.map((p) => p.id)).toEqual(['plan-1']);
    expect(five.goals).toEqual([]);
    expect(five.targets.map((t) => [t.tag, t.goals.map((g) => g.goal.id)])).toEqual([['sdg:5.2', ['g-vio']]]);
    expect(eight.targets.map((t) => t.tag)).toEqual(['sdg:8.5']);
    expect(untouched.length).toBe(15);
  });

  it('only plans in view count (a goal of another plan is left out)', () => {
    const { sections } = buildCrosswalkFollowUp('cemr', { ...input, plans: [] });
    expect(sections).toEqual([]);
  });

  const widened: [string, [number, number], [number, number], boolean][] = [
    ['wider', [60, 57], [62, 56], true],
    ['wider the other way', [60, 57], [55, 60], true],
    ['narrower', [62, 56], [60, 57], false],
    ['the same', [60, 57], [61, 58], false],
  ];
  for (const [name, was, now, listed] of widened) {
    it(`widenedGaps (from the plans' summaries): ${name}`, () => {
      const reports = [lead('p1', 'on-track', ...was), lead('p2', 'on-track', ...now, 'Deltid.')];
      const found = widenedGaps([pay], summariesOf('org', reports, '2026-09-01T00:00:00Z'), 'p2', 'p1');
      expect(found.map((w) => [w.indicatorId, w.analysis])).toEqual(listed ? [['i-1', 'Deltid.']] : []);
    });
  }

  it('widenedGaps: nothing without a period before, nor for an indicator not split by gender', () => {
    const summaries = summariesOf('org', input.reports, '2026-09-01T00:00:00Z');
    expect(widenedGaps([pay], summaries, 'p2', null)).toEqual([]);
    expect(widenedGaps([pay], summaries, 'p2', 'p1').map((w) => w.indicatorId)).toEqual(['i-1']);
  });
});
