import { Report } from '../../domain/model';
import { PlanSummary } from '../../domain/plan-summary';
import { createTestReport } from '../../testing/builders';
import { refreshSummaries, SummaryDb } from './summary-refresh';

/** An in-memory Firestore for the refresh: reports and summaries of one organisation. */
function memoryDb(reports: Report[]) {
  const summaries = new Map<string, PlanSummary>();
  let transactions = 0;
  const db: SummaryDb = {
    async transaction(work) {
      transactions++;
      const writes: PlanSummary[] = [];
      const result = await work({
        summary: async (_orgId, id) => summaries.get(id) ?? null,
        reports: async (_orgId, planId, periodId) =>
          reports.filter((r) => r.planId === planId && r.periodId === periodId),
        setSummary: (summary) => writes.push(summary),
      });
      for (const w of writes) summaries.set(w.id, w);
      return result;
    },
  };
  return { db, summaries, transactions: () => transactions };
}

describe('refreshSummaries (the Cloud Function behind the dashboards)', () => {
  const report = (overrides: Partial<Report>) =>
    createTestReport({
      planId: 'int',
      periodId: 'p',
      goalId: 'g1',
      state: 'submitted',
      status: 'at-risk',
      ...overrides,
    });
  const t = (iso: string) => new Date(iso);

  it("recomputes the report's plan and period from all its reports", async () => {
    const reports = [
      report({ id: 'a' }),
      report({ id: 'b', goalId: 'g2', status: 'completed' }),
      report({ id: 'c', planId: 'eq' }),
    ];
    const { db, summaries } = memoryDb(reports);
    const outcome = await refreshSummaries(db, 'org', null, reports[0], t('2026-11-23T10:00:00Z'), () =>
      t('2026-11-23T10:00:01Z'),
    );
    expect(outcome).toEqual(['refreshed']);
    expect([...summaries.keys()]).toEqual(['int__p']);
    const summary = summaries.get('int__p')!;
    expect(Object.keys(summary.goals)).toEqual(['g1', 'g2']);
    expect(summary.computedAt).toBe('2026-11-23T10:00:01.000Z');
  });

  it('drops a report from the figures when it is returned to a draft state', async () => {
    const submitted = report({ id: 'a' });
    const reports = [submitted];
    const { db, summaries } = memoryDb(reports);
    await refreshSummaries(db, 'org', null, submitted, t('2026-11-23T10:00:00Z'), () =>
      t('2026-11-23T10:00:01Z'),
    );
    reports[0] = { ...submitted, state: 'returned' };
    await refreshSummaries(db, 'org', submitted, reports[0], t('2026-11-23T10:05:00Z'), () =>
      t('2026-11-23T10:05:01Z'),
    );
    expect(summaries.get('int__p')!.goals).toEqual({});
  });

  it('refreshes both periods when a report moves, and the old one when a report goes', async () => {
    const before = report({ id: 'a' });
    const after = report({ id: 'a', periodId: 'p2' });
    const { db, summaries } = memoryDb([after]);
    expect(await refreshSummaries(db, 'org', before, after, t('2026-11-23T10:00:00Z'))).toEqual([
      'refreshed',
      'refreshed',
    ]);
    expect(Object.keys(summaries.get('int__p')!.goals)).toEqual([]);
    expect(Object.keys(summaries.get('int__p2')!.goals)).toEqual(['g1']);
  });

  it('skips a summary computed after the change was committed (an import, a late or repeated trigger)', async () => {
    const reports = [report({ id: 'a' }), report({ id: 'b', goalId: 'g2' })];
    const { db, summaries } = memoryDb(reports);
    await refreshSummaries(db, 'org', null, reports[1], t('2026-11-23T10:00:00Z'), () =>
      t('2026-11-23T10:00:10Z'),
    );
    const first = summaries.get('int__p');
    // The trigger for the first report arrives later; the summary already holds it.
    expect(await refreshSummaries(db, 'org', null, reports[0], t('2026-11-23T09:59:59Z'))).toEqual([
      'already-current',
    ]);
    expect(summaries.get('int__p')).toBe(first);
  });

  it('recomputes when the summary is older than the change or within the clock margin', async () => {
    const reports = [report({ id: 'a' })];
    const { db } = memoryDb(reports);
    await refreshSummaries(db, 'org', null, reports[0], t('2026-11-23T10:00:00Z'), () =>
      t('2026-11-23T10:00:01Z'),
    );
    expect(
      await refreshSummaries(db, 'org', null, reports[0], t('2026-11-23T10:00:00Z'), () =>
        t('2026-11-23T10:00:02Z'),
      ),
    ).toEqual(['refreshed']);
    expect(await refreshSummaries(db, 'org', null, reports[0], t('2026-11-23T10:01:00Z'))).toEqual([
      'refreshed',
    ]);
  });

  it('touches nothing for a change without a report', async () => {
    const { db, transactions } = memoryDb([]);
    expect(await refreshSummaries(db, 'org', null, null, t('2026-11-23T10:00:00Z'))).toEqual([]);
    expect(transactions()).toBe(0);
  });
});
