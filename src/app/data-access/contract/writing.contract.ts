import { firstValueFrom } from 'rxjs';
import {
  BatchFailed,
  NotFound,
  PermissionDenied,
  ValidationFailed,
  VersionConflict,
} from '../../domain/errors';
import { Draft, Plan, Report } from '../../domain/model';
import { ContractContext } from './context.contract';

/** Creating, changing and removing records: the policy, validation, versions and the audit log. */
export function writingContract(c: ContractContext): void {
  describe('writing', () => {
    it('creates a record with version 1 and an audit entry', async () => {
      const strategist = c.person('strategist');
      await c.backend.signInAs(strategist.id);
      const plan = await c.backend.create('plans', c.newPlan());
      expect(plan.version).toBe(1);
      expect(plan.createdBy).toBe(strategist.id);
      expect(plan.orgId).toBe(c.seed.organisation.id);
      expect((await c.backend.get('plans', plan.id))?.title).toBe('Handlingsplan för trygghet');
      const history = await firstValueFrom(c.backend.history('plans', plan.id));
      expect(history.map((h) => h.action)).toEqual(['create']);
      expect(history[0].byName).toBe(strategist.name);
    });

    it('updates with the current version, recording before and after', async () => {
      await c.backend.signInAs(c.person('strategist').id);
      const plan = await c.backend.create('plans', c.newPlan());
      const updated = await c.backend.update('plans', plan.id, 1, {
        title: 'Handlingsplan för trygghet 2026–2028',
      });
      expect(updated.version).toBe(2);
      const history = await firstValueFrom(c.backend.history('plans', plan.id));
      const last = history[history.length - 1];
      expect(last.action).toBe('update');
      expect((last.before as Plan).title).toBe('Handlingsplan för trygghet');
      expect((last.after as Plan).title).toBe('Handlingsplan för trygghet 2026–2028');
    });

    it('refuses a write based on a stale version and says who changed it and when', async () => {
      const strategist = c.person('strategist');
      await c.backend.signInAs(strategist.id);
      const plan = await c.backend.create('plans', c.newPlan());
      const changed = await c.backend.update('plans', plan.id, 1, { description: 'Första ändringen' });
      let error: unknown;
      try {
        await c.backend.update('plans', plan.id, 1, { description: 'Andra, baserad på gammal version' });
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(VersionConflict);
      const conflict = error as VersionConflict;
      expect(conflict.changedByName).toBe(strategist.name);
      expect(conflict.changedAt).toBe(changed.updatedAt);
      expect(conflict.currentVersion).toBe(2);
      expect((await c.backend.get('plans', plan.id))?.description).toBe('Första ändringen');
    });

    it('refuses an unauthorized write and writes nothing', async () => {
      await c.backend.signInAs(c.person('committee').id);
      await expectAsync(c.backend.create('plans', c.newPlan())).toBeRejectedWithError(PermissionDenied);
      const draft = c.reportIn(c.openPeriod().id, 'draft');
      await expectAsync(
        c.backend.update('reports', draft.id, draft.version, { analysis: 'Förfalskat' }),
      ).toBeRejectedWithError(PermissionDenied);
      await c.backend.signInAs(c.person('strategist').id);
      const plans = await firstValueFrom(c.backend.watch('plans'));
      expect(plans.length).toBe(c.seed.plans.length);
      expect((await c.backend.get('reports', draft.id))?.analysis).toBe(draft.analysis);
    });

    it('records the tab a report was changed in, so that a conflict tells this tab from another', async () => {
      const draft = c.reportIn(c.openPeriod().id, 'draft');
      await c.backend.signInAs(c.reporterOf(draft.departmentId).id);
      const saved = await c.backend.update('reports', draft.id, draft.version, {
        analysis: 'Från den här fliken.',
        updatedIn: 'tab-forged',
      } as Partial<Report>);
      expect(saved.updatedIn).toBe(c.backend.clientId);
      const stale = c.backend.update('reports', draft.id, draft.version, { analysis: 'Gammal version.' });
      await expectAsync(stale).toBeRejectedWithError(VersionConflict);
      const conflict = (await stale.catch((e: unknown) => e)) as VersionConflict;
      expect((conflict.current as Report).updatedIn).toBe(c.backend.clientId);
    });

    it("refuses a reporter writing another department's report", async () => {
      const draft = c.reportIn(c.openPeriod().id, 'draft');
      const other = c.seed.departments.find((d) => d.id !== draft.departmentId)!;
      await c.backend.signInAs(c.reporterOf(other.id).id);
      await expectAsync(
        c.backend.update('reports', draft.id, draft.version, { analysis: 'Inte min' }),
      ).toBeRejectedWithError(PermissionDenied);
    });

    it('refuses any change to a report of a closed period', async () => {
      const old = c.reportIn(c.closedPeriod().id, 'approved');
      await c.backend.signInAs(c.reporterOf(old.departmentId).id);
      await expectAsync(
        c.backend.update('reports', old.id, old.version, { analysis: 'Ändrat i efterhand' }),
      ).toBeRejectedWithError(PermissionDenied);
      await c.backend.signInAs(c.person('strategist').id);
      await expectAsync(
        c.backend.transition(old.id, old.version, 'reopen', 'Fel siffror'),
      ).toBeRejectedWithError(PermissionDenied);
    });

    it('refuses invalid input with field errors and writes nothing', async () => {
      await c.backend.signInAs(c.person('strategist').id);
      let error: unknown;
      try {
        await c.backend.create('plans', c.newPlan({ title: '   ', validFrom: 2030, validTo: 2020 }));
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(ValidationFailed);
      expect(Object.keys((error as ValidationFailed).fieldErrors).sort()).toEqual(['title', 'validTo']);
      expect((await firstValueFrom(c.backend.watch('plans'))).length).toBe(c.seed.plans.length);
    });

    it('says NotFound for a record that does not exist', async () => {
      await c.backend.signInAs(c.person('strategist').id);
      expect(await c.backend.get('plans', 'no-such-plan')).toBeNull();
      await expectAsync(c.backend.update('plans', 'no-such-plan', 1, { title: 'X' })).toBeRejectedWithError(
        NotFound,
      );
    });

    it('refuses to remove a focus area that still has goals', async () => {
      await c.backend.signInAs(c.person('strategist').id);
      const area = c.seed.focusAreas[0];
      await expectAsync(c.backend.remove('focusAreas', area.id, area.version)).toBeRejectedWithError(
        ValidationFailed,
      );
      expect(await c.backend.get('focusAreas', area.id)).not.toBeNull();
    });

    it('writes a batch as one: everything, with an audit entry each', async () => {
      await c.backend.signInAs(c.person('strategist').id);
      const plan = c.seed.plans[0];
      const area = c.seed.focusAreas.find((a) => a.planId === plan.id)!;
      const goal = {
        id: 'goals-batch-1',
        planId: plan.id,
        focusAreaId: area.id,
        title: 'Fler i arbete',
        description: '',
        leadDepartmentId: c.seed.departments[0].id,
        contributingDepartmentIds: [],
        contributorsReportValues: false,
        targetYear: 2030,
        order: 99,
      };
      await c.backend.batch([
        { op: 'create', kind: 'goals', draft: goal },
        {
          op: 'create',
          kind: 'indicators',
          draft: {
            planId: plan.id,
            goalId: goal.id,
            name: 'Andel i arbete',
            unit: '%',
            baselineValue: 60,
            baselineYear: 2024,
            targetValue: 70,
            targetYear: 2030,
            direction: 'increase',
            source: 'Kolada',
            koladaKpi: 'N00945',
            genderDisaggregated: true,
          },
        },
        {
          op: 'update',
          kind: 'focusAreas',
          id: area.id,
          expectedVersion: area.version,
          patch: { title: 'Nytt namn' },
        },
      ]);
      expect((await c.backend.get('goals', goal.id))?.title).toBe('Fler i arbete');
      expect(
        (await firstValueFrom(c.backend.watch('indicators', { where: { goalId: goal.id } }))).length,
      ).toBe(1);
      expect((await c.backend.get('focusAreas', area.id))?.title).toBe('Nytt namn');
      expect((await firstValueFrom(c.backend.history('goals', goal.id))).length).toBe(1);
    });

    it('writes nothing of a batch when one write is refused, and names that write', async () => {
      await c.backend.signInAs(c.person('strategist').id);
      const plan = c.seed.plans[0];
      const area = c.seed.focusAreas.find((a) => a.planId === plan.id)!;
      const goal = (id: string, title: string) => ({
        id,
        planId: plan.id,
        focusAreaId: area.id,
        title,
        description: '',
        leadDepartmentId: c.seed.departments[0].id,
        contributingDepartmentIds: [],
        contributorsReportValues: false,
        targetYear: null,
        order: 99,
      });
      let error: unknown;
      try {
        await c.backend.batch([
          { op: 'create', kind: 'goals', draft: goal('goals-ok', 'Bra mål') },
          { op: 'create', kind: 'goals', draft: goal('goals-bad', '   ') },
        ]);
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(BatchFailed);
      expect((error as BatchFailed).index).toBe(1);
      expect((error as BatchFailed).reason).toBeInstanceOf(ValidationFailed);
      expect(await c.backend.get('goals', 'goals-ok')).toBeNull();
      expect(await c.backend.get('goals', 'goals-bad')).toBeNull();
    });

    it('refuses a batch from someone not allowed to make one of its writes', async () => {
      await c.backend.signInAs(c.person('committee').id);
      await expectAsync(
        c.backend.batch([{ op: 'create', kind: 'plans', draft: c.newPlan() }]),
      ).toBeRejectedWithError(BatchFailed);
      expect((await firstValueFrom(c.backend.watch('plans'))).length).toBe(
        c.seed.plans.filter((p) => p.status !== 'draft').length,
      );
    });

    it('keeps one report per subject, department and period', async () => {
      const period = c.openPeriod();
      const existing = c.seed.reports.find((r) => r.periodId === period.id)!;
      await c.backend.signInAs(c.reporterOf(existing.departmentId).id);
      const duplicate = { ...existing } as Partial<Report>;
      await expectAsync(c.backend.create('reports', duplicate as Draft<Report>)).toBeRejectedWithError(
        VersionConflict,
      );
    });
  });
}
