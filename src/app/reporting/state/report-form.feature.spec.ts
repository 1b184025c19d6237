import { VersionConflict } from '../../domain/errors';
import { createTestReport } from '../../testing/builders';
import { ReportFormPageActions, ReportsApiActions } from './report-form.actions';
import { reportFormFeature } from './report-form.feature';

describe('report form state', () => {
  const reducer = reportFormFeature.reducer;
  const key = { periodId: 'p', subjectType: 'goal' as const, subjectId: 'g', departmentId: 'd' };
  const opened = reducer(undefined, ReportFormPageActions.opened({ key }));
  const report = createTestReport({ version: 3 });
  const loaded = reducer(opened, ReportsApiActions.reportLoaded({ report }));

  it('moves through pending → saving → saved', () => {
    const pending = reducer(loaded, ReportFormPageActions.edited({ patch: { analysis: 'x' } }));
    expect(pending.saveState).toBe('pending');
    const saved = reducer(pending, ReportsApiActions.reportSaved({ report: { ...report, version: 4 } }));
    expect([saved.saveState, saved.report?.version]).toEqual(['saved', 4]);
  });

  it('keeps their version after a conflict, and bases the next write on it when mine is kept', () => {
    const theirs = { ...report, version: 5, analysis: 'Deras' };
    const conflict = new VersionConflict('Anna', theirs.updatedAt, 5, theirs);
    const failed = reducer(
      loaded,
      ReportsApiActions.reportSaveFailed({
        message: { key: 'errors.conflict', params: {} },
        theirs,
        fieldErrors: {},
      }),
    );
    expect(failed.saveState).toBe('conflict');
    expect(failed.report?.version).toBe(3);
    expect(conflict.currentVersion).toBe(5);
    const kept = reducer(failed, ReportFormPageActions.mineKept({ patch: { analysis: 'Min' } }));
    expect(kept.report?.version).toBe(5);
    expect(kept.theirs).toBeNull();
  });

  it('starts clean when the page is closed', () => {
    expect(reducer(loaded, ReportFormPageActions.closed()).report).toBeNull();
  });
});
