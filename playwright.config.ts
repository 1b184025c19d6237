import { mkdirSync, writeFileSync } from 'node:fs';
import { defineConfig } from '@playwright/test';
import { CPU_SLOWDOWN } from './e2e/support/slowdown';

// The system Chromium (Playwright's own browser download does not work on these machines).
const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
const PORT = Number(process.env.E2E_PORT ?? 4300);
export const EMULATOR_APP_PORT = PORT + 2;
/** The embedded app reading Kolada from a local stub (e2e/kolada-fetch.spec.ts), and the stub. */
export const KOLADA_APP_PORT = PORT + 4;
export const KOLADA_STUB_PORT = PORT + 5;
/** The build on the Firebase emulators `npm test` runs (e2e/firebase-auth.spec.ts). */
export const FIREBASE_APP_PORT = PORT + 6;

// The emulators' addresses, as scripts/test.mjs started them (free ports, so read at run time):
// the Firebase build's config.json names them, and its Content-Security-Policy lets it reach them.
const authHost = process.env['FIREBASE_AUTH_EMULATOR_HOST'];
const firestoreHost = process.env['FIRESTORE_EMULATOR_HOST'];
const firebaseConfig = 'test-results/firebase-app-config.json';
if (authHost && firestoreHost) {
  mkdirSync('test-results', { recursive: true });
  writeFileSync(
    firebaseConfig,
    JSON.stringify({
      backend: 'firebase',
      firebase: {
        apiKey: 'demo-api-key',
        authDomain: 'demo-kompass.firebaseapp.com',
        projectId: 'demo-kompass',
        appId: '1:000000000000:web:0000000000000000',
      },
      emulators: { auth: `http://${authHost}`, firestore: firestoreHost },
      publicOrganisation: 'halmstad',
    }),
  );
}

export default defineConfig({
  testDir: 'e2e',
  outputDir: 'test-results/e2e',
  // A busy machine (two CPU-bound processes beside the suite) takes about twice as long.
  timeout: 120_000,
  expect: { timeout: 10_000 },
  fullyParallel: true,
  workers: 2,
  retries: 0,
  forbidOnly: true,
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e-summary.json' }]],
  use: {
    baseURL: `http://localhost:${PORT}`,
    locale: 'sv-SE',
    timezoneId: 'Europe/Stockholm',
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: process.env.CHROME_BIN ?? '/usr/bin/chromium',
      args: CHROMIUM_FLAGS,
    },
  },
  projects: [
    { name: 'chromium', use: { browserName: 'chromium' }, testIgnore: 'slow-machine.spec.ts' },
    // The specs that write, again as on a slow laptop: the CPU slowed six times and every write of
    // the embedded database held up (e2e/support/test.ts).
    {
      name: 'slow-machine',
      use: { browserName: 'chromium' },
      testMatch: [
        'reporting.spec.ts',
        'workflow.spec.ts',
        'shared-goals.spec.ts',
        'slow-machine.spec.ts',
        'periods.spec.ts',
        'plan-workspace.spec.ts',
      ],
      // Every wait of this project, for a state, allowed as much longer as the CPU is slowed.
      timeout: 60_000 * CPU_SLOWDOWN,
      expect: { timeout: 10_000 * CPU_SLOWDOWN },
    },
  ],
  webServer: [
    {
      command: `node scripts/serve-dist.mjs --port ${PORT}`,
      url: `http://localhost:${PORT}`,
      reuseExistingServer: false,
      timeout: 30_000,
    },
    // The same build with the Firebase backend and no server to reach (e2e/firebase-visitor.spec.ts).
    {
      command: `node scripts/serve-dist.mjs --port ${EMULATOR_APP_PORT} --config e2e/emulator-config.json --allow-connect "http://127.0.0.1:9 ws://127.0.0.1:9"`,
      url: `http://localhost:${EMULATOR_APP_PORT}`,
      reuseExistingServer: false,
      timeout: 30_000,
    },
    // … and on the emulators `npm test` started (e2e/firebase-auth.spec.ts), where they run.
    ...(authHost && firestoreHost
      ? [
          {
            command: `node scripts/serve-dist.mjs --port ${FIREBASE_APP_PORT} --config ${firebaseConfig} --allow-connect "http://${authHost} http://${firestoreHost} ws://${firestoreHost}"`,
            url: `http://localhost:${FIREBASE_APP_PORT}`,
            reuseExistingServer: false,
            timeout: 30_000,
          },
        ]
      : []),
    // A stand-in for Kolada's API, and the build reading it (config.json's kolada.baseUrl).
    {
      command: `node e2e/support/kolada-stub.mjs --port ${KOLADA_STUB_PORT}`,
      url: `http://127.0.0.1:${KOLADA_STUB_PORT}/v3/kpi/N00945`,
      reuseExistingServer: false,
      timeout: 30_000,
    },
    {
      command: `node scripts/serve-dist.mjs --port ${KOLADA_APP_PORT} --kolada http://127.0.0.1:${KOLADA_STUB_PORT}/v3 --allow-connect http://127.0.0.1:${KOLADA_STUB_PORT}`,
      url: `http://localhost:${KOLADA_APP_PORT}`,
      reuseExistingServer: false,
      timeout: 30_000,
    },
  ],
});
