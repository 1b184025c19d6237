// `npm run test:firebase`: firestore.rules against the truth table and the port's contract suite
// on the Firebase adapter, in the Auth, Firestore and Functions emulators (firebase-tools 14.9.0
// through npx). The Firestore emulator needs Java 21 or later: this uses JAVA_HOME when it points
// at one, else `java` on the PATH, else a JDK under /usr/lib/jvm, and says plainly when there is none.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { delimiter, join } from 'node:path';

const FIREBASE_TOOLS = 'firebase-tools@14.9.0';

function majorOf(java) {
  const result = spawnSync(java, ['-version'], { encoding: 'utf8' });
  return Number(/version "(\d+)/.exec(`${result.stderr ?? ''}${result.stdout ?? ''}`)?.[1] ?? 0);
}

function findJava() {
  const candidates = [];
  if (process.env.JAVA_HOME) candidates.push(process.env.JAVA_HOME);
  candidates.push(null); // `java` on the PATH
  if (existsSync('/usr/lib/jvm')) {
    for (const name of readdirSync('/usr/lib/jvm').sort().reverse())
      candidates.push(join('/usr/lib/jvm', name));
  }
  const seen = [];
  for (const home of candidates) {
    const java = home ? join(home, 'bin', 'java') : 'java';
    if (home && !existsSync(java)) continue;
    const major = majorOf(java);
    seen.push(`${java}: ${major || 'not found'}`);
    if (major >= 21) return { home, major, seen };
  }
  return { home: undefined, major: 0, seen };
}

const java = findJava();
if (!java.major) {
  console.error(
    'test:firebase: the Firestore emulator needs Java 21 or later, and none was found ' +
      `(${java.seen.join('; ')}). Set JAVA_HOME to a JDK 21+, or run the suites on the public CI ` +
      '(.github/workflows/firestore.yml).',
  );
  process.exit(1);
}
const env = { ...process.env };
if (java.home) {
  env.JAVA_HOME = java.home;
  env.PATH = `${join(java.home, 'bin')}${delimiter}${env.PATH}`;
}
console.log(`test:firebase: Java ${java.major}${java.home ? ` from ${java.home}` : ''}`);

const run = (command, args) => spawnSync(command, args, { stdio: 'inherit', env }).status ?? 1;
if (run('node', ['scripts/build-functions.mjs']) !== 0) process.exit(1);
const status = run('npx', [
  '-y',
  FIREBASE_TOOLS,
  'emulators:exec',
  '--project',
  'demo-kompass',
  '--only',
  'auth,firestore,functions',
  'node firestore-tests/run.mjs && npx ng test --watch=false --include src/app/data-access/firebase/firebase-backend.contract.spec.ts',
]);
if (status !== 0) {
  console.error(
    'test:firebase: the emulators or the suites failed (above). Where the Firestore emulator cannot ' +
      'start, it is usually its jar: firebase-tools downloads it from Google at first use, and a ' +
      'machine without that access cannot run it (the public CI can).',
  );
}
process.exit(status);
