import { DemoSeed } from './demo-seed';
import { demoPublications } from './demo-publications';
import { KompassDb } from './kompass-db';

/** The key under which the embedded database notes when it was seeded. */
export const SEED_KEY = 'seededAt';

/** Writes the demo (inside the caller's transaction), with the closed periods published. */
export async function writeSeed(db: KompassDb, seed: DemoSeed, now: Date): Promise<void> {
  await db.organisations.put(seed.organisation);
  await db.departments.bulkPut(seed.departments);
  await db.members.bulkPut(seed.members);
  await db.plans.bulkPut(seed.plans);
  await db.focusAreas.bulkPut(seed.focusAreas);
  await db.goals.bulkPut(seed.goals);
  await db.indicators.bulkPut(seed.indicators);
  await db.activities.bulkPut(seed.activities);
  await db.measurements.bulkPut(seed.measurements);
  await db.periods.bulkPut(seed.periods);
  await db.reports.bulkPut(seed.reports);
  await db.audit.bulkPut(seed.audit);
  const { snapshots, publications } = demoPublications(seed);
  await db.snapshots.bulkPut(snapshots);
  await db.publications.bulkPut(publications);
  await db.meta.put({ key: SEED_KEY, value: now.toISOString() });
}
