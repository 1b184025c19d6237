import Dexie from 'dexie';
import { createTestActivity, createTestGoal, createTestReport } from '../../testing/builders';
import { KompassDb } from './kompass-db';

describe('KompassDb upgrade to version 4 (a browser that has the demo from before shared-goal reports)', () => {
  const name = `kompass-upgrade-${Date.now()}`;
  afterEach(() => Dexie.delete(name));

  it('gives each stored report its part and each goal "contributors report values: no"', async () => {
    // The database as version 2 left it: no reportsAs, no contributorsReportValues.
    const old = new Dexie(name);
    old.version(1).stores({
      organisations: 'id',
      departments: 'id, orgId',
      members: 'id, orgId, email',
      plans: 'id, orgId',
      focusAreas: 'id, orgId, planId',
      goals: 'id, orgId, planId, focusAreaId, leadDepartmentId',
      indicators: 'id, orgId, planId, goalId',
      activities: 'id, orgId, planId, goalId, responsibleDepartmentId',
      periods: 'id, orgId',
      reports: 'id, orgId, planId, goalId, periodId, departmentId, [periodId+departmentId]',
      audit: 'id, orgId, entityId, at',
      meta: 'key',
    });
    old.version(2).stores({ measurements: 'id, orgId, planId, indicatorId' });
    const strip = <T extends object>(record: T, field: string): T => {
      const copy = { ...record } as Record<string, unknown>;
      delete copy[field];
      return copy as T;
    };
    const goal = createTestGoal({ id: 'g', leadDepartmentId: 'uaf', contributingDepartmentIds: ['sof'] });
    await old.table('goals').put(strip(goal, 'contributorsReportValues'));
    await old
      .table('activities')
      .put(createTestActivity({ id: 'a', goalId: 'g', responsibleDepartmentId: 'sof' }));
    const stored = (id: string, departmentId: string, subjectType: 'goal' | 'activity' = 'goal') =>
      strip(
        createTestReport({
          id,
          goalId: 'g',
          subjectId: subjectType === 'goal' ? 'g' : 'a',
          subjectType,
          departmentId,
        }),
        'reportsAs',
      );
    await old
      .table('reports')
      .bulkPut([
        stored('lead', 'uaf'),
        stored('contribution', 'sof'),
        stored('gone', 'kk'),
        stored('act', 'sof', 'activity'),
      ]);
    old.close();

    const db = new KompassDb(name);
    const reports = await db.reports.toArray();
    expect(Object.fromEntries(reports.map((r) => [r.id, r.reportsAs]))).toEqual({
      lead: 'lead',
      contribution: 'contributor',
      gone: 'contributor',
      act: 'responsible',
    });
    expect((await db.goals.get('g'))?.contributorsReportValues).toBeFalse();
    db.close();
  });
});
