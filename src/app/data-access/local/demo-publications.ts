import { buildSnapshot, PublicSnapshot } from '../../domain/public-snapshot';
import { Publication, publicationAfter } from '../../domain/publication';
import { DemoSeed } from './demo-seed';

/**
 * The demo's published follow-up: every adopted plan's closed periods, oldest first, each
 * published on its reporting deadline, so the public pages have something to show and a trend.
 */
export function demoPublications(
  seed: Pick<
    DemoSeed,
    | 'organisation'
    | 'plans'
    | 'focusAreas'
    | 'goals'
    | 'indicators'
    | 'activities'
    | 'departments'
    | 'periods'
    | 'reports'
  >,
): {
  snapshots: PublicSnapshot[];
  publications: Publication[];
} {
  const snapshots: PublicSnapshot[] = [];
  const publications: Publication[] = [];
  const closed = seed.periods
    .filter((p) => p.state === 'closed')
    .sort((a, b) => a.endsOn.localeCompare(b.endsOn));
  for (const plan of seed.plans.filter((p) => p.status !== 'draft')) {
    const published: PublicSnapshot[] = [];
    for (const period of closed) {
      const snapshot = buildSnapshot({
        orgId: seed.organisation.id,
        plan,
        period,
        focusAreas: seed.focusAreas,
        goals: seed.goals,
        indicators: seed.indicators,
        activities: seed.activities,
        departments: seed.departments,
        reports: seed.reports,
        published,
        publishedAt: `${period.deadline}T09:00:00.000Z`,
      });
      published.push(snapshot);
      publications.push(publicationAfter(null, snapshot));
    }
    snapshots.push(...published);
  }
  return { snapshots, publications };
}
