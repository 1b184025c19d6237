import { PermissionDenied, PublishedTooOften } from '../../domain/errors';
import { MAX_VERSIONS_PER_HOUR } from '../../domain/publication';
import { leadReports } from '../../domain/status';
import { ContractContext } from './context.contract';

/** Publishing a plan's follow-up, and reading it without an account. */
export function publishingContract(c: ContractContext): void {
  describe('publishing', () => {
    it('publishes approved reports only, as numbered versions anyone can read, until taken down', async () => {
      const { public: open, publishing } = c.backend.adapter();
      const plan = c.seed.plans.find((p) => p.status !== 'draft')!;
      const period = c.openPeriod();
      await c.backend.signInAs(c.person('strategist').id);
      const first = await publishing!.publish(plan.id, period.id);
      expect([first.version, first.planId, first.periodId]).toEqual([1, plan.id, period.id]);
      // Each goal's status is its approved lead report's; a lead report only submitted does not count.
      const approved = leadReports(
        period.id,
        c.seed.reports.filter((r) => r.planId === plan.id && r.state === 'approved'),
      );
      for (const goal of first.goals) {
        expect(goal.status)
          .withContext(goal.id)
          .toBe(approved.get(goal.id)?.status ?? 'not-reported');
      }
      expect((await publishing!.publish(plan.id, period.id)).version).toBe(2);

      await c.backend.signOut();
      const listed = (await open.publications()).find(
        (p) => p.planId === plan.id && p.periodId === period.id,
      );
      expect(listed?.latestVersion).toBe(2);
      expect((await open.published(plan.id, period.id))?.snapshot.version).toBe(2);
      expect((await open.published(plan.id, period.id, 1))?.snapshot.version).toBe(1);
      expect((await open.published(plan.id, period.id, 1))?.publication.latestVersion).toBe(2);

      await c.backend.signInAs(c.person('strategist').id);
      await publishing!.unpublish(plan.id, period.id);
      await c.backend.signOut();
      expect(
        (await open.publications()).some((p) => p.planId === plan.id && p.periodId === period.id),
      ).toBeFalse();
      expect(await open.published(plan.id, period.id)).toBeNull();
    });

    it('refuses a period published as often as the hour allows, saying so', async () => {
      const { publishing } = c.backend.adapter();
      const plan = c.seed.plans.find((p) => p.status !== 'draft')!;
      const period = c.openPeriod();
      await c.backend.signInAs(c.person('strategist').id);
      for (let i = 1; i <= MAX_VERSIONS_PER_HOUR; i++)
        expect((await publishing!.publish(plan.id, period.id)).version).toBe(i);
      await expectAsync(publishing!.publish(plan.id, period.id)).toBeRejectedWithError(PublishedTooOften);
    });

    it('lets no one but a strategist publish', async () => {
      const { publishing } = c.backend.adapter();
      const plan = c.seed.plans.find((p) => p.status !== 'draft')!;
      await c.backend.signInAs(c.person('committee').id);
      await expectAsync(publishing!.publish(plan.id, c.openPeriod().id)).toBeRejectedWithError(
        PermissionDenied,
      );
      await c.backend.signOut();
      await expectAsync(publishing!.publish(plan.id, c.openPeriod().id)).toBeRejectedWithError(
        PermissionDenied,
      );
    });
  });
}
