// Karma for the @angular/build:unit-test builder (runner: karma).
// Runs in the system Chromium; the flags are what this machine kind needs as root
// (see docs/development.md). A small reporter writes a JSON summary that
// scripts/test.mjs turns into the final "N passed, N failed" line.
const fs = require('node:fs');
const path = require('node:path');

const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

function SummaryReporter(baseReporterDecorator) {
  baseReporterDecorator(this);
  const counts = { passed: 0, failed: 0, skipped: 0, skippedFor: {} };
  this.onSpecComplete = (_browser, result) => {
    if (result.skipped || result.disabled || result.pending) {
      counts.skipped++;
      // A spec that skips itself says why (setSpecProperty('skipReason', …)); the summary repeats it.
      const reason = result.properties?.skipReason ?? 'no reason given';
      counts.skippedFor[reason] = (counts.skippedFor[reason] ?? 0) + 1;
    } else if (result.success) counts.passed++;
    else counts.failed++;
  };
  this.onRunComplete = (_browsers, results) => {
    const file = process.env.KARMA_SUMMARY_FILE;
    if (!file) return;
    // A load error (e.g. a compile failure) fails the run without failing a spec.
    if (results.error && counts.failed === 0) counts.failed = 1;
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, JSON.stringify(counts));
  };
}
SummaryReporter.$inject = ['baseReporterDecorator'];

module.exports = function (config) {
  if (!process.env.CHROME_BIN) {
    for (const candidate of ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome']) {
      if (fs.existsSync(candidate)) {
        process.env.CHROME_BIN = candidate;
        break;
      }
    }
  }
  config.set({
    basePath: '',
    frameworks: ['jasmine'],
    plugins: [
      require('karma-jasmine'),
      require('karma-chrome-launcher'),
      { 'reporter:summary': ['type', SummaryReporter] },
    ],
    client: {
      jasmine: { random: true },
      clearContext: false,
      // The Firebase adapter's contract suite runs only where the emulators do (npm run test:firebase).
      // Only when asked (`npm test -- contract`): see scripts/test.mjs for why not in every unit run.
      kompass: {
        authEmulator: process.env.KOMPASS_FIREBASE_CONTRACT ? process.env.FIREBASE_AUTH_EMULATOR_HOST : null,
        firestoreEmulator: process.env.KOMPASS_FIREBASE_CONTRACT ? process.env.FIRESTORE_EMULATOR_HOST : null,
        hub: process.env.FIREBASE_EMULATOR_HUB ?? null,
        skipReason: process.env.KOMPASS_FIREBASE_SKIP_REASON ?? null,
      },
    },
    // progress redraws one line per test: in a log (CI) that is one line per test, so dots there.
    reporters: [process.stdout.isTTY ? 'progress' : 'dots', 'summary'],
    customLaunchers: {
      ChromiumHeadlessCI: { base: 'ChromeHeadless', flags: CHROMIUM_FLAGS },
    },
    browsers: ['ChromiumHeadlessCI'],
    browserNoActivityTimeout: 120000,
    singleRun: true,
    restartOnFileChange: false,
  });
};
