// `npm run start:firebase`: the production path on this machine, for a municipality's developer
// evaluating Kompass on Firebase. Starts the Auth, Firestore and Functions emulators (with a local
// mail catcher and a Kolada stand-in: scripts/firebase-stack.mjs), moves the demo organisation in
// with the same import a municipality uses (scripts/import-data.mjs, from an export file), gives
// every demo person an account, and serves the production build in Firebase mode. Ctrl+C stops it all.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { importTs } from './ts-module.mjs';
import { startFirebaseStack } from './firebase-stack.mjs';
import { PROJECT } from './emulators.mjs';

const PORT = Number(process.env.PORT ?? 4200);
const PASSWORD = 'kompass-demo';
const app = `http://localhost:${PORT}`;

if (!existsSync('dist/kompass/browser/index.html')) {
  console.log('Building the production app …');
  if (spawnSync('node', ['scripts/build.mjs'], { stdio: 'inherit' }).status !== 0) process.exit(1);
}

console.log('Starting the Firebase emulators …');
const stack = await startFirebaseStack({
  appUrl: app,
  log: 'test-results/start-firebase-emulators.log',
  onMessage: (mail) => console.log(`✉  to ${mail.to.join(', ')}: ${mail.subject}`),
});
let server = null;
let stopping = false;
const stop = async () => {
  if (stopping) return;
  stopping = true;
  console.log('\nStopping …');
  server?.kill();
  await stack.stop();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
const env = { ...process.env, ...stack.env };

// The demo as the admin page's "Flytta till en egen installation" downloads it.
const { buildDemoSeed } = await importTs('src/app/data-access/local/demo-seed.ts', 'demo-seed');
const { assembleExport, EXPORT_COLLECTIONS } = await importTs('src/app/domain/data-export.ts', 'data-export');
const seed = buildDemoSeed(new Date());
const data = assembleExport(
  seed.organisation,
  EXPORT_COLLECTIONS.map((kind) => [kind, seed[kind]]),
  new Date(),
);
mkdirSync('test-results', { recursive: true });
const file = 'test-results/start-firebase-demo-export.json';
writeFileSync(file, JSON.stringify(data));
const imported = spawnSync('node', ['scripts/import-data.mjs', '--project', PROJECT, '--file', file], {
  stdio: 'inherit',
  env,
});
if (imported.status !== 0) {
  await stack.stop();
  process.exit(1);
}

// An account per active demo person, with the access an administrator's invitation gives.
Object.assign(process.env, stack.env);
const { accessClaimFor } = await importTs('src/app/data-access/firebase/access-claims.ts', 'access-claims');
const { initializeApp } = await import('firebase-admin/app');
const { getAuth } = await import('firebase-admin/auth');
const auth = getAuth(initializeApp({ projectId: PROJECT }, 'start-firebase'));
const people = seed.members.filter((m) => m.active && m.roles.length > 0 && m.email);
await auth.importUsers(
  people.map((member) => ({
    uid: member.id,
    email: member.email,
    emailVerified: true,
    displayName: member.name,
    customClaims: accessClaimFor(seed.organisation, member),
  })),
);
for (const member of people) await auth.updateUser(member.id, { password: PASSWORD });

const config = 'test-results/start-firebase-config.json';
writeFileSync(
  config,
  JSON.stringify({
    backend: 'firebase',
    firebase: {
      apiKey: 'demo-api-key',
      authDomain: `${PROJECT}.firebaseapp.com`,
      projectId: PROJECT,
      appId: '1:000000000000:web:0000000000000000',
    },
    emulators: { auth: `http://${stack.hosts.auth}`, firestore: stack.hosts.firestore },
    publicOrganisation: seed.organisation.id,
  }),
);
server = spawn(
  'node',
  [
    'scripts/serve-dist.mjs',
    '--port',
    String(PORT),
    '--config',
    config,
    '--allow-connect',
    `http://${stack.hosts.auth} http://${stack.hosts.firestore} ws://${stack.hosts.firestore}`,
  ],
  { stdio: 'ignore' },
);

console.log(`\nKompass on the Firebase emulators: ${app}`);
console.log(`Sign in with email and password (every person's password: ${PASSWORD}):`);
for (const member of people) console.log(`  ${member.email.padEnd(42)} ${member.roles.join(', ')}`);
console.log(`The public follow-up: ${app}/public. Emails the functions send are printed here. Ctrl+C stops.`);
