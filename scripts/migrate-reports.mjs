// Brings a Firebase project's Cloud Firestore data written before shared-goal reports into today's
// shape, once, after deploying the new rules and functions (see docs/firebase.md):
// - each report gets `reportsAs` (lead, contributor, responsible) from its goal or activity;
// - each goal gets `contributorsReportValues: false` (contributors' values are not asked for);
// - each report's times become stored times, so that the review queue's order never mixes them
//   with the times the server now writes;
// - each plan's summaries are computed again with the lead rule;
// - each plan's goal outlines (what a session reads instead of every goal) are computed;
// - each goal with reports gets its marker (reportedGoals), which the rules check before a goal is removed.
// Records already in shape are left as they are, so running it twice changes nothing the second time.
//
//   node scripts/migrate-reports.mjs --project P [--org ORG]   (GOOGLE_APPLICATION_CREDENTIALS, or
//   FIRESTORE_EMULATOR_HOST against the emulator)
import { importTs } from './ts-module.mjs';

const args = process.argv.slice(2);
const option = (name) => {
  const index = args.indexOf(`--${name}`);
  return index > -1 ? args[index + 1] : undefined;
};
const project = option('project');
if (!project) {
  console.error('migrate-reports: --project is required');
  process.exit(2);
}
const { withCurrentShape, timesForImport, summariesOf, outlinesOf, reportedGoalsOf } = await importTs(
  'scripts/import-data-entry.ts',
  'import-data',
);
const { initializeApp } = await import('firebase-admin/app');
const { getFirestore, Timestamp } = await import('firebase-admin/firestore');
const db = getFirestore(initializeApp({ projectId: project }));
const toTime = (iso) => Timestamp.fromDate(new Date(iso));
const isoOf = (value) => (value && typeof value.toDate === 'function' ? value.toDate().toISOString() : value);

const orgIds = option('org')
  ? [option('org')]
  : (await db.collection('orgs').listDocuments()).map((d) => d.id);
for (const orgId of orgIds) {
  const read = async (kind) => (await db.collection(`orgs/${orgId}/${kind}`).get()).docs.map((d) => d.data());
  const [goals, activities, stored] = await Promise.all([read('goals'), read('activities'), read('reports')]);
  // The domain works with ISO strings; what is already a stored time is compared as one.
  const reports = stored.map((r) => ({
    ...r,
    createdAt: isoOf(r.createdAt),
    updatedAt: isoOf(r.updatedAt),
    submittedAt: isoOf(r.submittedAt),
    decidedAt: isoOf(r.decidedAt),
  }));
  const shaped = withCurrentShape(goals, activities, reports);
  const writes = [];
  shaped.goals.forEach((goal, i) => {
    if (goals[i].contributorsReportValues === undefined)
      writes.push([`orgs/${orgId}/goals/${goal.id}`, { contributorsReportValues: false }]);
  });
  shaped.reports.forEach((report, i) => {
    const patch = {};
    if (stored[i].reportsAs === undefined) patch.reportsAs = report.reportsAs;
    const times = timesForImport(
      Object.fromEntries(
        ['createdAt', 'updatedAt', 'submittedAt', 'decidedAt'].map((f) => [f, stored[i][f]]),
      ),
      toTime,
    );
    for (const [field, value] of Object.entries(times)) if (value !== stored[i][field]) patch[field] = value;
    if (Object.keys(patch).length > 0) writes.push([`orgs/${orgId}/reports/${report.id}`, patch]);
  });
  const computedAt = new Date().toISOString();
  const summaries = [
    ...summariesOf(orgId, shaped.reports, computedAt).map((s) => [`summaries/${s.id}`, s]),
    ...outlinesOf(
      orgId,
      shaped.goals.map((g) => ({ ...g, createdAt: isoOf(g.createdAt), updatedAt: isoOf(g.updatedAt) })),
      computedAt,
    ).map((o) => [`goalOutlines/${o.id}`, o]),
  ];
  for (const [path, document] of summaries) writes.push([`orgs/${orgId}/${path}`, document, 'set']);
  for (const [path, marker] of reportedGoalsOf(orgId, shaped.reports)) {
    summaries.push([path, marker]);
    writes.push([path, marker, 'set']);
  }
  for (let i = 0; i < writes.length; i += 500) {
    const batch = db.batch();
    for (const [path, data, how] of writes.slice(i, i + 500)) {
      if (how === 'set') batch.set(db.doc(path), data);
      else batch.update(db.doc(path), data);
    }
    await batch.commit();
  }
  console.log(
    `${orgId}: ${writes.length - summaries.length} records brought into shape, ${summaries.length} summaries, goal outlines and reported goals written`,
  );
}
