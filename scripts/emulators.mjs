// The Firebase emulators (Auth, Firestore, Functions) for the test suites and `npm run
// start:firebase`: firebase-tools pinned below, run through npx (fetched once into npm's cache),
// started on free ports and stopped again.
//
// The Firestore emulator is a Java program. It needs Java 21 or later and its jar: on these
// machines Google's `google-cloud-cli-firestore-emulator` package has put the jar under
// /usr/lib/google-cloud-sdk; elsewhere firebase-tools downloads it from Google at first use,
// which only a machine with that access can (KOMPASS_EMULATOR_DOWNLOAD=1 allows it, as the GitHub
// workflow does). Where neither is possible, `emulatorSupport()` says why, and the suites report
// themselves as skipped with that reason.
import { spawn, spawnSync } from 'node:child_process';
import {
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readdirSync,
  rmSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { delimiter, join, resolve } from 'node:path';

export const FIREBASE_TOOLS = 'firebase-tools@15.37.0';
/** The project the app's suites and `start:firebase` use ("demo-" keeps every call local). */
export const PROJECT = 'demo-kompass';
export const FIRESTORE_JAR =
  '/usr/lib/google-cloud-sdk/platform/cloud-firestore-emulator/cloud-firestore-emulator.jar';
const FIRESTORE_MAIN = 'com.google.cloud.datastore.emulator.firestore.CloudFirestore';
const CACHE = resolve('node_modules/.cache/kompass-emulators');

function javaMajor(java) {
  const result = spawnSync(java, ['-version'], { encoding: 'utf8' });
  return Number(/version "(\d+)/.exec(`${result.stderr ?? ''}${result.stdout ?? ''}`)?.[1] ?? 0);
}

/** A Java 21+: JAVA_HOME, then `java` on the PATH, then the JDKs under /usr/lib/jvm. */
function findJava() {
  const homes = [];
  if (process.env.JAVA_HOME) homes.push(process.env.JAVA_HOME);
  homes.push(null);
  if (existsSync('/usr/lib/jvm')) {
    for (const name of readdirSync('/usr/lib/jvm').sort().reverse()) homes.push(join('/usr/lib/jvm', name));
  }
  const seen = [];
  for (const home of homes) {
    const java = home ? join(home, 'bin', 'java') : 'java';
    if (home && !existsSync(java)) continue;
    const major = javaMajor(java);
    seen.push(`${java}: ${major || 'not found'}`);
    if (major >= 21) return { home, major, seen };
  }
  return { home: null, major: 0, seen };
}

/**
 * The installed jar has no Main-Class, and firebase-tools runs its emulator with `java -jar`:
 * a two-line wrapper jar names the class and puts the installed jar on the class path.
 */
function wrapperJar(javaHome) {
  const wrapper = join(CACHE, 'cloud-firestore-emulator-wrapper.jar');
  if (existsSync(wrapper)) return wrapper;
  mkdirSync(CACHE, { recursive: true });
  const manifest = join(CACHE, 'manifest.txt');
  writeFileSync(manifest, `Main-Class: ${FIRESTORE_MAIN}\nClass-Path: file:${FIRESTORE_JAR}\n`);
  const jar = javaHome ? join(javaHome, 'bin', 'jar') : 'jar';
  const made = spawnSync(jar, ['cfm', wrapper, manifest], { encoding: 'utf8' });
  if (made.status !== 0) throw new Error(`could not make ${wrapper}: ${made.stderr || made.error}`);
  return wrapper;
}

/**
 * Whether the emulators can run here: `{ ok: true, env }` with the environment firebase-tools
 * needs (Java on the PATH, the jar), or `{ ok: false, reason }`.
 */
export function emulatorSupport() {
  const java = findJava();
  if (!java.major) {
    return {
      ok: false,
      reason: `the Firestore emulator needs Java 21 or later, and none was found (${java.seen.join('; ')})`,
    };
  }
  const env = { ...process.env };
  if (java.home) {
    env.JAVA_HOME = java.home;
    env.PATH = `${join(java.home, 'bin')}${delimiter}${env.PATH}`;
  }
  const override = process.env.FIRESTORE_EMULATOR_BINARY_PATH;
  if (override && existsSync(override)) return { ok: true, env, java: java.major, jar: override };
  if (existsSync(FIRESTORE_JAR)) {
    env.FIRESTORE_EMULATOR_BINARY_PATH = wrapperJar(java.home);
    return { ok: true, env, java: java.major, jar: FIRESTORE_JAR };
  }
  if (process.env.KOMPASS_EMULATOR_DOWNLOAD === '1') {
    return { ok: true, env, java: java.major, jar: 'downloaded by firebase-tools' };
  }
  return {
    ok: false,
    reason:
      `the Firestore emulator's jar is not installed (${FIRESTORE_JAR}); firebase-tools would download it from ` +
      'Google, which this run does not allow (set KOMPASS_EMULATOR_DOWNLOAD=1 where it can)',
  };
}

/** A port nothing listens on now. */
export function freePort() {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolvePort(port));
    });
  });
}

/**
 * Starts the emulators on free ports with the functions built from functions/src. `params` are
 * the Cloud Functions' parameters (the emulator would otherwise ask for each, even with no
 * terminal). Resolves when firebase-tools says every emulator is ready; `stop()` ends them all.
 */
export async function startEmulators({
  only = ['auth', 'firestore', 'functions'],
  params = {},
  log = join('test-results', 'emulators.log'),
  support = emulatorSupport(),
} = {}) {
  if (!support.ok) throw new Error(support.reason);
  if (only.includes('functions')) {
    const built = spawnSync('node', ['scripts/build-functions.mjs'], { stdio: 'inherit' });
    if (built.status !== 0) throw new Error('the Cloud Functions did not build');
  }
  const port = {};
  for (const name of ['auth', 'firestore', 'websocket', 'functions', 'hub', 'logging', 'eventarc'])
    port[name] = await freePort();
  const host = '127.0.0.1';
  const config = {
    emulators: {
      auth: { host, port: port.auth },
      firestore: { host, port: port.firestore, websocketPort: port.websocket },
      functions: { host, port: port.functions },
      hub: { host, port: port.hub },
      logging: { host, port: port.logging },
      eventarc: { host, port: port.eventarc },
      ui: { enabled: false },
    },
    firestore: { rules: 'firestore.rules', indexes: 'firestore.indexes.json' },
    functions: [
      {
        source: 'functions',
        codebase: 'default',
        runtime: 'nodejs20',
        ignore: ['node_modules', 'src', 'tsconfig.json', '.gitignore', '.env*', '.secret*'],
      },
    ],
  };
  // The config's folder is the project's: beside firebase.json, under a name of its own.
  const configFile = resolve(`.emulators-${process.pid}.json`);
  writeFileSync(configFile, JSON.stringify(config, null, 2));
  // The parameters for this project only (functions/.env.<project>); the secret as the emulator reads it.
  const { SMTP_PASSWORD = 'emulator', ...plain } = params;
  const envFile = resolve(`functions/.env.${PROJECT}`);
  writeFileSync(
    envFile,
    Object.entries(plain)
      .map(([k, v]) => `${k}=${v}`)
      .join('\n') + '\n',
  );
  const secretFile = resolve('functions/.secret.local');
  const ownSecret = !existsSync(secretFile);
  if (ownSecret) writeFileSync(secretFile, `SMTP_PASSWORD=${SMTP_PASSWORD}\n`);
  mkdirSync('test-results', { recursive: true });

  const out = openSync(log, 'w');
  const child = spawn(
    'npx',
    [
      '-y',
      FIREBASE_TOOLS,
      'emulators:start',
      '--project',
      PROJECT,
      '--config',
      configFile,
      '--only',
      only.join(','),
    ],
    { env: { ...support.env, CI: '1' }, stdio: ['ignore', 'pipe', 'pipe'], detached: true },
  );
  let output = '';
  let timeout;
  const ready = new Promise((resolveReady, reject) => {
    const onData = (chunk) => {
      writeSync(out, chunk);
      output += chunk;
      if (output.includes('All emulators ready')) resolveReady();
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('exit', (code) =>
      reject(new Error(`the emulators stopped before they were ready (exit ${code}); see ${log}`)),
    );
    // A first run fetches firebase-tools into npm's cache (about 3 minutes) before starting.
    timeout = setTimeout(
      () => reject(new Error(`the emulators were not ready in 10 minutes; see ${log}`)),
      600_000,
    );
  });
  const cleanUp = () => {
    rmSync(configFile, { force: true });
    rmSync(envFile, { force: true });
    if (ownSecret) rmSync(secretFile, { force: true });
  };
  let exited = false;
  const exit = new Promise((r) => child.on('exit', () => ((exited = true), r())));
  // Never left running after the caller ends, however it ends.
  const orphanGuard = () => {
    try {
      if (!exited) process.kill(-child.pid, 'SIGKILL');
    } catch {
      /* already gone */
    }
  };
  process.on('exit', orphanGuard);
  const stop = async () => {
    if (!exited) {
      try {
        process.kill(-child.pid, 'SIGINT');
      } catch {
        /* already gone */
      }
      const killLater = setTimeout(() => {
        try {
          process.kill(-child.pid, 'SIGKILL');
        } catch {
          /* already gone */
        }
      }, 20_000);
      await exit;
      clearTimeout(killLater);
    }
    process.off('exit', orphanGuard);
    cleanUp();
    closeSync(out);
  };
  try {
    await ready;
  } catch (error) {
    await stop();
    throw error;
  } finally {
    clearTimeout(timeout);
  }
  const hosts = {
    auth: `${host}:${port.auth}`,
    firestore: `${host}:${port.firestore}`,
    functions: `${host}:${port.functions}`,
    hub: `${host}:${port.hub}`,
  };
  return {
    hosts,
    /** The variables the Admin SDK, the rules runner and Karma read to find the emulators. */
    env: {
      FIREBASE_AUTH_EMULATOR_HOST: hosts.auth,
      FIRESTORE_EMULATOR_HOST: hosts.firestore,
      FUNCTIONS_EMULATOR_HOST: hosts.functions,
      FIREBASE_EMULATOR_HUB: hosts.hub,
      GCLOUD_PROJECT: PROJECT,
    },
    stop,
  };
}
