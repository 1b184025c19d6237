import { filter, firstValueFrom } from 'rxjs';
import { PermissionDenied } from '../../domain/errors';
import { Report } from '../../domain/model';
import { ContractContext } from './context.contract';

/** Signing in and out; live reads, each with what the person may see. */
export function sessionAndReadingContract(c: ContractContext): void {
  describe('session', () => {
    it('refuses every call before sign-in', async () => {
      await expectAsync(c.backend.create('plans', c.newPlan())).toBeRejectedWithError(PermissionDenied);
    });

    it('signs in as a seeded person and out again, and emits both', async () => {
      const strategist = c.person('strategist');
      const session = await c.backend.signInAs(strategist.id);
      expect(session.member.name).toBe(strategist.name);
      expect(session.organisation.id).toBe(c.seed.organisation.id);
      expect((await firstValueFrom(c.backend.session$))?.member.id).toBe(strategist.id);
      await c.backend.signOut();
      expect(await firstValueFrom(c.backend.session$)).toBeNull();
    });

    it('survives a reload (a new c.backend on the same store restores it)', async () => {
      const strategist = c.person('strategist');
      await c.backend.signInAs(strategist.id);
      expect((await c.backend.restoreSession())?.member.id).toBe(strategist.id);
    });

    it('refuses to sign in as someone unknown', async () => {
      await expectAsync(c.backend.signInAs('nobody')).toBeRejectedWithError(PermissionDenied);
    });
  });

  describe('reading', () => {
    it('queries by plan, by period and by department', async () => {
      await c.backend.signInAs(c.person('strategist').id);
      const plan = c.seed.plans[0];
      const goals = await firstValueFrom(c.backend.watch('goals', { where: { planId: plan.id } }));
      expect(goals.length).toBe(c.seed.goals.filter((g) => g.planId === plan.id).length);
      const period = c.openPeriod();
      const department = c.seed.departments[1];
      const reports = await firstValueFrom(
        c.backend.watch('reports', { where: { periodId: period.id, departmentId: department.id } }),
      );
      const expected = c.seed.reports.filter(
        (r) => r.periodId === period.id && r.departmentId === department.id,
      );
      expect(reports.map((r) => r.id).sort()).toEqual(expected.map((r) => r.id).sort());
    });

    it('reads every goal in a few documents, with a change at once and a removed goal gone', async () => {
      await c.backend.signInAs(c.person('committee').id);
      const first = await firstValueFrom(c.backend.watchGoals());
      expect(first.goals.map((g) => g.id).sort()).toEqual(c.seed.goals.map((g) => g.id).sort());
      expect(first.documents).toBeGreaterThan(0);

      await c.backend.signInAs(c.person('strategist').id);
      const area = c.seed.focusAreas[0];
      const created = await c.backend.create('goals', {
        planId: area.planId,
        focusAreaId: area.id,
        title: 'Ett nytt mål',
        description: '',
        leadDepartmentId: c.seed.departments[0].id,
        contributingDepartmentIds: [],
        contributorsReportValues: false,
        targetYear: 2030,
        order: 99,
      });
      const titleOf = (goals: { id: string; title: string }[]) =>
        goals.find((g) => g.id === created.id)?.title;
      const seen = (title: string | undefined) =>
        firstValueFrom(c.backend.watchGoals().pipe(filter(({ goals }) => titleOf(goals) === title)));
      expect(titleOf((await seen('Ett nytt mål')).goals)).toBe('Ett nytt mål');
      await c.backend.update('goals', created.id, created.version, { title: 'Ett ändrat mål' });
      expect(titleOf((await seen('Ett ändrat mål')).goals)).toBe('Ett ändrat mål');
      await c.backend.remove('goals', created.id, created.version + 1);
      expect((await seen(undefined)).goals.length).toBe(c.seed.goals.length);
    });

    it("answers the pages' other queries: a plan's indicators, activities and Kolada values, a goal's, a department's, one indicator", async () => {
      await c.backend.signInAs(c.person('committee').id);
      const ids = (records: { id: string }[]) => records.map((r) => r.id).sort();
      const plan =
        c.seed.plans.find((p) => c.seed.measurements.some((m) => m.planId === p.id)) ?? c.seed.plans[0];
      const indicator = c.seed.indicators.find((i) => i.planId === plan.id)!;
      const activity = c.seed.activities[0];
      const cases = [
        ['indicators', { planId: plan.id }, c.seed.indicators.filter((i) => i.planId === plan.id)],
        [
          'indicators',
          { goalId: indicator.goalId },
          c.seed.indicators.filter((i) => i.goalId === indicator.goalId),
        ],
        ['indicators', { id: indicator.id }, [indicator]],
        ['activities', { planId: plan.id }, c.seed.activities.filter((a) => a.planId === plan.id)],
        [
          'activities',
          { responsibleDepartmentId: activity.responsibleDepartmentId },
          c.seed.activities.filter((a) => a.responsibleDepartmentId === activity.responsibleDepartmentId),
        ],
        ['measurements', { planId: plan.id }, c.seed.measurements.filter((m) => m.planId === plan.id)],
      ] as const;
      for (const [kind, where, expected] of cases) {
        const found = await firstValueFrom(c.backend.watch(kind, { where } as never));
        expect(ids(found))
          .withContext(`${kind} ${JSON.stringify(where)}`)
          .toEqual(ids([...expected]));
      }
    });

    it("answers the pages' report queries (a plan's, a department's, a goal's) with what each may see", async () => {
      const draft = c.reportIn(c.openPeriod().id, 'draft');
      const period = c.openPeriod().id;
      const queries: Partial<Record<'planId' | 'goalId' | 'departmentId' | 'periodId', string>>[] = [
        { planId: draft.planId, periodId: period },
        { departmentId: draft.departmentId, periodId: period },
        { goalId: draft.goalId, departmentId: draft.departmentId },
        { goalId: draft.goalId },
      ];
      const reporter = c.reporterOf(draft.departmentId);
      for (const member of [c.person('strategist'), c.person('committee'), reporter]) {
        await c.backend.signInAs(member.id);
        // Strategists see everything, a department its own reports in every state, everyone
        // else what has been submitted or approved.
        const sees = (r: Report) =>
          member.roles.includes('strategist') ||
          (member.roles.includes('reporter') && member.departmentIds.includes(r.departmentId)) ||
          r.state === 'submitted' ||
          r.state === 'approved';
        for (const where of queries) {
          const got = await firstValueFrom(c.backend.watch('reports', { where }));
          const expected = c.seed.reports.filter(
            (r) =>
              Object.entries(where).every(([field, value]) => r[field as keyof Report] === value) && sees(r),
          );
          expect(expected.length).withContext(JSON.stringify(where)).toBeGreaterThan(0);
          expect(got.map((r) => r.id).sort())
            .withContext(`${member.name}: ${JSON.stringify(where)}`)
            .toEqual(expected.map((r) => r.id).sort());
          // The draft is its department's business: its head sees it in every query, a committee member never.
          if (member === reporter) expect(got.map((r) => r.id)).toContain(draft.id);
          if (member.roles.includes('committee')) expect(got.map((r) => r.id)).not.toContain(draft.id);
        }
        await c.backend.signOut();
      }
    });

    it('never shows drafts or returned reports to a committee member', async () => {
      await c.backend.signInAs(c.person('committee').id);
      const reports = await firstValueFrom(
        c.backend.watch('reports', { where: { periodId: c.openPeriod().id } }),
      );
      expect(reports.length).toBeGreaterThan(0);
      expect(reports.every((r) => r.state === 'submitted' || r.state === 'approved')).toBeTrue();
      expect(await c.backend.get('reports', c.reportIn(c.openPeriod().id, 'draft').id)).toBeNull();
    });

    it('shows a reporter the drafts of their own department only', async () => {
      const draft = c.reportIn(c.openPeriod().id, 'draft');
      await c.backend.signInAs(c.reporterOf(draft.departmentId).id);
      expect((await c.backend.get('reports', draft.id))?.id).toBe(draft.id);
      const all = await firstValueFrom(
        c.backend.watch('reports', { where: { periodId: c.openPeriod().id } }),
      );
      const foreignDrafts = all.filter((r) => r.state === 'draft' && r.departmentId !== draft.departmentId);
      expect(foreignDrafts).toEqual([]);
    });
  });
}
