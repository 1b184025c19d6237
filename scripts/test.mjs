// `npm test`: lint, unit tests (Karma in headless Chromium) and e2e tests (Playwright
// against the production build), then one summary line per suite and a final total.
// `npm test -- unit` or `npm test -- rules functions` runs only those suites (lint, unit, contract,
// rules, functions, e2e).
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ensureChromium } from './chromium.mjs';
import { emulatorSupport } from './emulators.mjs';
import { startFirebaseStack } from './firebase-stack.mjs';

const only = process.argv.slice(2);
const suites = only.length ? only : ['lint', 'unit', 'rules', 'functions', 'e2e'];
const results = [];
const chromium = ensureChromium();
const env = { ...process.env, CHROME_BIN: chromium };
mkdirSync('test-results', { recursive: true });

/**
 * Runs a suite's command and gives its exit status. Asynchronously: the mail catcher and the Kolada
 * stand-in the Cloud Functions talk to run in this process, and a synchronous spawn would stop
 * them answering while the suite runs (the functions then hung on every email).
 */
function run(command, args, extraEnv = {}) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: 'inherit', env: { ...env, ...extraEnv } });
    child.on('error', () => resolve(1));
    child.on('close', (status) => resolve(status ?? 1));
  });
}

function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

function newestMtime(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

function buildIsStale() {
  const index = 'dist/kompass/browser/index.html';
  if (!existsSync(index)) return true;
  const built = statSync(index).mtimeMs;
  const inputs = ['src', 'public'].map(newestMtime);
  inputs.push(
    ...['angular.json', 'package-lock.json', 'tsconfig.json', 'tsconfig.app.json'].map(
      (f) => statSync(f).mtimeMs,
    ),
  );
  return Math.max(...inputs) > built;
}

// The Firebase side (Auth, Firestore and Functions emulators, a mail catcher and a Kolada
// stand-in), started once for every suite that uses it: the Firebase adapter's contract suite
// (`contract`), the rules, the Cloud Functions and the Firebase e2e specs. Where the Firestore emulator
// cannot run (no Java 21+, no jar), those report themselves as skipped with the reason.
let firebase = null;
const FIREBASE_SUITES = ['contract', 'rules', 'functions', 'e2e'];
const usesFirebase = suites.some((suite) => FIREBASE_SUITES.includes(suite));
const support = usesFirebase ? emulatorSupport() : { ok: false };
if (usesFirebase && !support.ok) {
  console.log(`The Firebase suites are skipped: ${support.reason}.`);
  env.KOMPASS_FIREBASE_SKIP_REASON = support.reason;
}
/**
 * Started before the first suite that uses it, so after `lint`: lint rebuilds functions/lib, and
 * the Functions emulator, which watches that folder, reloading then has left its triggers dead.
 */
async function startFirebase() {
  if (firebase || !support.ok) return;
  console.log(`Starting the Firebase emulators (Java ${support.java}, ${support.jar}) …`);
  try {
    firebase = await startFirebaseStack({ log: 'test-results/emulators.log' });
    Object.assign(env, firebase.env);
  } catch (error) {
    console.error(`The Firebase emulators did not start: ${error.message}`);
    results.push({ suite: 'emulators', passed: 0, failed: 1, skipped: 0 });
    support.ok = false;
  }
}

for (const suite of suites) {
  if (FIREBASE_SUITES.includes(suite)) await startFirebase();
  if (suite === 'lint') {
    // angular-eslint (incl. template accessibility, NgRx rules), Prettier, and the Cloud Functions:
    // type-checked with the app's domain code, bundled, loaded as the runtime would and checked.
    const checks = [
      await run('npx', ['ng', 'lint']),
      await run('npm', ['run', '--silent', 'format:check']),
      await run('npx', ['tsc', '-p', 'functions/tsconfig.json']),
      await run('node', ['scripts/build-functions.mjs', '--check']),
      // The scripts' own tests (node:test): the layer fence, the local server's answers to hostile addresses, and
      // the offline check of firestore.rules (the compile needs the Firestore emulator).
      await run('node', [
        '--test',
        'scripts/layers.test.mjs',
        'scripts/serve-path.test.mjs',
        'scripts/claim-size.test.mjs',
        'firestore-tests/check-syntax.test.mjs',
        'firestore-tests/crosswalk-tags.test.mjs',
        'firestore-tests/workflow.test.mjs',
      ]),
      // The notices' emails through a local SMTP server (nodemailer, smtp-server, mailparser).
      await run('node', ['--test', 'scripts/notice-mail.test.mjs']),
    ];
    const failed = checks.filter((status) => status !== 0).length;
    results.push({ suite, passed: checks.length - failed, failed, skipped: 0 });
  } else if (suite === 'unit' || suite === 'contract') {
    // `contract`: the Firebase adapter's contract suite alone (part of `unit`).
    const file = 'test-results/unit-summary.json';
    rmSync(file, { force: true });
    const only =
      suite === 'contract'
        ? ['--include', 'src/app/data-access/firebase/firebase-backend.contract.spec.ts']
        : [];
    // The Firebase contract suite runs when asked for (`contract`), not inside every unit run: it
    // reseeds both emulators before each of its 40 tests (triggers held, then reloaded), about
    // eight minutes in all.
    const contract =
      suite === 'contract'
        ? { KOMPASS_FIREBASE_CONTRACT: '1' }
        : {
            KOMPASS_FIREBASE_SKIP_REASON:
              env.KOMPASS_FIREBASE_SKIP_REASON ??
              'the Firebase contract suite runs when asked for (`npm test -- contract`, about eight minutes: it reseeds the emulators before each test)',
          };
    const status = await run('npx', ['ng', 'test', ...only], { KARMA_SUMMARY_FILE: file, ...contract });
    const counts = readJson(file) ?? { passed: 0, failed: 1, skipped: 0 };
    if (status !== 0 && counts.failed === 0) counts.failed = 1;
    const skippedFor = Object.entries(counts.skippedFor ?? {});
    results.push({
      suite,
      passed: counts.passed,
      failed: counts.failed,
      skipped: counts.skipped,
      reason: skippedFor.length ? skippedFor.map(([why, n]) => `${n}: ${why}`).join('; ') : undefined,
    });
  } else if (suite === 'e2e') {
    if (buildIsStale()) {
      console.log('Building the production app for the e2e tests …');
      if ((await run('node', ['scripts/build.mjs'])) !== 0) {
        results.push({ suite, passed: 0, failed: 1, skipped: 0 });
        continue;
      }
    }
    const file = 'test-results/e2e-summary.json';
    rmSync(file, { force: true });
    const status = await run('npx', ['playwright', 'test']);
    const stats = readJson(file)?.stats;
    const counts = stats
      ? { passed: stats.expected + stats.flaky, failed: stats.unexpected, skipped: stats.skipped }
      : { passed: 0, failed: 1, skipped: 0 };
    if (status !== 0 && counts.failed === 0) counts.failed = 1;
    results.push({ suite, ...counts });
  } else if (suite === 'rules') {
    // firestore.rules against the truth table: runs with a Firestore emulator, else every row is
    // reported as skipped with the reason (never as passed).
    const file = 'test-results/rules-summary.json';
    rmSync(file, { force: true });
    const status = await run('node', ['firestore-tests/run.mjs']);
    const counts = readJson(file) ?? { passed: 0, failed: 1, skipped: 0 };
    if (status !== 0 && counts.failed === 0) counts.failed = 1;
    results.push({
      suite,
      passed: counts.passed,
      failed: counts.failed,
      skipped: counts.skipped,
      reason: counts.reason,
    });
  } else if (suite === 'functions') {
    // Every Cloud Function in the Functions emulator (firestore-tests/functions.test.mjs).
    const file = 'test-results/functions-summary.json';
    const status = await run('node', [
      '--test',
      '--test-reporter=spec',
      '--test-reporter-destination=stdout',
      '--test-reporter=./scripts/node-test-summary.mjs',
      `--test-reporter-destination=${file}`,
      'firestore-tests/functions.test.mjs',
    ]);
    const counts = readJson(file) ?? { passed: 0, failed: 1, skipped: 0 };
    if (status !== 0 && counts.failed === 0) counts.failed = 1;
    results.push({
      suite,
      ...counts,
      reason: counts.skipped ? (env.KOMPASS_FIREBASE_SKIP_REASON ?? support.reason) : undefined,
    });
  } else {
    console.error(`Unknown suite "${suite}" (use lint, unit, contract, rules, functions or e2e).`);
    process.exit(2);
  }
}

if (firebase) await firebase.stop();

console.log('');
const line = ({ passed, failed, skipped }) =>
  `${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`;
for (const r of results) console.log(`${r.suite}: ${line(r)}${r.reason ? ` (skipped: ${r.reason})` : ''}`);
const total = results.reduce(
  (sum, r) => ({
    passed: sum.passed + r.passed,
    failed: sum.failed + r.failed,
    skipped: sum.skipped + r.skipped,
  }),
  { passed: 0, failed: 0, skipped: 0 },
);
console.log(line(total));
process.exit(total.failed > 0 ? 1 : 0);
