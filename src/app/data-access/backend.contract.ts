import { filter, firstValueFrom } from 'rxjs';
import {
  BatchFailed,
  InvalidTransition,
  NotFound,
  PermissionDenied,
  ValidationFailed,
  VersionConflict,
} from '../domain/errors';
import { Draft, Plan, Report, reportId } from '../domain/model';
import { carriers } from '../domain/status';
import { readExport } from '../domain/data-export';
import { PlanSummary, summaryId } from '../domain/plan-summary';
import { bySubmission } from '../domain/review-queue';
import { ExportPort, RecordsPort, Session, SessionPort } from './backend';
import { DemoSeed, SHARED_DEMO_GOAL } from './local/demo-seed';

/**
 * The contract every adapter of the port must honour. An adapter's spec calls this with a
 * factory that returns a fresh backend holding `seed`; the Firebase adapter runs the same suite
 * against the emulators.
 */
/** The jobs every adapter has, and a way to sign in as a seeded person (each fixture has one). */
export type ContractBackend = SessionPort &
  RecordsPort &
  ExportPort & { signInAs(memberId: string): Promise<Session> };

export interface ContractFixture {
  backend: ContractBackend;
  seed: DemoSeed;
  dispose(): Promise<void>;
}

export function backendContract(name: string, create: () => Promise<ContractFixture>): void {
  describe(`Backend contract: ${name}`, () => {
    let backend: ContractBackend;
    let seed: DemoSeed;
    let dispose: () => Promise<void>;

    beforeEach(async () => {
      ({ backend, seed, dispose } = await create());
    });
    afterEach(async () => {
      // Nothing to clean up when the suite was skipped before its fixture was made.
      await backend?.signOut();
      await dispose?.();
    });

    const person = (role: 'admin' | 'strategist' | 'committee') =>
      seed.members.find((m) => m.roles.length === 1 && m.roles[0] === role)!;
    const openPeriod = () => seed.periods.find((p) => p.state === 'open')!;
    const closedPeriod = () => seed.periods.find((p) => p.state === 'closed')!;
    const reporterOf = (departmentId: string) =>
      seed.members.find(
        (m) =>
          m.roles.includes('reporter') &&
          m.departmentIds.includes(departmentId) &&
          m.departmentIds.length === 1,
      )!;
    const reportIn = (periodId: string, state: Report['state']) =>
      seed.reports.find((r) => r.periodId === periodId && r.state === state)!;
    const newPlan = (overrides: Partial<Plan> = {}): Draft<Plan> => ({
      title: 'Handlingsplan för trygghet',
      theme: 'other',
      validFrom: 2026,
      validTo: 2028,
      decisionRef: 'KS 2026/00099',
      adoptedOn: null,
      status: 'draft',
      description: '',
      ...overrides,
    });

    describe('session', () => {
      it('refuses every call before sign-in', async () => {
        await expectAsync(backend.create('plans', newPlan())).toBeRejectedWithError(PermissionDenied);
      });

      it('signs in as a seeded person and out again, and emits both', async () => {
        const strategist = person('strategist');
        const session = await backend.signInAs(strategist.id);
        expect(session.member.name).toBe(strategist.name);
        expect(session.organisation.id).toBe(seed.organisation.id);
        expect((await firstValueFrom(backend.session$))?.member.id).toBe(strategist.id);
        await backend.signOut();
        expect(await firstValueFrom(backend.session$)).toBeNull();
      });

      it('survives a reload (a new backend on the same store restores it)', async () => {
        const strategist = person('strategist');
        await backend.signInAs(strategist.id);
        expect((await backend.restoreSession())?.member.id).toBe(strategist.id);
      });

      it('refuses to sign in as someone unknown', async () => {
        await expectAsync(backend.signInAs('nobody')).toBeRejectedWithError(PermissionDenied);
      });
    });

    describe('reading', () => {
      it('queries by plan, by period and by department', async () => {
        await backend.signInAs(person('strategist').id);
        const plan = seed.plans[0];
        const goals = await firstValueFrom(backend.watch('goals', { where: { planId: plan.id } }));
        expect(goals.length).toBe(seed.goals.filter((g) => g.planId === plan.id).length);
        const period = openPeriod();
        const department = seed.departments[1];
        const reports = await firstValueFrom(
          backend.watch('reports', { where: { periodId: period.id, departmentId: department.id } }),
        );
        const expected = seed.reports.filter(
          (r) => r.periodId === period.id && r.departmentId === department.id,
        );
        expect(reports.map((r) => r.id).sort()).toEqual(expected.map((r) => r.id).sort());
      });

      it("answers the pages' other queries: a plan's indicators, activities and Kolada values, a goal's, a department's, one indicator", async () => {
        await backend.signInAs(person('committee').id);
        const ids = (records: { id: string }[]) => records.map((r) => r.id).sort();
        const plan =
          seed.plans.find((p) => seed.measurements.some((m) => m.planId === p.id)) ?? seed.plans[0];
        const indicator = seed.indicators.find((i) => i.planId === plan.id)!;
        const activity = seed.activities[0];
        const cases = [
          ['indicators', { planId: plan.id }, seed.indicators.filter((i) => i.planId === plan.id)],
          [
            'indicators',
            { goalId: indicator.goalId },
            seed.indicators.filter((i) => i.goalId === indicator.goalId),
          ],
          ['indicators', { id: indicator.id }, [indicator]],
          ['activities', { planId: plan.id }, seed.activities.filter((a) => a.planId === plan.id)],
          [
            'activities',
            { responsibleDepartmentId: activity.responsibleDepartmentId },
            seed.activities.filter((a) => a.responsibleDepartmentId === activity.responsibleDepartmentId),
          ],
          ['measurements', { planId: plan.id }, seed.measurements.filter((m) => m.planId === plan.id)],
        ] as const;
        for (const [kind, where, expected] of cases) {
          const found = await firstValueFrom(backend.watch(kind, { where } as never));
          expect(ids(found))
            .withContext(`${kind} ${JSON.stringify(where)}`)
            .toEqual(ids([...expected]));
        }
      });

      it("answers the pages' report queries (a plan's, a department's, a goal's) with what each may see", async () => {
        const draft = reportIn(openPeriod().id, 'draft');
        const period = openPeriod().id;
        const queries: Partial<Record<'planId' | 'goalId' | 'departmentId' | 'periodId', string>>[] = [
          { planId: draft.planId, periodId: period },
          { departmentId: draft.departmentId, periodId: period },
          { goalId: draft.goalId, departmentId: draft.departmentId },
          { goalId: draft.goalId },
        ];
        const reporter = reporterOf(draft.departmentId);
        for (const member of [person('strategist'), person('committee'), reporter]) {
          await backend.signInAs(member.id);
          // Strategists see everything, a department its own reports in every state, everyone
          // else what has been submitted or approved.
          const sees = (r: Report) =>
            member.roles.includes('strategist') ||
            (member.roles.includes('reporter') && member.departmentIds.includes(r.departmentId)) ||
            r.state === 'submitted' ||
            r.state === 'approved';
          for (const where of queries) {
            const got = await firstValueFrom(backend.watch('reports', { where }));
            const expected = seed.reports.filter(
              (r) =>
                Object.entries(where).every(([field, value]) => r[field as keyof Report] === value) &&
                sees(r),
            );
            expect(expected.length).withContext(JSON.stringify(where)).toBeGreaterThan(0);
            expect(got.map((r) => r.id).sort())
              .withContext(`${member.name}: ${JSON.stringify(where)}`)
              .toEqual(expected.map((r) => r.id).sort());
            // The draft is its department's business: its head sees it in every query, a committee member never.
            if (member === reporter) expect(got.map((r) => r.id)).toContain(draft.id);
            if (member.roles.includes('committee')) expect(got.map((r) => r.id)).not.toContain(draft.id);
          }
          await backend.signOut();
        }
      });

      it('never shows drafts or returned reports to a committee member', async () => {
        await backend.signInAs(person('committee').id);
        const reports = await firstValueFrom(
          backend.watch('reports', { where: { periodId: openPeriod().id } }),
        );
        expect(reports.length).toBeGreaterThan(0);
        expect(reports.every((r) => r.state === 'submitted' || r.state === 'approved')).toBeTrue();
        expect(await backend.get('reports', reportIn(openPeriod().id, 'draft').id)).toBeNull();
      });

      it('shows a reporter the drafts of their own department only', async () => {
        const draft = reportIn(openPeriod().id, 'draft');
        await backend.signInAs(reporterOf(draft.departmentId).id);
        expect((await backend.get('reports', draft.id))?.id).toBe(draft.id);
        const all = await firstValueFrom(backend.watch('reports', { where: { periodId: openPeriod().id } }));
        const foreignDrafts = all.filter((r) => r.state === 'draft' && r.departmentId !== draft.departmentId);
        expect(foreignDrafts).toEqual([]);
      });
    });

    describe('writing', () => {
      it('creates a record with version 1 and an audit entry', async () => {
        const strategist = person('strategist');
        await backend.signInAs(strategist.id);
        const plan = await backend.create('plans', newPlan());
        expect(plan.version).toBe(1);
        expect(plan.createdBy).toBe(strategist.id);
        expect(plan.orgId).toBe(seed.organisation.id);
        expect((await backend.get('plans', plan.id))?.title).toBe('Handlingsplan för trygghet');
        const history = await firstValueFrom(backend.history('plans', plan.id));
        expect(history.map((h) => h.action)).toEqual(['create']);
        expect(history[0].byName).toBe(strategist.name);
      });

      it('updates with the current version, recording before and after', async () => {
        await backend.signInAs(person('strategist').id);
        const plan = await backend.create('plans', newPlan());
        const updated = await backend.update('plans', plan.id, 1, {
          title: 'Handlingsplan för trygghet 2026–2028',
        });
        expect(updated.version).toBe(2);
        const history = await firstValueFrom(backend.history('plans', plan.id));
        const last = history[history.length - 1];
        expect(last.action).toBe('update');
        expect((last.before as Plan).title).toBe('Handlingsplan för trygghet');
        expect((last.after as Plan).title).toBe('Handlingsplan för trygghet 2026–2028');
      });

      it('refuses a write based on a stale version and says who changed it and when', async () => {
        const strategist = person('strategist');
        await backend.signInAs(strategist.id);
        const plan = await backend.create('plans', newPlan());
        const changed = await backend.update('plans', plan.id, 1, { description: 'Första ändringen' });
        let error: unknown;
        try {
          await backend.update('plans', plan.id, 1, { description: 'Andra, baserad på gammal version' });
        } catch (e) {
          error = e;
        }
        expect(error).toBeInstanceOf(VersionConflict);
        const conflict = error as VersionConflict;
        expect(conflict.changedByName).toBe(strategist.name);
        expect(conflict.changedAt).toBe(changed.updatedAt);
        expect(conflict.currentVersion).toBe(2);
        expect((await backend.get('plans', plan.id))?.description).toBe('Första ändringen');
      });

      it('refuses an unauthorized write and writes nothing', async () => {
        await backend.signInAs(person('committee').id);
        await expectAsync(backend.create('plans', newPlan())).toBeRejectedWithError(PermissionDenied);
        const draft = reportIn(openPeriod().id, 'draft');
        await expectAsync(
          backend.update('reports', draft.id, draft.version, { analysis: 'Förfalskat' }),
        ).toBeRejectedWithError(PermissionDenied);
        await backend.signInAs(person('strategist').id);
        const plans = await firstValueFrom(backend.watch('plans'));
        expect(plans.length).toBe(seed.plans.length);
        expect((await backend.get('reports', draft.id))?.analysis).toBe(draft.analysis);
      });

      it('records the tab a report was changed in, so that a conflict tells this tab from another', async () => {
        const draft = reportIn(openPeriod().id, 'draft');
        await backend.signInAs(reporterOf(draft.departmentId).id);
        const saved = await backend.update('reports', draft.id, draft.version, {
          analysis: 'Från den här fliken.',
          updatedIn: 'tab-forged',
        } as Partial<Report>);
        expect(saved.updatedIn).toBe(backend.clientId);
        const stale = backend.update('reports', draft.id, draft.version, { analysis: 'Gammal version.' });
        await expectAsync(stale).toBeRejectedWithError(VersionConflict);
        const conflict = (await stale.catch((e: unknown) => e)) as VersionConflict;
        expect((conflict.current as Report).updatedIn).toBe(backend.clientId);
      });

      it("refuses a reporter writing another department's report", async () => {
        const draft = reportIn(openPeriod().id, 'draft');
        const other = seed.departments.find((d) => d.id !== draft.departmentId)!;
        await backend.signInAs(reporterOf(other.id).id);
        await expectAsync(
          backend.update('reports', draft.id, draft.version, { analysis: 'Inte min' }),
        ).toBeRejectedWithError(PermissionDenied);
      });

      it('refuses any change to a report of a closed period', async () => {
        const old = reportIn(closedPeriod().id, 'approved');
        await backend.signInAs(reporterOf(old.departmentId).id);
        await expectAsync(
          backend.update('reports', old.id, old.version, { analysis: 'Ändrat i efterhand' }),
        ).toBeRejectedWithError(PermissionDenied);
        await backend.signInAs(person('strategist').id);
        await expectAsync(
          backend.transition(old.id, old.version, 'reopen', 'Fel siffror'),
        ).toBeRejectedWithError(PermissionDenied);
      });

      it('refuses invalid input with field errors and writes nothing', async () => {
        await backend.signInAs(person('strategist').id);
        let error: unknown;
        try {
          await backend.create('plans', newPlan({ title: '   ', validFrom: 2030, validTo: 2020 }));
        } catch (e) {
          error = e;
        }
        expect(error).toBeInstanceOf(ValidationFailed);
        expect(Object.keys((error as ValidationFailed).fieldErrors).sort()).toEqual(['title', 'validTo']);
        expect((await firstValueFrom(backend.watch('plans'))).length).toBe(seed.plans.length);
      });

      it('says NotFound for a record that does not exist', async () => {
        await backend.signInAs(person('strategist').id);
        expect(await backend.get('plans', 'no-such-plan')).toBeNull();
        await expectAsync(backend.update('plans', 'no-such-plan', 1, { title: 'X' })).toBeRejectedWithError(
          NotFound,
        );
      });

      it('refuses to remove a focus area that still has goals', async () => {
        await backend.signInAs(person('strategist').id);
        const area = seed.focusAreas[0];
        await expectAsync(backend.remove('focusAreas', area.id, area.version)).toBeRejectedWithError(
          ValidationFailed,
        );
        expect(await backend.get('focusAreas', area.id)).not.toBeNull();
      });

      it('writes a batch as one: everything, with an audit entry each', async () => {
        await backend.signInAs(person('strategist').id);
        const plan = seed.plans[0];
        const area = seed.focusAreas.find((a) => a.planId === plan.id)!;
        const goal = {
          id: 'goals-batch-1',
          planId: plan.id,
          focusAreaId: area.id,
          title: 'Fler i arbete',
          description: '',
          leadDepartmentId: seed.departments[0].id,
          contributingDepartmentIds: [],
          contributorsReportValues: false,
          targetYear: 2030,
          order: 99,
        };
        await backend.batch([
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
        expect((await backend.get('goals', goal.id))?.title).toBe('Fler i arbete');
        expect(
          (await firstValueFrom(backend.watch('indicators', { where: { goalId: goal.id } }))).length,
        ).toBe(1);
        expect((await backend.get('focusAreas', area.id))?.title).toBe('Nytt namn');
        expect((await firstValueFrom(backend.history('goals', goal.id))).length).toBe(1);
      });

      it('writes nothing of a batch when one write is refused, and names that write', async () => {
        await backend.signInAs(person('strategist').id);
        const plan = seed.plans[0];
        const area = seed.focusAreas.find((a) => a.planId === plan.id)!;
        const goal = (id: string, title: string) => ({
          id,
          planId: plan.id,
          focusAreaId: area.id,
          title,
          description: '',
          leadDepartmentId: seed.departments[0].id,
          contributingDepartmentIds: [],
          contributorsReportValues: false,
          targetYear: null,
          order: 99,
        });
        let error: unknown;
        try {
          await backend.batch([
            { op: 'create', kind: 'goals', draft: goal('goals-ok', 'Bra mål') },
            { op: 'create', kind: 'goals', draft: goal('goals-bad', '   ') },
          ]);
        } catch (e) {
          error = e;
        }
        expect(error).toBeInstanceOf(BatchFailed);
        expect((error as BatchFailed).index).toBe(1);
        expect((error as BatchFailed).reason).toBeInstanceOf(ValidationFailed);
        expect(await backend.get('goals', 'goals-ok')).toBeNull();
        expect(await backend.get('goals', 'goals-bad')).toBeNull();
      });

      it('refuses a batch from someone not allowed to make one of its writes', async () => {
        await backend.signInAs(person('committee').id);
        await expectAsync(
          backend.batch([{ op: 'create', kind: 'plans', draft: newPlan() }]),
        ).toBeRejectedWithError(BatchFailed);
        expect((await firstValueFrom(backend.watch('plans'))).length).toBe(
          seed.plans.filter((p) => p.status !== 'draft').length,
        );
      });

      it('keeps one report per subject, department and period', async () => {
        const period = openPeriod();
        const existing = seed.reports.find((r) => r.periodId === period.id)!;
        await backend.signInAs(reporterOf(existing.departmentId).id);
        const duplicate = { ...existing } as Partial<Report>;
        await expectAsync(backend.create('reports', duplicate as Draft<Report>)).toBeRejectedWithError(
          VersionConflict,
        );
      });
    });

    describe('report workflow and live updates', () => {
      it('draft → submit → return with comment → resubmit → approve, then locked, with full history', async () => {
        const draft = reportIn(openPeriod().id, 'draft');
        const reporter = reporterOf(draft.departmentId);
        const strategist = person('strategist');

        await backend.signInAs(reporter.id);
        let report = await backend.update('reports', draft.id, draft.version, {
          analysis: '',
          status: 'at-risk',
        });
        await expectAsync(backend.transition(report.id, report.version, 'submit')).toBeRejectedWithError(
          ValidationFailed,
        );
        report = await backend.update('reports', report.id, report.version, {
          analysis: 'Förseningar i rekryteringen.',
        });
        report = await backend.transition(report.id, report.version, 'submit');
        expect(report.state).toBe('submitted');
        await expectAsync(
          backend.update('reports', report.id, report.version, { analysis: 'Efter inskick' }),
        ).toBeRejectedWithError(PermissionDenied);

        await backend.signInAs(strategist.id);
        await expectAsync(
          backend.transition(report.id, report.version, 'return', '  '),
        ).toBeRejectedWithError(ValidationFailed);
        report = await backend.transition(
          report.id,
          report.version,
          'return',
          'Lägg till värden för kvinnor och män.',
        );
        expect(report.state).toBe('returned');
        expect(report.returnComment).toBe('Lägg till värden för kvinnor och män.');

        await backend.signInAs(reporter.id);
        report = await backend.update('reports', report.id, report.version, {
          nextSteps: 'Komplettera statistiken.',
        });
        report = await backend.transition(report.id, report.version, 'submit');

        await backend.signInAs(strategist.id);
        await expectAsync(backend.transition(report.id, report.version, 'submit')).toBeRejectedWithError(
          PermissionDenied,
        );
        report = await backend.transition(report.id, report.version, 'approve');
        expect(report.state).toBe('approved');
        expect(report.decidedBy).toBe(strategist.id);
        await expectAsync(backend.transition(report.id, report.version, 'approve')).toBeRejectedWithError(
          InvalidTransition,
        );

        await backend.signInAs(reporter.id);
        await expectAsync(
          backend.update('reports', report.id, report.version, { analysis: 'Ändrat' }),
        ).toBeRejectedWithError(PermissionDenied);
        const history = await firstValueFrom(backend.history('reports', report.id));
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
        expect(fresh.find((h) => h.action === 'return')?.comment).toBe(
          'Lägg till värden för kvinnor och män.',
        );
      });

      it('withdraw: the department takes back a submitted report before review, as a draft again; never after a decision', async () => {
        const draft = reportIn(openPeriod().id, 'draft');
        const reporter = reporterOf(draft.departmentId);
        const other = seed.departments.find((d) => d.id !== draft.departmentId)!;
        const strategist = person('strategist');

        await backend.signInAs(reporter.id);
        let report = await backend.update('reports', draft.id, draft.version, {
          analysis: 'Skickades in för tidigt.',
          status: 'on-track',
        });
        report = await backend.transition(report.id, report.version, 'submit');
        await backend.signInAs(reporterOf(other.id).id);
        await expectAsync(backend.transition(report.id, report.version, 'withdraw')).toBeRejectedWithError(
          PermissionDenied,
        );

        await backend.signInAs(reporter.id);
        report = await backend.transition(report.id, report.version, 'withdraw');
        expect(report.state).toBe('draft');
        expect([report.submittedAt, report.submittedBy, report.decidedAt]).toEqual([null, null, null]);
        report = await backend.update('reports', report.id, report.version, { analysis: 'Nu komplett.' });
        report = await backend.transition(report.id, report.version, 'submit');

        await backend.signInAs(strategist.id);
        report = await backend.transition(report.id, report.version, 'approve');
        await backend.signInAs(reporter.id);
        await expectAsync(backend.transition(report.id, report.version, 'withdraw')).toBeRejectedWithError(
          InvalidTransition,
        );
        const history = await firstValueFrom(backend.history('reports', report.id));
        const fresh = history.filter((h) => h.at > draft.updatedAt || !h.id.startsWith(draft.id));
        const actions = fresh.map((h) => h.action);
        expect(actions).toEqual(['update', 'submit', 'withdraw', 'update', 'submit', 'approve']);
      });

      it('pushes a submitted report to an open watcher without asking again', async () => {
        const draft = reportIn(openPeriod().id, 'draft');
        await backend.signInAs(reporterOf(draft.departmentId).id);
        const report = await backend.update('reports', draft.id, draft.version, {
          analysis: 'Klart för inskick.',
        });
        const submittedSeen = firstValueFrom(
          backend
            .watch('reports', { where: { periodId: openPeriod().id } })
            .pipe(filter((rs) => rs.some((r) => r.id === draft.id && r.state === 'submitted'))),
        );
        await backend.transition(report.id, report.version, 'submit');
        const reports = await submittedSeen;
        expect(reports.find((r) => r.id === draft.id)?.state).toBe('submitted');
      });
    });

    describe('shared goals: who reports, and whose report sets the figures', () => {
      const sharedGoal = () => seed.goals.find((g) => g.title === SHARED_DEMO_GOAL)!;
      const start = (goalId: string, departmentId: string, values: Report['indicatorValues'] = []) =>
        backend.create('reports', {
          planId: '',
          goalId: '',
          subjectType: 'goal',
          subjectId: goalId,
          departmentId,
          periodId: openPeriod().id,
          status: 'on-track',
          progress: null,
          indicatorValues: values,
          analysis: 'Text',
          nextSteps: '',
          documentUrl: '',
        } as unknown as Draft<Report>);

      it('refuses a report from a department that does not carry the goal, and writes nothing', async () => {
        const goal = sharedGoal();
        const outsider = seed.departments.find((d) => !carriers(goal).includes(d.id) && reporterOf(d.id))!;
        await backend.signInAs(reporterOf(outsider.id).id);
        await expectAsync(start(goal.id, outsider.id)).toBeRejectedWithError(PermissionDenied);
        const id = reportId(openPeriod().id, 'goal', goal.id, outsider.id);
        await backend.signInAs(person('strategist').id);
        expect(await backend.get('reports', id)).toBeNull();
      });

      it("sets the goal's status from the lead's report, whoever submits last; the contribution stays beside it", async () => {
        const goal = sharedGoal();
        const period = openPeriod();
        const indicator = seed.indicators.find((i) => i.goalId === goal.id)!;
        const value = (women: number, men: number) => [
          { indicatorId: indicator.id, total: (women + men) / 2, women, men },
        ];
        await backend.signInAs(reporterOf(goal.leadDepartmentId).id);
        let lead = await start(goal.id, goal.leadDepartmentId, value(46.5, 44));
        expect(lead.reportsAs).toBe('lead');
        // Times and parts that decide anything are the backend's: what a caller sends is ignored.
        lead = await backend.update('reports', lead.id, lead.version, {
          submittedAt: '2099-01-01T00:00:00.000Z',
          reportsAs: 'contributor',
        } as Partial<Report>);
        expect(lead.submittedAt).toBeNull();
        expect(lead.reportsAs).toBe('lead');
        lead = await backend.transition(lead.id, lead.version, 'submit');
        expect(lead.submittedAt).not.toBeNull();
        expect(lead.submittedAt).not.toBe('2099-01-01T00:00:00.000Z');

        const contributor = goal.contributingDepartmentIds[0];
        await backend.signInAs(reporterOf(contributor).id);
        let contribution = await start(goal.id, contributor, value(41, 47));
        expect(contribution.reportsAs).toBe('contributor');
        contribution = await backend.update('reports', contribution.id, contribution.version, {
          status: 'off-track',
        });
        contribution = await backend.transition(contribution.id, contribution.version, 'submit');

        const settled = (summaries: PlanSummary[]) => {
          const summary = summaries.find((s) => s.id === summaryId(goal.planId, period.id));
          return !!summary?.contributions?.[goal.id]?.some((c) => c.reportId === contribution.id);
        };
        const summaries = await firstValueFrom(backend.watchSummaries([period.id]).pipe(filter(settled)));
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
        const goal = seed.goals.find(
          (g) =>
            g.contributingDepartmentIds.length > 0 &&
            !g.contributorsReportValues &&
            !seed.reports.some(
              (r) =>
                r.goalId === g.id &&
                r.periodId === openPeriod().id &&
                r.departmentId === g.contributingDepartmentIds[0],
            ) &&
            seed.indicators.some((i) => i.goalId === g.id),
        )!;
        const indicator = seed.indicators.find((i) => i.goalId === goal.id)!;
        const contributor = goal.contributingDepartmentIds[0];
        await backend.signInAs(reporterOf(contributor).id);
        const report = await start(goal.id, contributor, [
          { indicatorId: indicator.id, total: 12, women: 11, men: 13 },
        ]);
        expect(report.indicatorValues).toEqual([]);
        const updated = await backend.update('reports', report.id, report.version, {
          indicatorValues: [{ indicatorId: indicator.id, total: 12, women: 11, men: 13 }],
        });
        expect(updated.indicatorValues).toEqual([]);
      });

      it("after a change of lead mid-period, the new lead's report sets the figures; the change is audited", async () => {
        const goal = sharedGoal();
        const period = openPeriod();
        const [oldLead, newLead] = [goal.leadDepartmentId, goal.contributingDepartmentIds[0]];
        await backend.signInAs(reporterOf(oldLead).id);
        let before = await start(goal.id, oldLead);
        before = await backend.transition(before.id, before.version, 'submit');

        await backend.signInAs(person('strategist').id);
        const changed = await backend.update('goals', goal.id, goal.version, {
          leadDepartmentId: newLead,
          contributingDepartmentIds: [oldLead],
        });
        const history = await firstValueFrom(
          backend.history('goals', goal.id).pipe(filter((entries) => entries.length > 0)),
        );
        expect(history.at(-1)?.action).toBe('update');
        expect((history.at(-1)?.after as { leadDepartmentId: string }).leadDepartmentId).toBe(newLead);
        const leadOf = async (reportId: string) => {
          const summaries = await firstValueFrom(
            backend
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

        await backend.signInAs(reporterOf(newLead).id);
        let after = await start(goal.id, newLead);
        expect(after.reportsAs).toBe('lead');
        after = await backend.transition(after.id, after.version, 'submit');
        expect((await leadOf(after.id)).departmentId).toBe(newLead);
        expect(changed.leadDepartmentId).toBe(newLead);
        // The former lead's report keeps its department.
        await backend.signInAs(person('strategist').id);
        expect((await backend.get('reports', before.id))?.departmentId).toBe(oldLead);
      });

      it('refuses a strategist deciding on a report they submitted themselves (four eyes)', async () => {
        const both = seed.members.find(
          (m) => m.roles.includes('strategist') && m.roles.includes('reporter') && m.active,
        )!;
        const departmentId = both.departmentIds[0];
        const goal = seed.goals.find(
          (g) =>
            g.leadDepartmentId === departmentId &&
            !seed.reports.some(
              (r) => r.goalId === g.id && r.periodId === openPeriod().id && r.departmentId === departmentId,
            ),
        )!;
        await backend.signInAs(both.id);
        let report = await start(goal.id, departmentId);
        report = await backend.transition(report.id, report.version, 'submit');
        await expectAsync(backend.transition(report.id, report.version, 'approve')).toBeRejectedWithError(
          PermissionDenied,
        );
        await expectAsync(
          backend.transition(report.id, report.version, 'return', 'Komplettera'),
        ).toBeRejectedWithError(PermissionDenied);
        await backend.signInAs(person('strategist').id);
        report = await backend.transition(report.id, report.version, 'approve');
        expect(report.state).toBe('approved');
      });
    });

    describe('summaries', () => {
      it("keeps a plan's figures for a period current for every member, drafts left out", async () => {
        const period = openPeriod();
        const draft = seed.reports.find(
          (r) => r.periodId === period.id && r.state === 'draft' && r.reportsAs === 'lead',
        )!;
        const onlyDrafts = seed.reports.find(
          (r) =>
            r.periodId === period.id &&
            r.subjectType === 'goal' &&
            r.state === 'draft' &&
            !seed.reports.some(
              (o) => o.goalId === r.goalId && o.periodId === period.id && o.state !== 'draft',
            ),
        );
        await backend.signInAs(reporterOf(draft.departmentId).id);
        const report = await backend.update('reports', draft.id, draft.version, {
          status: 'off-track',
          analysis: 'Färre deltagare än planerat.',
        });
        const entrySeen = (summaries: PlanSummary[]) =>
          summaries.find((s) => s.id === summaryId(draft.planId, period.id))?.goals[draft.goalId]
            ?.reportId === draft.id;
        const summariesSeen = firstValueFrom(backend.watchSummaries([period.id]).pipe(filter(entrySeen)));
        await backend.transition(report.id, report.version, 'submit');
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

        await backend.signInAs(person('committee').id);
        const seenByCommittee = await firstValueFrom(
          backend.watchSummaries([period.id]).pipe(filter(entrySeen)),
        );
        expect(
          seenByCommittee.every((s) => s.periodId === period.id && s.orgId === seed.organisation.id),
        ).toBeTrue();
      });

      it('gives nothing before sign-in or for no periods', async () => {
        expect(await firstValueFrom(backend.watchSummaries([openPeriod().id]))).toEqual([]);
        await backend.signInAs(person('strategist').id);
        expect(await firstValueFrom(backend.watchSummaries([]))).toEqual([]);
      });
    });

    describe('review queue', () => {
      it('gives a strategist the submitted reports a page at a time, oldest first, and live', async () => {
        const period = openPeriod();
        const submitted = seed.reports.filter((r) => r.periodId === period.id && r.state === 'submitted');
        expect(submitted.length).toBeGreaterThan(2);
        await backend.signInAs(person('strategist').id);
        const firstPage = await firstValueFrom(backend.watchReviewQueue(period.id, 2));
        expect(firstPage.map((r) => r.id)).toEqual(
          [...submitted]
            .sort(bySubmission)
            .slice(0, 2)
            .map((r) => r.id),
        );

        const draft = reportIn(period.id, 'draft');
        await backend.signInAs(reporterOf(draft.departmentId).id);
        const report = await backend.update('reports', draft.id, draft.version, { analysis: 'Klart.' });
        await backend.transition(report.id, report.version, 'submit');
        await backend.signInAs(person('strategist').id);
        const all = await firstValueFrom(
          backend.watchReviewQueue(period.id, 50).pipe(filter((rs) => rs.some((r) => r.id === draft.id))),
        );
        expect(all.length).toBe(Math.min(50, submitted.length + 1));
        expect(all.every((r) => r.state === 'submitted' && r.periodId === period.id)).toBeTrue();
        expect(all.map((r) => r.id)).toEqual([...all].sort(bySubmission).map((r) => r.id));
      });

      it('gives nobody else a review queue', async () => {
        for (const role of ['committee', 'admin'] as const) {
          await backend.signInAs(person(role).id);
          expect(await firstValueFrom(backend.watchReviewQueue(openPeriod().id, 25)))
            .withContext(role)
            .toEqual([]);
        }
      });
    });

    describe('export', () => {
      it('gives an administrator everything of the organisation, drafts and audit included', async () => {
        await backend.signInAs(person('admin').id);
        const data = await backend.exportData();
        expect(data.format).toBe('kompass-export');
        expect(data.organisation.id).toBe(seed.organisation.id);
        expect(data.goals.length).toBe(seed.goals.length);
        expect(data.reports.length).toBe(seed.reports.length);
        expect(data.reports.some((r) => r.state === 'draft')).toBeTrue();
        expect(data.audit.length).toBeGreaterThanOrEqual(seed.audit.length);
        expect(readExport(JSON.stringify(data)).ok).toBeTrue();
      });

      it('refuses everyone else', async () => {
        for (const role of ['strategist', 'committee'] as const) {
          await backend.signInAs(person(role).id);
          await expectAsync(backend.exportData()).toBeRejectedWithError(PermissionDenied);
        }
      });
    });
  });
}
