import { createTestPeriod, createTestPlan } from '../testing/builders';
import { buildSnapshot, PublicSnapshot } from './public-snapshot';
import {
  isPublic,
  MAX_VERSIONS_PER_HOUR,
  publicationAfter,
  publishedTooOften,
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

  describe('how often a period may be published', () => {
    const now = new Date('2026-12-05T12:00:00.000Z');
    const publishedAt = (...times: string[]) => {
      let publication = null as ReturnType<typeof publicationAfter> | null;
      const snapshots: PublicSnapshot[] = [];
      for (const at of times) {
        const snapshot = publish(snapshots, at);
        snapshots.push(snapshot);
        publication = publicationAfter(publication, snapshot);
      }
      return publication;
    };
    const times = (count: number, from: string) =>
      Array.from({ length: count }, (_, i) => new Date(Date.parse(from) + i * 60_000).toISOString());
    const rows: { case: string; publication: ReturnType<typeof publishedAt>; tooOften: boolean }[] = [
      { case: 'never published', publication: null, tooOften: false },
      {
        case: 'one less than the limit this hour',
        publication: publishedAt(...times(MAX_VERSIONS_PER_HOUR - 1, '2026-12-05T11:10:00.000Z')),
        tooOften: false,
      },
      {
        case: 'the limit this hour',
        publication: publishedAt(...times(MAX_VERSIONS_PER_HOUR, '2026-12-05T11:10:00.000Z')),
        tooOften: true,
      },
      {
        case: 'the limit, but over an hour ago',
        publication: publishedAt(...times(MAX_VERSIONS_PER_HOUR, '2026-12-05T10:00:00.000Z')),
        tooOften: false,
      },
      {
        case: 'withdrawn in between does not reset it',
        publication: withdrawnAt(
          publishedAt(...times(MAX_VERSIONS_PER_HOUR, '2026-12-05T11:30:00.000Z'))!,
          '2026-12-05T11:50:00.000Z',
        ),
        tooOften: true,
      },
    ];
    for (const row of rows) {
      it(`${row.case}: ${row.tooOften ? 'refused' : 'allowed'}`, () => {
        expect(publishedTooOften(row.publication, now)).toBe(row.tooOften);
      });
    }
  });
});
