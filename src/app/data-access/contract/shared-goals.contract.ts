import { filter, firstValueFrom } from 'rxjs';
import { PermissionDenied } from '../../domain/errors';
import { Draft, Report, reportId } from '../../domain/model';
import { carriers } from '../../domain/status';
import { PlanSummary, summaryId } from '../../domain/plan-summary';
import { SHARED_DEMO_GOAL } from '../local/demo-seed';
import { ContractContext } from './context.contract';

/** Shared goals: who reports, and whose report sets the figures. */
export function sharedGoalsContract(c: ContractContext): void {
  describe('shared goals: who reports, and whose report sets the figures', () => {
    const sharedGoal = () => c.seed.goals.find((g) => g.title === SHARED_DEMO_GOAL)!;
    const start = (goalId: string, departmentId: string, values: Report['indicatorValues'] = []) =>
      c.backend.create('reports', {
        planId: '',
        goalId: '',
        subjectType: 'goal',
        subjectId: goalId,
        departmentId,
        periodId: c.openPeriod().id,
        status: 'on-track',
        progress: null,
        indicatorValues: values,
        analysis: 'Text',
        nextSteps: '',
        documentUrl: '',
      } as unknown as Draft<Report>);

    it('refuses a report from a department that does not carry the goal, and writes nothing', async () => {
      const goal = sharedGoal();
      const outsider = c.seed.departments.find((d) => !carriers(goal).includes(d.id) && c.reporterOf(d.id))!;
      await c.backend.signInAs(c.reporterOf(outsider.id).id);
      await expectAsync(start(goal.id, outsider.id)).toBeRejectedWithError(PermissionDenied);
      const id = reportId(c.openPeriod().id, 'goal', goal.id, outsider.id);
      await c.backend.signInAs(c.person('strategist').id);
      expect(await c.backend.get('reports', id)).toBeNull();
    });

    it("sets the goal's status from the lead's report, whoever submits last; the contribution stays beside it", async () => {
      const goal = sharedGoal();
      const period = c.openPeriod();
      const indicator = c.seed.indicators.find((i) => i.goalId === goal.id)!;
      const value = (women: number, men: number) => [
        // With its equality analysis, as a submit asks for when the gap widened since the last report.
        {
          indicatorId: indicator.id,
          total: (women + men) / 2,
          women,
          men,
          equalityAnalysis: 'Förklaras i analysen.',
        },
      ];
      await c.backend.signInAs(c.reporterOf(goal.leadDepartmentId).id);
      let lead = await start(goal.id, goal.leadDepartmentId, value(46.5, 44));
      expect(lead.reportsAs).toBe('lead');
      // Times and parts that decide anything are the c.backend's: what a caller sends is ignored.
      lead = await c.backend.update('reports', lead.id, lead.version, {
        submittedAt: '2099-01-01T00:00:00.000Z',
        reportsAs: 'contributor',
      } as Partial<Report>);
      expect(lead.submittedAt).toBeNull();
      expect(lead.reportsAs).toBe('lead');
      lead = await c.backend.transition(lead.id, lead.version, 'submit');
      expect(lead.submittedAt).not.toBeNull();
      expect(lead.submittedAt).not.toBe('2099-01-01T00:00:00.000Z');

      const contributor = goal.contributingDepartmentIds[0];
      await c.backend.signInAs(c.reporterOf(contributor).id);
      let contribution = await start(goal.id, contributor, value(41, 47));
      expect(contribution.reportsAs).toBe('contributor');
      contribution = await c.backend.update('reports', contribution.id, contribution.version, {
        status: 'off-track',
      });
      contribution = await c.backend.transition(contribution.id, contribution.version, 'submit');

      const settled = (summaries: PlanSummary[]) => {
        const summary = summaries.find((s) => s.id === summaryId(goal.planId, period.id));
        return !!summary?.contributions?.[goal.id]?.some((c) => c.reportId === contribution.id);
      };
      const summaries = await firstValueFrom(c.backend.watchSummaries([period.id]).pipe(filter(settled)));
      const summary = summaries.find((s) => s.id === summaryId(goal.planId, period.id))!;
      expect(summary.goals[goal.id]).toEqual(
        jasmine.objectContaining({
          reportId: lead.id,
          departmentId: goal.leadDepartmentId,
          status: 'on-track',
        }),
      );
      expect(summary.contributions![goal.id].map((c) => [c.reportId, c.status])).toEqual([
        [contribution.id, 'off-track'],
      ]);
      expect(summary.reported[goal.id]).toEqual([goal.leadDepartmentId, contributor].sort());
    });

    it("keeps a contribution's indicator values only where the strategist asked for its share", async () => {
      const goal = c.seed.goals.find(
        (g) =>
          g.contributingDepartmentIds.length > 0 &&
          !g.contributorsReportValues &&
          !c.seed.reports.some(
            (r) =>
              r.goalId === g.id &&
              r.periodId === c.openPeriod().id &&
              r.departmentId === g.contributingDepartmentIds[0],
          ) &&
          c.seed.indicators.some((i) => i.goalId === g.id),
      )!;
      const indicator = c.seed.indicators.find((i) => i.goalId === goal.id)!;
      const contributor = goal.contributingDepartmentIds[0];
      await c.backend.signInAs(c.reporterOf(contributor).id);
      const report = await start(goal.id, contributor, [
        { indicatorId: indicator.id, total: 12, women: 11, men: 13 },
      ]);
      expect(report.indicatorValues).toEqual([]);
      const updated = await c.backend.update('reports', report.id, report.version, {
        indicatorValues: [{ indicatorId: indicator.id, total: 12, women: 11, men: 13 }],
      });
      expect(updated.indicatorValues).toEqual([]);
    });

    it("after a change of lead mid-period, the new lead's report sets the figures; the change is audited", async () => {
      const goal = sharedGoal();
      const period = c.openPeriod();
      const [oldLead, newLead] = [goal.leadDepartmentId, goal.contributingDepartmentIds[0]];
      await c.backend.signInAs(c.reporterOf(oldLead).id);
      let before = await start(goal.id, oldLead);
      before = await c.backend.transition(before.id, before.version, 'submit');

      await c.backend.signInAs(c.person('strategist').id);
      const changed = await c.backend.update('goals', goal.id, goal.version, {
        leadDepartmentId: newLead,
        contributingDepartmentIds: [oldLead],
      });
      const history = await firstValueFrom(
        c.backend.history('goals', goal.id).pipe(filter((entries) => entries.length > 0)),
      );
      expect(history.at(-1)?.action).toBe('update');
      expect((history.at(-1)?.after as { leadDepartmentId: string }).leadDepartmentId).toBe(newLead);
      const leadOf = async (reportId: string) => {
        const summaries = await firstValueFrom(
          c.backend
            .watchSummaries([period.id])
            .pipe(
              filter(
                (all) =>
                  all.find((s) => s.id === summaryId(goal.planId, period.id))?.goals[goal.id]?.reportId ===
                  reportId,
              ),
            ),
        );
        return summaries.find((s) => s.id === summaryId(goal.planId, period.id))!.goals[goal.id];
      };
      // Until the new lead has submitted, the former lead's report still sets the figures.
      expect((await leadOf(before.id)).departmentId).toBe(oldLead);

      await c.backend.signInAs(c.reporterOf(newLead).id);
      let after = await start(goal.id, newLead);
      expect(after.reportsAs).toBe('lead');
      after = await c.backend.transition(after.id, after.version, 'submit');
      expect((await leadOf(after.id)).departmentId).toBe(newLead);
      expect(changed.leadDepartmentId).toBe(newLead);
      // The former lead's report keeps its department.
      await c.backend.signInAs(c.person('strategist').id);
      expect((await c.backend.get('reports', before.id))?.departmentId).toBe(oldLead);
    });

    it('refuses a strategist deciding on a report they submitted themselves (four eyes)', async () => {
      const both = c.seed.members.find(
        (m) => m.roles.includes('strategist') && m.roles.includes('reporter') && m.active,
      )!;
      const departmentId = both.departmentIds[0];
      const goal = c.seed.goals.find(
        (g) =>
          g.leadDepartmentId === departmentId &&
          !c.seed.reports.some(
            (r) => r.goalId === g.id && r.periodId === c.openPeriod().id && r.departmentId === departmentId,
          ),
      )!;
      await c.backend.signInAs(both.id);
      let report = await start(goal.id, departmentId);
      report = await c.backend.transition(report.id, report.version, 'submit');
      await expectAsync(c.backend.transition(report.id, report.version, 'approve')).toBeRejectedWithError(
        PermissionDenied,
      );
      await expectAsync(
        c.backend.transition(report.id, report.version, 'return', 'Komplettera'),
      ).toBeRejectedWithError(PermissionDenied);
      await c.backend.signInAs(c.person('strategist').id);
      report = await c.backend.transition(report.id, report.version, 'approve');
      expect(report.state).toBe('approved');
    });
  });
}
