// node --test: the public CI's workflow is valid YAML, uses the official actions with their
// documented inputs, and runs what the README says it runs (`npm test`, the emulators included).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import yaml from 'js-yaml';

const workflow = yaml.load(readFileSync('.github/workflows/firestore.yml', 'utf8'));
const steps = workflow.jobs.firestore.steps;
const uses = (action) => steps.find((s) => s.uses?.startsWith(`${action}@`));

test('runs on every push and pull request', () => {
  assert.ok('push' in workflow.on && 'pull_request' in workflow.on);
});

test('sets up Node 20, Java 21 (Temurin) and caches the emulators, with the actions’ documented inputs', async () => {
  assert.ok(uses('actions/checkout'));
  assert.deepEqual(Object.keys(uses('actions/setup-node').with).sort(), ['cache', 'node-version']);
  assert.equal(uses('actions/setup-node').with['node-version'], '20');
  assert.deepEqual(uses('actions/setup-java').with, { distribution: 'temurin', 'java-version': '21' });
  const cache = uses('actions/cache').with;
  assert.equal(cache.path, '~/.cache/firebase/emulators');
  const { FIREBASE_TOOLS } = await import('../scripts/emulators.mjs');
  assert.ok(cache.key.endsWith(FIREBASE_TOOLS.replace('@', '-')), cache.key);
});

test('installs, builds and runs npm test, allowing the emulator jar download, in that order', () => {
  const runs = steps.filter((s) => s.run).map((s) => s.run.split(' ').slice(0, 3).join(' '));
  assert.deepEqual(runs, ['npm ci --no-audit', 'npm run build', 'npm test']);
  assert.equal(steps.find((s) => s.run === 'npm test').env.KOMPASS_EMULATOR_DOWNLOAD, '1');
});
