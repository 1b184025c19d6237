// Reads a Kompass export (the JSON file an administrator downloads under "Förvaltningar och
// personer → Flytta till en egen installation") into a Firebase project's Cloud Firestore, with the
// Admin SDK: every record under orgs/{orgId}/…, the audit log included, in batches of 500, then the
// plans' summaries the dashboards read. The
// file is checked first (src/app/domain/data-export.ts) and nothing is written if it is not valid.
//
//   node scripts/import-data.mjs --project P --file kompass-halmstad-2026-11-23.json [--grant]
//        [--microsoft-tenant TENANT_ID]
//
// --grant also gives every active person in the file access (scripts/access.mjs's claim) and
// prints the link each one uses to choose a password. An account that already had a person's
// address gets access only if that address is verified, or (with --microsoft-tenant) the account
// signs in with Microsoft at that address and has no password. Against the emulators set
// FIRESTORE_EMULATOR_HOST (and FIREBASE_AUTH_EMULATOR_HOST for --grant); against a real project
// GOOGLE_APPLICATION_CREDENTIALS (see docs/firebase.md). Refuses to write into an organisation that
// already has records, so a second run cannot mix two exports.
import { readFileSync } from 'node:fs';
import { importTs } from './ts-module.mjs';

const args = process.argv.slice(2);
const option = (name) => {
  const index = args.indexOf(`--${name}`);
  return index > -1 ? args[index + 1] : undefined;
};
const fail = (message) => {
  console.error(`import-data: ${message}`);
  process.exit(2);
};
const project = option('project');
const file = option('file');
if (!project) fail('--project is required');
if (!file) fail('--file is required (the JSON file downloaded from the admin page)');

const {
  readExport,
  exportDocuments,
  summariesOf,
  outlinesOf,
  reportedGoalsOf,
  timesForImport,
  syncAccess,
  accessAuthOf,
} = await importTs('scripts/import-data-entry.ts', 'import-data');

const result = readExport(readFileSync(file, 'utf8'));
if (!result.ok) {
  for (const problem of result.problems) console.error(`  ${JSON.stringify(problem)}`);
  fail(`${file} cannot be imported (${result.problems.length} problems above); nothing was written`);
}
const data = result.data;
const { initializeApp } = await import('firebase-admin/app');
const { getFirestore, Timestamp } = await import('firebase-admin/firestore');
const app = initializeApp({ projectId: project });
const db = getFirestore(app);

// The organisation's own document or any collection under it: either means it is in use.
const orgRef = db.doc(`orgs/${data.organisation.id}`);
if ((await orgRef.get()).exists || (await orgRef.listCollections()).length > 0) {
  fail(`orgs/${data.organisation.id} already exists or has records; nothing was written`);
}

const documents = exportDocuments(data);
for (let i = 0; i < documents.length; i += 500) {
  const batch = db.batch();
  for (const [path, record] of documents.slice(i, i + 500)) {
    // Reports keep their times as the server's times do (the review queue orders by them).
    const stored = path.includes('/reports/')
      ? timesForImport(record, (iso) => Timestamp.fromDate(new Date(iso)))
      : record;
    batch.set(db.doc(path), stored);
  }
  await batch.commit();
  console.log(`${Math.min(i + 500, documents.length)} of ${documents.length} documents written`);
}
// The dashboards' summaries, computed after every report is in (the Cloud Function skips the
// reports' triggers for summaries computed after them, so an import does not recompute each plan
// once per report).
// The goals' outlines likewise, after every goal is in; and which goals have reports (the rules
// keep those goals).
const computedAt = new Date().toISOString();
const org = `orgs/${data.organisation.id}`;
const derived = [
  ...summariesOf(data.organisation.id, data.reports, computedAt).map((s) => [`${org}/summaries/${s.id}`, s]),
  ...outlinesOf(data.organisation.id, data.goals, computedAt).map((o) => [`${org}/goalOutlines/${o.id}`, o]),
  ...reportedGoalsOf(data.organisation.id, data.reports),
];
for (let i = 0; i < derived.length; i += 500) {
  const batch = db.batch();
  for (const [path, document] of derived.slice(i, i + 500)) batch.set(db.doc(path), document);
  await batch.commit();
}
console.log(`${derived.length} plan summaries, goal outlines and reported goals written`);
console.log(`Imported ${data.organisation.name} (${data.organisation.id}) into ${project}.`);

if (args.includes('--grant')) {
  // The same procedure as the access function (syncMemberAccess): an account of another
  // organisation or another member record is left alone, and every refusal is said.
  const { getAuth } = await import('firebase-admin/auth');
  const auth = getAuth(app);
  for (const member of data.members.filter((m) => m.active && m.roles.length > 0)) {
    const outcomes = await syncAccess(
      accessAuthOf(auth, { microsoftTenant: option('microsoft-tenant') ?? '' }),
      data.organisation,
      null,
      member,
    );
    for (const outcome of outcomes) {
      if (outcome.outcome === 'refused') {
        console.error(`${member.name} <${member.email}>: no access given — ${outcome.reason}`);
        continue;
      }
      const link = await auth.generatePasswordResetLink(member.email);
      console.log(
        `${member.name} <${member.email}>: ${member.roles.join(', ')} (${outcome.outcome}) — ${link}`,
      );
    }
  }
}
