// Builds the Cloud Functions (functions/src) with the app's domain code into functions/lib, and
// with `--check` loads the result the way the Functions runtime does and checks what it declares.
// firebase.json runs it before `firebase deploy --only functions`; `npm test` runs the check.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { build } from 'esbuild';

const outfile = 'functions/lib/index.js';
await build({
  entryPoints: ['functions/src/index.ts'],
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  outfile,
  // Installed by the Functions runtime from functions/package.json.
  external: [
    'firebase-admin',
    'firebase-admin/*',
    'firebase-functions',
    'firebase-functions/*',
    'nodemailer',
  ],
  logLevel: 'warning',
});

if (process.argv.includes('--check')) {
  process.env.GCLOUD_PROJECT ??= 'demo-kompass';
  const functions = createRequire(import.meta.url)(resolve(outfile));
  const expected = {
    refreshPlanSummaries: {
      eventType: 'google.cloud.firestore.document.v1.written',
      document: 'orgs/{orgId}/reports/{reportId}',
      region: 'europe-north1',
    },
    refreshGoalOutlines: {
      eventType: 'google.cloud.firestore.document.v1.written',
      document: 'orgs/{orgId}/goals/{goalId}',
      region: 'europe-north1',
    },
    carryOutPublishRequest: {
      eventType: 'google.cloud.firestore.document.v1.created',
      document: 'orgs/{orgId}/publishRequests/{requestId}',
      region: 'europe-north1',
    },
    syncMemberAccess: {
      eventType: 'google.cloud.firestore.document.v1.written',
      document: 'orgs/{orgId}/members/{memberId}',
      region: 'europe-north1',
    },
    noticeReportDecisions: {
      eventType: 'google.cloud.firestore.document.v1.written',
      document: 'orgs/{orgId}/reports/{reportId}',
      region: 'europe-north1',
    },
    noticePublications: {
      eventType: 'google.cloud.firestore.document.v1.written',
      document: 'orgs/{orgId}/publications/{publicationId}',
      region: 'europe-north1',
    },
    sendDailyNotices: {
      schedule: '0 8 * * *',
      timeZone: 'Europe/Stockholm',
      region: 'europe-north1',
    },
    refreshKoladaWeekly: {
      schedule: '0 5 * * 1',
      timeZone: 'Europe/Stockholm',
      region: 'europe-north1',
    },
    // Behind Hosting's /kolada/** rewrite (firebase.json names the same id and region).
    koladaProxy: { https: true, region: 'europe-north1' },
  };
  const problems = [];
  for (const [name, want] of Object.entries(expected)) {
    const endpoint = functions[name]?.__endpoint;
    const got =
      endpoint &&
      (endpoint.httpsTrigger
        ? { https: true, region: endpoint.region?.[0] }
        : endpoint.scheduleTrigger
          ? {
              schedule: endpoint.scheduleTrigger.schedule,
              timeZone: endpoint.scheduleTrigger.timeZone,
              region: endpoint.region?.[0],
            }
          : {
              eventType: endpoint.eventTrigger?.eventType,
              document: endpoint.eventTrigger?.eventFilterPathPatterns?.document,
              region: endpoint.region?.[0],
            });
    if (JSON.stringify(got) !== JSON.stringify(want)) {
      problems.push(`${name}: expected ${JSON.stringify(want)}, got ${JSON.stringify(got)}`);
    }
  }
  // Every Hosting rewrite to a function names one declared here, in its region.
  const rewrites = JSON.parse(readFileSync('firebase.json', 'utf8')).hosting.rewrites ?? [];
  for (const { source, function: target } of rewrites.filter((r) => r.function)) {
    const want = expected[target.functionId];
    if (!want?.https || want.region !== target.region)
      problems.push(
        `firebase.json rewrites ${source} to ${JSON.stringify(target)}, which is no HTTPS function here`,
      );
  }
  const extra = Object.keys(functions).filter((name) => !(name in expected));
  if (extra.length) problems.push(`unexpected exports: ${extra.join(', ')}`);
  if (problems.length) {
    console.error(`Cloud Functions check failed:\n${problems.join('\n')}`);
    process.exit(1);
  }
  console.log(`Cloud Functions: ${Object.keys(expected).join(', ')} declared as expected.`);
}
