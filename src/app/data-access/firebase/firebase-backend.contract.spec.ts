import { PermissionDenied } from '../../domain/errors';
import { ENTITY_KINDS, Id } from '../../domain/model';
import { summariesOf } from '../../domain/plan-summary';
import { toRestFields } from '../../testing/firestore-rest';
import { Session } from '../backend';
import { backendContract } from '../backend.contract';
import { buildDemoSeed, DEMO_ORG_ID, DemoSeed } from '../local/demo-seed';
import { accessClaimFor } from './access-claims';
import { FirebaseBackend } from './firebase-backend';

// The port's contract suite against the Firebase adapter, on the Auth and Firestore emulators.
// karma.conf.js passes their addresses from FIREBASE_AUTH_EMULATOR_HOST and
// FIRESTORE_EMULATOR_HOST (`npm run test:firebase` sets both). Without the Firestore emulator —
// it needs Java 21 and downloads its jar, which these machines cannot — every test of the suite
// is reported as skipped with that reason, never as passed.

interface KarmaEmulators {
  authEmulator?: string | null;
  firestoreEmulator?: string | null;
}
const emulators: KarmaEmulators =
  (window as unknown as { __karma__?: { config?: { kompass?: KarmaEmulators } } }).__karma__?.config
    ?.kompass ?? {};
const REASON =
  'the port contract on Cloud Firestore needs the Firestore emulator (Java 21 and a jar download; not available on this machine): run `npm run test:firebase`';
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

/** Empties both emulators and writes the demo seed (rules bypassed, as the Admin SDK would). */
async function seedEmulators(seed: DemoSeed): Promise<void> {
  const firestore = `http://${emulators.firestoreEmulator}`;
  const auth = `http://${emulators.authEmulator}`;
  await call(`${firestore}/emulator/v1/projects/${PROJECT}/databases/(default)/documents`, {
    method: 'DELETE',
  });
  await call(`${auth}/emulator/v1/projects/${PROJECT}/accounts`, { method: 'DELETE' });

  const root = `projects/${PROJECT}/databases/(default)/documents`;
  const org = seed.organisation.id;
  const documents: [string, Record<string, unknown>][] = [[`orgs/${org}`, { ...seed.organisation }]];
  for (const kind of ENTITY_KINDS) {
    for (const record of seed[kind]) documents.push([`orgs/${org}/${kind}/${record.id}`, { ...record }]);
  }
  for (const entry of seed.audit) documents.push([`orgs/${org}/audit/${entry.id}`, { ...entry }]);
  // The dashboards' summaries as an import writes them (the Cloud Function keeps them from here).
  for (const summary of summariesOf(org, seed.reports, new Date().toISOString())) {
    documents.push([`orgs/${org}/summaries/${summary.id}`, { ...summary }]);
  }
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
  for (const member of seed.members.filter((m) => m.active)) {
    const created = (await call(`${auth}/identitytoolkit.googleapis.com/v1/accounts:signUp?key=demo-key`, {
      method: 'POST',
      body: JSON.stringify({ email: emailOf(member.id), password: PASSWORD, displayName: member.name }),
    })) as { localId: string };
    await call(`${auth}/identitytoolkit.googleapis.com/v1/projects/${PROJECT}/accounts:update`, {
      method: 'POST',
      body: JSON.stringify({
        localId: created.localId,
        customAttributes: JSON.stringify(accessClaimFor(seed.organisation, member)),
      }),
    });
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
  backendContract('Firebase (Cloud Firestore + Auth emulators)', async () => {
    const seed = buildDemoSeed(TODAY);
    await seedEmulators(seed);
    const backend = new EmulatedFirebaseBackend(
      new Set(seed.members.filter((m) => m.active).map((m) => m.id)),
      `contract-${counter++}`,
    );
    await backend.restoreSession();
    return { backend, seed, dispose: () => backend.dispose() };
  });
});
