// `npm run soak`: a scripted person on a slow laptop saves and submits many reports in a row, and
// the script checks that nothing was lost, no conflict was shown and every report's audit trail is
// in order. The production build is served as the e2e tests serve it; Chromium's CPU is slowed
// six times and the embedded database's writes are held up (the e2e suite's slow-machine switch).
//
//   npm run soak [-- --reports 20 --saves 10 --seed 1380]
//
// Prints the figures and writes bench/soak-results.json; exits 1 if anything was lost, a conflict
// was shown or an audit trail is out of order.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { CHROMIUM_FLAGS, ensureChromium } from './chromium.mjs';
import { importTs } from './ts-module.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const index = args.indexOf(`--${name}`);
  return index > -1 ? Number(args[index + 1]) : fallback;
};
const REPORTS = option('reports', 20);
const SAVES = option('saves', 10);
const SEED = option('seed', 1380);
const CPU_SLOWDOWN = 6;
const SLOW_WRITE_MS = 150;
const MAX_PAUSE_MS = 2000;
const PORT = 4320;

// A repeatable sequence of pauses (mulberry32).
let state = SEED;
const random = () => {
  state = (state + 0x6d2b79f5) | 0;
  let t = Math.imul(state ^ (state >>> 15), 1 | state);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};

if (!existsSync('dist/kompass/browser/index.html')) {
  console.log('Building the production app …');
  if (spawnSync('node', ['scripts/build.mjs'], { stdio: 'inherit' }).status !== 0) process.exit(1);
}

// What the demo person can still write in the open period: reports not started or still drafts.
const { buildDemoSeed } = await importTs('src/app/data-access/local/demo-seed.ts', 'soak-seed');
const seed = buildDemoSeed(new Date());
const open = seed.periods.find((p) => p.state === 'open');
const reporterOf = (departmentId) =>
  seed.members.find((m) => m.roles.includes('reporter') && m.departmentIds.join() === departmentId);
const existing = (id) => seed.reports.find((r) => r.id === id);
const subjects = [];
for (const goal of seed.goals) {
  for (const departmentId of [goal.leadDepartmentId, ...goal.contributingDepartmentIds]) {
    const id = `${open.id}__goal__${goal.id}__${departmentId}`;
    const report = existing(id);
    if (reporterOf(departmentId) && (!report || report.state === 'draft'))
      subjects.push({
        id,
        title: goal.title,
        departmentId,
        url: `/reporting/${open.id}/${goal.id}/${departmentId}`,
      });
  }
}
for (const activity of seed.activities) {
  const departmentId = activity.responsibleDepartmentId;
  if (!reporterOf(departmentId)) continue;
  subjects.push({
    id: `${open.id}__activity__${activity.id}__${departmentId}`,
    title: activity.title,
    departmentId,
    url: `/reporting/${open.id}/activity/${activity.id}/${departmentId}`,
  });
}
const chosen = subjects.slice(0, REPORTS);
if (chosen.length < REPORTS)
  console.log(`Only ${chosen.length} reports can still be written; soaking those.`);

const server = spawn('node', ['scripts/serve-dist.mjs', '--port', String(PORT)], { stdio: 'ignore' });
const { chromium } = await import('@playwright/test');
const browser = await chromium.launch({ executablePath: ensureChromium(), args: CHROMIUM_FLAGS });
const results = {
  date: new Date().toISOString(),
  cpuSlowdown: CPU_SLOWDOWN,
  slowWriteMs: SLOW_WRITE_MS,
  reports: chosen.length,
  saves: 0,
  submitted: 0,
  conflictsShown: 0,
  lost: [],
  auditOutOfOrder: [],
  seconds: 0,
};
const started = Date.now();
try {
  await new Promise((resolve) => setTimeout(resolve, 800));
  const context = await browser.newContext({ baseURL: `http://localhost:${PORT}`, locale: 'sv-SE' });
  await context.addInitScript(
    (ms) => localStorage.setItem('kompass.slowWritesMs', String(ms)),
    SLOW_WRITE_MS,
  );
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  // Any alert at any moment counts: a conflict shown for one's own change is what this looks for.
  await page.exposeFunction('__soakAlert', (text) => {
    results.conflictsShown++;
    console.log(`  alert shown: ${text}`);
  });
  await context.addInitScript(() => {
    new MutationObserver(() => {
      for (const alert of document.querySelectorAll('[role=alert]')) {
        if (alert.dataset.soakSeen || !alert.textContent.trim()) continue;
        alert.dataset.soakSeen = '1';
        window.__soakAlert(alert.textContent.trim());
      }
    }).observe(document, { subtree: true, childList: true, characterData: true });
  });

  const expected = new Map();
  for (const [n, subject] of chosen.entries()) {
    await page.goto('/sign-in');
    await page.evaluate(
      (id) => localStorage.setItem('kompass.session', id),
      reporterOf(subject.departmentId).id,
    );
    await page.goto(subject.url);
    const start = page.getByRole('button', { name: 'Påbörja rapporten' });
    const status = page.getByRole('group', { name: 'Status' });
    await start.or(status).first().waitFor();
    if (await start.isVisible()) await start.click();
    await status.waitFor();
    await page.getByRole('radio', { name: 'Enligt plan', exact: true }).check();
    // Gender-split figures not filled in: the person says why ("Uppgift saknas"), as submit asks.
    for (const box of await page
      .getByRole('checkbox', { name: 'Uppgift om kvinnor eller män saknas' })
      .all()) {
      await box.check();
      await page.getByLabel('Varför saknas uppgiften?').last().fill('Statistiken publiceras i mars.');
    }
    const analysis = page.getByLabel('Analys');
    let text = (await analysis.inputValue()).trim();
    for (let save = 1; save <= SAVES; save++) {
      const words = ` Steg ${save}.`;
      await analysis.pressSequentially(words);
      text += words;
      results.saves++;
      await page.waitForTimeout(Math.round(random() * MAX_PAUSE_MS));
    }
    await page.getByRole('button', { name: 'Skicka in' }).click();
    await page.getByText('Rapporten är inskickad.').waitFor({ timeout: 60_000 });
    results.submitted++;
    expected.set(subject.id, text.trim());
    console.log(`${n + 1}/${chosen.length} submitted: ${subject.title}`);
  }

  // What the database holds: each report as typed and submitted, its audit trail in version order.
  const stored = await page.evaluate(
    (ids) =>
      new Promise((resolve, reject) => {
        const request = indexedDB.open('kompass');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const db = request.result;
          const tx = db.transaction(['reports', 'audit'], 'readonly');
          const out = {};
          let left = ids.length;
          for (const id of ids) {
            const report = tx.objectStore('reports').get(id);
            const audit = tx.objectStore('audit').index('entityId').getAll(id);
            tx.addEventListener('complete', () => undefined);
            audit.onsuccess = () => {
              out[id] = {
                report: report.result,
                audit: audit.result
                  .sort((a, b) => a.at.localeCompare(b.at) || a.id.localeCompare(b.id))
                  .map((e) => ({
                    action: e.action,
                    // The demo's seeded entries keep no record; their id ends in the version.
                    version: e.after?.version ?? Number(e.id.split('__').pop()),
                    at: e.at,
                  })),
              };
              if (--left === 0) resolve(out);
            };
          }
        };
      }),
    [...expected.keys()],
  );
  for (const [id, text] of expected) {
    const { report, audit } = stored[id];
    if (!report || report.state !== 'submitted' || report.analysis.trim() !== text) {
      results.lost.push({ id, state: report?.state, stored: report?.analysis, typed: text });
    }
    // Every change leaves one entry, versions 1, 2, 3 … in time order, ending with the submission.
    const versions = audit.map((e) => e.version);
    const inOrder = versions.every((v, i) => v === i + 1) && audit.at(-1)?.action === 'submit';
    if (!inOrder) results.auditOutOfOrder.push({ id, audit });
  }
} finally {
  results.seconds = Math.round((Date.now() - started) / 1000);
  await browser.close();
  server.kill();
}

mkdirSync('bench', { recursive: true });
writeFileSync('bench/soak-results.json', JSON.stringify(results, null, 2) + '\n');
console.log(
  `\nsoak: ${results.reports} reports, ${results.saves} edits with 0–${MAX_PAUSE_MS / 1000} s pauses, ` +
    `CPU ${CPU_SLOWDOWN}× slower, writes held ${SLOW_WRITE_MS} ms: ${results.submitted} submitted, ` +
    `${results.lost.length} lost, ${results.conflictsShown} conflicts shown, ` +
    `${results.auditOutOfOrder.length} audit trails out of order, ${results.seconds} s`,
);
for (const lost of results.lost) console.log('  lost:', JSON.stringify(lost));
for (const entry of results.auditOutOfOrder) console.log('  audit out of order:', JSON.stringify(entry));
const ok =
  results.submitted === results.reports &&
  results.lost.length === 0 &&
  results.conflictsShown === 0 &&
  results.auditOutOfOrder.length === 0;
process.exit(ok ? 0 : 1);
