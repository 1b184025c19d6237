import { createTestPeriod, createTestPlan } from '../testing/builders';
import { buildSnapshot, PublicSnapshot } from './public-snapshot';
import { isPublic, publicationAfter, publishedSnapshotId, withdrawnAt } from './publication';

describe('publications (what the public list reads)', () => {
  const plan = createTestPlan({ id: 'plan-1', title: 'Integrationsplan' });
  const period = createTestPeriod({ id: 'per-1' });
  const publish = (published: PublicSnapshot[], at: string) =>
    buildSnapshot({
      orgId: 'org',
      plan,
      period,
      focusAreas: [],
      goals: [],
      indicators: [],
      activities: [],
      departments: [],
      reports: [],
      published,
      publishedAt: at,
    });

  it('a first version, then the next; the public sees the latest and every version stays listed', () => {
    const v1 = publish([], '2026-12-01T09:00:00.000Z');
    const first = publicationAfter(null, v1);
    expect(first).toEqual(
      jasmine.objectContaining({
        id: 'plan-1__per-1',
        planTitle: 'Integrationsplan',
        latestVersion: 1,
        withdrawnAt: null,
      }),
    );
    const v2 = publish([v1], '2026-12-15T09:00:00.000Z');
    const second = publicationAfter(first, v2);
    expect(second.latestVersion).toBe(2);
    expect(second.versions).toEqual([
      { version: 1, publishedAt: '2026-12-01T09:00:00.000Z' },
      { version: 2, publishedAt: '2026-12-15T09:00:00.000Z' },
    ]);
    expect(publishedSnapshotId(second)).toBe('plan-1__per-1__v2');
    expect(publishedSnapshotId(second, 1)).toBe('plan-1__per-1__v1');
  });

  it('unpublishing withdraws it; publishing again makes it public with the next version', () => {
    const v1 = publish([], '2026-12-01T09:00:00.000Z');
    const gone = withdrawnAt(publicationAfter(null, v1), '2026-12-02T09:00:00.000Z');
    expect(isPublic(gone)).toBeFalse();
    const back = publicationAfter(gone, publish([v1], '2026-12-03T09:00:00.000Z'));
    expect([isPublic(back), back.latestVersion]).toEqual([true, 2]);
  });
});
