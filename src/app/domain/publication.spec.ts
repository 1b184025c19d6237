import { createTestPeriod, createTestPlan } from '../testing/builders';
import { buildSnapshot, PublicSnapshot } from './public-snapshot';
import {
  isPublic,
  publicationAfter,
  publicVersions,
  publishedSnapshotId,
  stillPublic,
  withdrawnAt,
} from './publication';

describe('publications (what the public list reads)', () => {
  const plan = createTestPlan({ id: 'plan-1', title: 'Integrationsplan' });
  const period = createTestPeriod({ id: 'per-1' });
  const publish = (published: PublicSnapshot[], at: string, of = period) =>
    buildSnapshot({
      orgId: 'org',
      plan,
      period: of,
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

  it('publishing again after a withdrawal brings back only the new version, never the withdrawn ones', () => {
    const v1 = publish([], '2026-12-01T09:00:00.000Z');
    const v2 = publish([v1], '2026-12-05T09:00:00.000Z');
    const first = publicationAfter(publicationAfter(null, v1), v2);
    expect(publicVersions(first).map((v) => v.version)).toEqual([1, 2]);
    const gone = withdrawnAt(first, '2026-12-06T09:00:00.000Z');
    expect(publicVersions(gone)).toEqual([]);
    const v3 = publish([v1, v2], '2026-12-07T09:00:00.000Z');
    const back = publicationAfter(gone, v3);
    expect(back.publicFromVersion).toBe(3);
    expect(publicVersions(back).map((v) => v.version)).toEqual([3]);
    // A later version keeps the line where it was.
    const v4 = publish([v1, v2, v3], '2026-12-08T09:00:00.000Z');
    expect(publicVersions(publicationAfter(back, v4)).map((v) => v.version)).toEqual([3, 4]);
    expect(stillPublic([v1, v2, v3], [back]).map((s) => s.version)).toEqual([3]);
  });

  it('a later period’s trend leaves out a withdrawn period’s figures', () => {
    const earlierPeriod = createTestPeriod({ id: 'per-0', endsOn: '2025-12-31' });
    const old = publish([], '2026-01-10T09:00:00.000Z', earlierPeriod);
    const withdrawn = withdrawnAt(publicationAfter(null, old), '2026-02-01T09:00:00.000Z');
    expect(stillPublic([old], [withdrawn])).toEqual([]);
    expect(stillPublic([old], [publicationAfter(null, old)])).toEqual([old]);
    // A snapshot whose publication record is missing is not public either.
    expect(stillPublic([old], [])).toEqual([]);
  });
});
