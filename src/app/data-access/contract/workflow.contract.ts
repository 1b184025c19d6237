import { filter, firstValueFrom } from 'rxjs';
import { InvalidTransition, PermissionDenied, ValidationFailed } from '../../domain/errors';
import { readExport } from '../../domain/data-export';
import { PlanSummary, summaryId } from '../../domain/plan-summary';
import { bySubmission } from '../../domain/review-queue';
import { ContractContext } from './context.contract';

/** A report's workflow and live updates, the plans' summaries, the review queue and the export. */
export function workflowContract(c: ContractContext): void {
  describe('report workflow and live updates', () => {
    it('draft → submit → return with comment → resubmit → approve, then locked, with full history', async () => {
      const draft = c.reportIn(c.openPeriod().id, 'draft');
      const reporter = c.reporterOf(draft.departmentId);
      const strategist = c.person('strategist');

      await c.backend.signInAs(reporter.id);
      let report = await c.backend.update('reports', draft.id, draft.version, {
        analysis: '',
        status: 'at-risk',
      });
      await expectAsync(c.backend.transition(report.id, report.version, 'submit')).toBeRejectedWithError(
        ValidationFailed,
      );
      report = await c.backend.update('reports', report.id, report.version, {
        analysis: 'Förseningar i rekryteringen.',
      });
      report = await c.backend.transition(report.id, report.version, 'submit');
      expect(report.state).toBe('submitted');
      await expectAsync(
        c.backend.update('reports', report.id, report.version, { analysis: 'Efter inskick' }),
      ).toBeRejectedWithError(PermissionDenied);

      await c.backend.signInAs(strategist.id);
      await expectAsync(
        c.backend.transition(report.id, report.version, 'return', '  '),
      ).toBeRejectedWithError(ValidationFailed);
      report = await c.backend.transition(
        report.id,
        report.version,
        'return',
        'Lägg till värden för kvinnor och män.',
      );
      expect(report.state).toBe('returned');
      expect(report.returnComment).toBe('Lägg till värden för kvinnor och män.');

      await c.backend.signInAs(reporter.id);
      report = await c.backend.update('reports', report.id, report.version, {
        nextSteps: 'Komplettera statistiken.',
      });
      report = await c.backend.transition(report.id, report.version, 'submit');

      await c.backend.signInAs(strategist.id);
      await expectAsync(c.backend.transition(report.id, report.version, 'submit')).toBeRejectedWithError(
        PermissionDenied,
      );
      report = await c.backend.transition(report.id, report.version, 'approve');
      expect(report.state).toBe('approved');
      expect(report.decidedBy).toBe(strategist.id);
      await expectAsync(c.backend.transition(report.id, report.version, 'approve')).toBeRejectedWithError(
        InvalidTransition,
      );

      await c.backend.signInAs(reporter.id);
      await expectAsync(
        c.backend.update('reports', report.id, report.version, { analysis: 'Ändrat' }),
      ).toBeRejectedWithError(PermissionDenied);
      const history = await firstValueFrom(c.backend.history('reports', report.id));
      const fresh = history.filter((h) => h.at > draft.updatedAt || !h.id.startsWith(draft.id));
      expect(fresh.map((h) => h.action)).toEqual([
        'update',
        'update',
        'submit',
        'return',
        'update',
        'submit',
        'approve',
      ]);
      expect(fresh.find((h) => h.action === 'return')?.comment).toBe('Lägg till värden för kvinnor och män.');
    });

    it('withdraw: the department takes back a submitted report before review, as a draft again; never after a decision', async () => {
      const draft = c.reportIn(c.openPeriod().id, 'draft');
      const reporter = c.reporterOf(draft.departmentId);
      const other = c.seed.departments.find((d) => d.id !== draft.departmentId)!;
      const strategist = c.person('strategist');

      await c.backend.signInAs(reporter.id);
      let report = await c.backend.update('reports', draft.id, draft.version, {
        analysis: 'Skickades in för tidigt.',
        status: 'on-track',
      });
      report = await c.backend.transition(report.id, report.version, 'submit');
      await c.backend.signInAs(c.reporterOf(other.id).id);
      await expectAsync(c.backend.transition(report.id, report.version, 'withdraw')).toBeRejectedWithError(
        PermissionDenied,
      );

      await c.backend.signInAs(reporter.id);
      report = await c.backend.transition(report.id, report.version, 'withdraw');
      expect(report.state).toBe('draft');
      expect([report.submittedAt, report.submittedBy, report.decidedAt]).toEqual([null, null, null]);
      report = await c.backend.update('reports', report.id, report.version, { analysis: 'Nu komplett.' });
      report = await c.backend.transition(report.id, report.version, 'submit');

      await c.backend.signInAs(strategist.id);
      report = await c.backend.transition(report.id, report.version, 'approve');
      await c.backend.signInAs(reporter.id);
      await expectAsync(c.backend.transition(report.id, report.version, 'withdraw')).toBeRejectedWithError(
        InvalidTransition,
      );
      const history = await firstValueFrom(c.backend.history('reports', report.id));
      const fresh = history.filter((h) => h.at > draft.updatedAt || !h.id.startsWith(draft.id));
      const actions = fresh.map((h) => h.action);
      expect(actions).toEqual(['update', 'submit', 'withdraw', 'update', 'submit', 'approve']);
    });

    it('pushes a submitted report to an open watcher without asking again', async () => {
      const draft = c.reportIn(c.openPeriod().id, 'draft');
      await c.backend.signInAs(c.reporterOf(draft.departmentId).id);
      const report = await c.backend.update('reports', draft.id, draft.version, {
        analysis: 'Klart för inskick.',
      });
      const submittedSeen = firstValueFrom(
        c.backend
          .watch('reports', { where: { periodId: c.openPeriod().id } })
          .pipe(filter((rs) => rs.some((r) => r.id === draft.id && r.state === 'submitted'))),
      );
      await c.backend.transition(report.id, report.version, 'submit');
      const reports = await submittedSeen;
      expect(reports.find((r) => r.id === draft.id)?.state).toBe('submitted');
    });
  });

  describe('summaries', () => {
    it("keeps a plan's figures for a period current for every member, drafts left out", async () => {
      const period = c.openPeriod();
      const draft = c.seed.reports.find(
        (r) => r.periodId === period.id && r.state === 'draft' && r.reportsAs === 'lead',
      )!;
      const onlyDrafts = c.seed.reports.find(
        (r) =>
          r.periodId === period.id &&
          r.subjectType === 'goal' &&
          r.state === 'draft' &&
          !c.seed.reports.some(
            (o) => o.goalId === r.goalId && o.periodId === period.id && o.state !== 'draft',
          ),
      );
      await c.backend.signInAs(c.reporterOf(draft.departmentId).id);
      const report = await c.backend.update('reports', draft.id, draft.version, {
        status: 'off-track',
        analysis: 'Färre deltagare än planerat.',
      });
      const entrySeen = (summaries: PlanSummary[]) =>
        summaries.find((s) => s.id === summaryId(draft.planId, period.id))?.goals[draft.goalId]?.reportId ===
        draft.id;
      const summariesSeen = firstValueFrom(c.backend.watchSummaries([period.id]).pipe(filter(entrySeen)));
      await c.backend.transition(report.id, report.version, 'submit');
      const summary = (await summariesSeen).find((s) => s.id === summaryId(draft.planId, period.id))!;
      expect(summary.goals[draft.goalId]).toEqual({
        reportId: draft.id,
        departmentId: draft.departmentId,
        status: 'off-track',
        analysis: 'Färre deltagare än planerat.',
      });
      expect(summary.reported[draft.goalId]).toContain(draft.departmentId);
      if (onlyDrafts && onlyDrafts.goalId !== draft.goalId) {
        expect(summary.goals[onlyDrafts.goalId]).toBeUndefined();
      }

      await c.backend.signInAs(c.person('committee').id);
      const seenByCommittee = await firstValueFrom(
        c.backend.watchSummaries([period.id]).pipe(filter(entrySeen)),
      );
      expect(
        seenByCommittee.every((s) => s.periodId === period.id && s.orgId === c.seed.organisation.id),
      ).toBeTrue();
    });

    it('gives nothing before sign-in or for no periods', async () => {
      expect(await firstValueFrom(c.backend.watchSummaries([c.openPeriod().id]))).toEqual([]);
      await c.backend.signInAs(c.person('strategist').id);
      expect(await firstValueFrom(c.backend.watchSummaries([]))).toEqual([]);
    });
  });

  describe('review queue', () => {
    it('gives a strategist the submitted reports a page at a time, oldest first, and live', async () => {
      const period = c.openPeriod();
      const submitted = c.seed.reports.filter((r) => r.periodId === period.id && r.state === 'submitted');
      expect(submitted.length).toBeGreaterThan(2);
      await c.backend.signInAs(c.person('strategist').id);
      const firstPage = await firstValueFrom(c.backend.watchReviewQueue([period.id], 2));
      expect(firstPage.map((r) => r.id)).toEqual(
        [...submitted]
          .sort(bySubmission)
          .slice(0, 2)
          .map((r) => r.id),
      );

      const draft = c.reportIn(period.id, 'draft');
      await c.backend.signInAs(c.reporterOf(draft.departmentId).id);
      const report = await c.backend.update('reports', draft.id, draft.version, { analysis: 'Klart.' });
      await c.backend.transition(report.id, report.version, 'submit');
      await c.backend.signInAs(c.person('strategist').id);
      const all = await firstValueFrom(
        c.backend.watchReviewQueue([period.id], 50).pipe(filter((rs) => rs.some((r) => r.id === draft.id))),
      );
      expect(all.length).toBe(Math.min(50, submitted.length + 1));
      expect(all.every((r) => r.state === 'submitted' && r.periodId === period.id)).toBeTrue();
      expect(all.map((r) => r.id)).toEqual([...all].sort(bySubmission).map((r) => r.id));
    });

    it('gives nobody else a review queue', async () => {
      for (const role of ['committee', 'admin'] as const) {
        await c.backend.signInAs(c.person(role).id);
        expect(await firstValueFrom(c.backend.watchReviewQueue([c.openPeriod().id], 25)))
          .withContext(role)
          .toEqual([]);
      }
    });
  });

  describe('export', () => {
    it('gives an administrator everything of the organisation, drafts and audit included', async () => {
      await c.backend.signInAs(c.person('admin').id);
      const data = await c.backend.exportData();
      expect(data.format).toBe('kompass-export');
      expect(data.organisation.id).toBe(c.seed.organisation.id);
      expect(data.goals.length).toBe(c.seed.goals.length);
      expect(data.reports.length).toBe(c.seed.reports.length);
      expect(data.reports.some((r) => r.state === 'draft')).toBeTrue();
      expect(data.audit.length).toBeGreaterThanOrEqual(c.seed.audit.length);
      expect(readExport(JSON.stringify(data)).ok).toBeTrue();
    });

    it('refuses everyone else', async () => {
      for (const role of ['strategist', 'committee'] as const) {
        await c.backend.signInAs(c.person(role).id);
        await expectAsync(c.backend.exportData()).toBeRejectedWithError(PermissionDenied);
      }
    });
  });
}
