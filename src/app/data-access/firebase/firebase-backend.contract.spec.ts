import { PermissionDenied } from '../../domain/errors';
import { ENTITY_KINDS, Id } from '../../domain/model';
import { summariesOf } from '../../domain/plan-summary';
import { toRestFields } from '../../testing/firestore-rest';
import { Session } from '../backend';
import { backendContract } from '../backend.contract';
import { buildDemoSeed, DEMO_ORG_ID, DemoSeed } from '../local/demo-seed';
import { accessClaimFor } from './access-claims';
import { FirebaseBackend } from './firebase-backend';
import { reportedGoalsOf } from './reported-goals';
import { timesForImport } from './stored-times';

// The port's contract suite against the Firebase adapter, on the Auth and Firestore emulators.
// karma.conf.js passes their addresses from FIREBASE_AUTH_EMULATOR_HOST, FIRESTORE_EMULATOR_HOST
// and FIREBASE_EMULATOR_HUB (`npm test` starts the emulators and sets them). Where the emulators
// cannot run (no Java 21+, no Firestore emulator), every test of the suite is reported as skipped
// with that reason, never as passed.

interface KarmaEmulators {
  authEmulator?: string | null;
  firestoreEmulator?: string | null;
  /** The Emulator Hub, which holds the Cloud Functions' triggers while a test seeds. */
  hub?: string | null;
  /** Why the emulators are not running here (scripts/test.mjs says). */
  skipReason?: string | null;
}
const emulators: KarmaEmulators =
  (window as unknown as { __karma__?: { config?: { kompass?: KarmaEmulators } } }).__karma__?.config
    ?.kompass ?? {};
const REASON =
  emulators.skipReason ??
  'the port contract on Cloud Firestore needs the Firebase emulators, which `npm test` starts where they can run';
// The project the emulators run (firebase.json, .firebaserc): the suite runs under the real firestore.rules.
const PROJECT = 'demo-kompass';
const TODAY = new Date(2026, 10, 22, 12, 0, 0);
const PASSWORD = 'kontrakt-lösenord';
const emailOf = (memberId: Id) => `${memberId}@contract.kompass.test`;
let counter = 0;

/** The adapter with the demo's "sign in as" done the production way: an account with a claim. */
class EmulatedFirebaseBackend extends FirebaseBackend {
  constructor(
    private readonly memberIds: Set<Id>,
    appName: string,
  ) {
    super(
      {
        backend: 'firebase',
        firebase: {
          apiKey: 'demo-key',
          authDomain: `${PROJECT}.firebaseapp.com`,
          projectId: PROJECT,
          appId: '1:0:web:0',
        },
        emulators: { auth: `http://${emulators.authEmulator}`, firestore: emulators.firestoreEmulator! },
        publicOrganisation: DEMO_ORG_ID,
      },
      { appName, inMemory: true },
    );
  }

  async signInAs(memberId: Id): Promise<Session> {
    if (!this.memberIds.has(memberId)) throw new PermissionDenied('sign-in', 'members');
    const session = await this.signInWithPassword(emailOf(memberId), PASSWORD);
    if (!session) throw new PermissionDenied('sign-in', 'members');
    return session;
  }
}

async function call(url: string, init: RequestInit = {}): Promise<unknown> {
  const response = await fetch(url, {
    ...init,
    headers: { 'Content-Type': 'application/json', Authorization: 'Bearer owner', ...init.headers },
  });
  if (!response.ok)
    throw new Error(`${init.method ?? 'GET'} ${url}: ${response.status} ${await response.text()}`);
  return response.json();
}

/**
 * Empties both emulators and writes the demo seed (rules bypassed, as the Admin SDK would), with
 * the Cloud Functions' triggers held meanwhile: the seed is what an import leaves, and a trigger
 * per seeded report would keep the Functions emulator busy well into the next test. The
 * documents go in commits of 500, every account with its access claim in one call.
 */
async function seedEmulators(seed: DemoSeed): Promise<void> {
  const firestore = `http://${emulators.firestoreEmulator}`;
  const auth = `http://${emulators.authEmulator}`;
  const hub = emulators.hub ? `http://${emulators.hub}` : null;
  if (hub) await call(`${hub}/functions/disableBackgroundTriggers`, { method: 'PUT' });
  try {
    await call(`${firestore}/emulator/v1/projects/${PROJECT}/databases/(default)/documents`, {
      method: 'DELETE',
    });
    await call(`${auth}/emulator/v1/projects/${PROJECT}/accounts`, { method: 'DELETE' });

    const root = `projects/${PROJECT}/databases/(default)/documents`;
    const org = seed.organisation.id;
    const documents: [string, Record<string, unknown>][] = [[`orgs/${org}`, { ...seed.organisation }]];
    for (const kind of ENTITY_KINDS) {
      for (const record of seed[kind]) {
        // Reports' times as an import stores them: as times, as the server writes them.
        const stored = kind === 'reports' ? timesForImport(record, (iso) => new Date(iso)) : record;
        documents.push([`orgs/${org}/${kind}/${record.id}`, { ...stored }]);
      }
    }
    for (const entry of seed.audit) documents.push([`orgs/${org}/audit/${entry.id}`, { ...entry }]);
    // The dashboards' summaries as an import writes them (the Cloud Function keeps them from here).
    for (const summary of summariesOf(org, seed.reports, new Date().toISOString())) {
      documents.push([`orgs/${org}/summaries/${summary.id}`, { ...summary }]);
    }
    for (const [path, marker] of reportedGoalsOf(org, seed.reports)) documents.push([path, { ...marker }]);
    for (let i = 0; i < documents.length; i += 500) {
      await call(`${firestore}/v1/${root}:commit`, {
        method: 'POST',
        body: JSON.stringify({
          writes: documents
            .slice(i, i + 500)
            .map(([path, fields]) => ({ update: { name: `${root}/${path}`, fields: toRestFields(fields) } })),
        }),
      });
    }
    const users = seed.members
      .filter((member) => member.active)
      .map((member) => ({
        localId: member.id,
        email: emailOf(member.id),
        rawPassword: PASSWORD,
        displayName: member.name,
        customAttributes: JSON.stringify(accessClaimFor(seed.organisation, member)),
      }));
    await call(`${auth}/identitytoolkit.googleapis.com/v1/projects/${PROJECT}/accounts:batchCreate`, {
      method: 'POST',
      body: JSON.stringify({ users }),
    });
  } finally {
    if (hub) await call(`${hub}/functions/enableBackgroundTriggers`, { method: 'PUT' });
  }
}

describe('Firebase adapter on the emulators', () => {
  if (!emulators.firestoreEmulator || !emulators.authEmulator) {
    beforeEach(() => {
      // The reason travels to the test summary (karma.conf.js) with the skip.
      setSpecProperty('skipReason', REASON);
      pending(REASON);
    });
  }
  // Each write is a transaction with the emulator, and summaries wait for the Cloud Function: a
  // test takes a few seconds where the embedded backend takes milliseconds.
  let defaultTimeout = 0;
  beforeAll(() => {
    defaultTimeout = jasmine.DEFAULT_TIMEOUT_INTERVAL;
    jasmine.DEFAULT_TIMEOUT_INTERVAL = 60_000;
  });
  afterAll(() => (jasmine.DEFAULT_TIMEOUT_INTERVAL = defaultTimeout));
  backendContract('Firebase (Cloud Firestore + Auth emulators)', async () => {
    // The demo with the first 50 entries of its audit log (it has about 1 400, which would be most
    // of each test's seeding): the fixture's seed is what was written, so the export still has to
    // give back every entry.
    const demo = buildDemoSeed(TODAY);
    const seed: DemoSeed = { ...demo, audit: demo.audit.slice(0, 50) };
    await seedEmulators(seed);
    const backend = new EmulatedFirebaseBackend(
      new Set(seed.members.filter((m) => m.active).map((m) => m.id)),
      `contract-${counter++}`,
    );
    await backend.restoreSession();
    return { backend, seed, dispose: () => backend.dispose() };
  });
});
