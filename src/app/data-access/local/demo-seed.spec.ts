import { REPORT_STATES, REPORT_STATUSES } from '../../domain/model';
import { responsibleDepartments } from '../../domain/status';
import { noticesDue } from '../../domain/notices';
import { buildDemoSeed } from './demo-seed';

describe('demo seed', () => {
  const seed = buildDemoSeed(new Date(2026, 10, 22));

  it('is deterministic', () => {
    // Compared as a boolean: a failing toBe on two large strings makes an enormous message.
    const same = JSON.stringify(buildDemoSeed(new Date(2026, 10, 22))) === JSON.stringify(seed);
    expect(same).withContext('two seeds for the same day differ').toBeTrue();
  });

  it('has about ten departments, both plans and about forty goals', () => {
    expect(seed.departments.length).toBe(10);
    expect(seed.plans.map((p) => p.theme).sort()).toEqual(['gender-equality', 'integration']);
    expect(seed.goals.length).toBeGreaterThanOrEqual(35);
    expect(seed.indicators.some((i) => i.genderDisaggregated)).toBeTrue();
    expect(seed.activities.length).toBeGreaterThan(10);
  });

  it('has three years of periods, exactly one open', () => {
    expect(seed.periods.length).toBe(9);
    expect(seed.periods.filter((p) => p.state === 'open').map((p) => p.name)).toEqual(['Helår 2026']);
  });

  it('has reports in every workflow state and every traffic-light colour', () => {
    for (const state of REPORT_STATES)
      expect(seed.reports.some((r) => r.state === state))
        .withContext(state)
        .toBeTrue();
    for (const status of REPORT_STATUSES.filter((s) => s !== 'not-started')) {
      expect(seed.reports.some((r) => r.status === status))
        .withContext(status)
        .toBeTrue();
    }
  });

  it('has a reporter for every department and every role', () => {
    for (const d of seed.departments) {
      expect(seed.members.some((m) => m.roles.includes('reporter') && m.departmentIds.includes(d.id)))
        .withContext(d.name)
        .toBeTrue();
    }
    for (const role of ['admin', 'strategist', 'committee'] as const) {
      expect(seed.members.some((m) => m.roles.includes(role)))
        .withContext(role)
        .toBeTrue();
    }
  });

  it('files every report under a responsible department of its goal', () => {
    const goals = new Map(seed.goals.map((g) => [g.id, g]));
    expect(
      seed.reports.every((r) => responsibleDepartments(goals.get(r.goalId)!).includes(r.departmentId)),
    ).toBeTrue();
  });

  // Any day of the year: the demo's department heads have notices of decisions on their reports.
  for (const day of [
    new Date(2026, 0, 12, 9),
    new Date(2026, 4, 20, 9),
    new Date(2026, 7, 3, 9),
    new Date(2026, 10, 30, 9),
  ]) {
    it(`shows the department heads decisions on their reports (${day.toDateString()})`, () => {
      const demo = buildDemoSeed(day);
      const notices = noticesDue(
        { orgId: demo.organisation.id, settings: [], publications: [], ...demo },
        day,
      );
      const head = notices.filter(
        (n) => n.personId === 'm-uaf' && (n.kind === 'returned' || n.kind === 'approved'),
      );
      expect(head.length).toBeGreaterThanOrEqual(2);
      expect(head.every((n) => n.day <= day.toISOString().slice(0, 10))).toBeTrue();
    });
  }
});
