// `npm run bench`: builds the production app and measures what issue 8 asks for, printing a table
// and writing bench/results.json. Figures, not pass/fail: speed is never asserted by timed tests.
//   1. download size: initial JS + CSS (raw, gzip, brotli) and the largest lazy chunk per route,
//      and which heavy libraries (Firebase, chart.js, import/export) are in the initial download;
//   2. the overview's domain aggregation over one region (10 000 goals, 40 000 indicators,
//      100 000 reports, 12 periods), median of repeated runs in Node;
//   3. the embedded backend holding that region in headless Chromium: time from opening the
//      overview to figures on screen, and the page's JS heap.
//   4. Lighthouse (a pinned version run with npx on demand, driving the system Chromium) on the
//      production build served locally: the sign-in page, the start page and the overview (signed
//      in as a committee member, in a prepared Chromium profile that Lighthouse reuses).
// `npm run bench -- --no-build` reuses dist/; `--skip-browser` leaves out steps 3 and 4;
// `--skip-lighthouse` leaves out step 4.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { bundleForNode } from './ts-module.mjs';
import { CHROMIUM_FLAGS, ensureChromium } from './chromium.mjs';

const args = new Set(process.argv.slice(2));
const DIST = 'dist/kompass';
const BROWSER = join(DIST, 'browser');
const HEAVY = {
  firebase: /node_modules\/(@firebase|firebase)\//,
  'chart.js': /node_modules\/chart\.js\//,
  papaparse: /node_modules\/papaparse\//,
  'read-excel-file': /node_modules\/read-excel-file\//,
  'write-excel-file': /node_modules\/write-excel-file\//,
  dexie: /node_modules\/dexie\//,
};
const TARGETS = {
  initialKb: 150,
  aggregationMs: 50,
  figuresMs: 1500,
  planGoalsMs: 1000,
  planAllMs: 2000,
  heapMb: 150,
  sessionReads: 2000,
};
const kb = (bytes) => Math.round(bytes / 102.4) / 10;
const results = { date: new Date().toISOString(), targets: TARGETS };

// ---- 1. sizes ----------------------------------------------------------------------------------
if (!args.has('--no-build')) {
  const built = spawnSync('node', ['scripts/build.mjs', '--stats-json'], { stdio: 'inherit' });
  if (built.status !== 0) process.exit(built.status ?? 1);
  // Let the build's worker processes wind down: the timings below are of the app, not of them.
  await new Promise((resolve) => setTimeout(resolve, 3000));
}
if (!existsSync(join(DIST, 'stats.json'))) {
  console.error(
    `${join(DIST, 'stats.json')} is missing: --no-build measures an earlier 'npm run bench' build. Run 'npm run bench' once without it.`,
  );
  process.exit(1);
}
const stats = JSON.parse(readFileSync(join(DIST, 'stats.json'), 'utf8'));
const index = readFileSync(join(BROWSER, 'index.html'), 'utf8');
// The initial download: the entry scripts and stylesheets of index.html and, transitively, every
// chunk they import statically (index.html preloads only some of them).
const entries = [
  ...index.matchAll(/<script[^>]+src="([^"]+)"/g),
  ...index.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g),
].map((m) => m[1]);
const initialFiles = [];
const visit = (file) => {
  if (initialFiles.includes(file) || file.startsWith('http')) return;
  initialFiles.push(file);
  for (const imported of stats.outputs[file]?.imports ?? []) {
    if (imported.kind === 'import-statement') visit(imported.path);
  }
};
entries.forEach(visit);
const sizeOf = (file) => {
  const bytes = readFileSync(join(BROWSER, file));
  return {
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
};
const initial = initialFiles.map((file) => ({ file, ...sizeOf(file) }));
const sum = (key) => initial.reduce((total, f) => total + f[key], 0);
const inputsOf = (file) => Object.keys(stats.outputs[file]?.inputs ?? {});
const heavyInInitial = Object.entries(HEAVY)
  .filter(([, pattern]) => initial.some((f) => inputsOf(f.file).some((input) => pattern.test(input))))
  .map(([name]) => name);
results.initial = {
  files: initial.length,
  rawKb: kb(sum('raw')),
  gzipKb: kb(sum('gzip')),
  brotliKb: kb(sum('brotli')),
  heavyLibrariesInInitial: heavyInInitial,
};
// Lazy chunks, named by their entry point or, once the chunk optimizer has merged them, by their
// largest source (a route's component, or a library loaded on demand).
const largestInput = (output) =>
  Object.entries(output.inputs ?? {}).sort((a, b) => b[1].bytesInOutput - a[1].bytesInOutput)[0]?.[0] ?? '?';
const lazy = Object.entries(stats.outputs)
  .filter(([file]) => file.endsWith('.js') && !initialFiles.includes(file))
  .map(([file, output]) => ({ entry: output.entryPoint ?? largestInput(output), file, ...sizeOf(file) }))
  .sort((a, b) => b.gzip - a.gzip)
  .slice(0, 12);
results.lazyChunks = lazy.map((c) => ({ entry: c.entry, gzipKb: kb(c.gzip), rawKb: kb(c.raw) }));

// ---- 2. aggregation ----------------------------------------------------------------------------
await bundleForNode('bench/aggregation.ts', 'bench/.out/aggregation.mjs');
const aggregation = spawnSync('node', ['bench/.out/aggregation.mjs'], { encoding: 'utf8' });
if (aggregation.status !== 0) {
  console.error(aggregation.stderr);
  process.exit(1);
}
results.aggregation = JSON.parse(aggregation.stdout.trim().split('\n').at(-1));

// ---- 3. embedded backend at region scale in Chromium -------------------------------------------
if (!args.has('--skip-browser')) results.embedded = await measureEmbedded();
if (!args.has('--skip-browser') && !args.has('--skip-lighthouse')) results.lighthouse = await runLighthouse();

mkdirSync('bench', { recursive: true });
writeFileSync('bench/results.json', JSON.stringify(results, null, 2) + '\n');
printTable();

async function measureEmbedded() {
  // The floor page (see below), served beside the app for this run only.
  writeFileSync(
    join(BROWSER, 'bench-floor.html'),
    '<!doctype html><html lang="sv"><head><meta charset="utf-8"><title>golv</title></head>' +
      '<body><script src="bench-floor.js"></script></body></html>',
  );
  writeFileSync(join(BROWSER, 'bench-floor.js'), "document.body.dataset.ready = 'yes';\n");
  await build({
    entryPoints: ['bench/region-in-browser.ts'],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    outfile: 'bench/.out/region.js',
    logLevel: 'warning',
  });
  const port = 4310;
  const server = spawn('node', ['scripts/serve-dist.mjs', '--port', String(port)], { stdio: 'ignore' });
  const { chromium } = await import('@playwright/test');
  const browser = await chromium.launch({
    executablePath: ensureChromium(),
    args: [...CHROMIUM_FLAGS, '--enable-precise-memory-info'],
  });
  try {
    await new Promise((resolve) => setTimeout(resolve, 800));
    // The region is loaded by a script added to the page, which the production CSP would refuse.
    const page = await browser.newPage({ bypassCSP: true });
    const base = `http://localhost:${port}`;
    await page.goto(`${base}/sign-in`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    // The app has created and seeded its database; replace the demo with a whole region.
    await page.addScriptTag({ path: 'bench/.out/region.js' });
    const counts = await page.evaluate(() => window.__loadRegion());
    await page.evaluate(() => localStorage.setItem('kompass.session', 'm-bench'));
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Performance.enable');
    // Each open is a fresh page load (nothing in memory, IndexedDB as left on disk); the median of
    // five is the figure, since one open on a two-core machine varies by a few hundred ms.
    const opens = [];
    let heap = 0;
    for (let run = 0; run < 5; run++) {
      await page.goto(`${base}/overview`, { waitUntil: 'commit' });
      // Figures on screen: the status table of the first plan has its numbers.
      await page.waitForFunction(() => document.querySelectorAll('table.figures tbody td').length > 0, null, {
        timeout: 120_000,
        polling: 50,
      });
      opens.push(await page.evaluate(() => Math.round(performance.now())));
      // The heap once everything (indicators, activities too) has arrived.
      await page.waitForTimeout(1500);
      // What is live, not what the last page left for the collector (that varied 105–250 MB).
      await cdp.send('HeapProfiler.collectGarbage');
      const metrics = (await cdp.send('Performance.getMetrics')).metrics;
      heap = Math.max(heap, metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0);
    }
    const sorted = [...opens].sort((a, b) => a - b);
    const figuresMs = sorted[Math.floor(sorted.length / 2)];
    // A plan's page: its goals with their statuses, and how many reports it read for them.
    const planOpens = [];
    const planDetailOpens = [];
    let planReports = 0;
    for (let run = 0; run < 3; run++) {
      await page.goto(`${base}/plans/plan-0`, { waitUntil: 'commit' });
      await page.waitForFunction(() => document.querySelectorAll('h3 .chip').length > 0, null, {
        timeout: 120_000,
        polling: 50,
      });
      planOpens.push(await page.evaluate(() => Math.round(performance.now())));
      // Then its indicators and activities (the large collections), which the goals do not wait for.
      await page.waitForFunction(
        () => !document.querySelector('.pending') && document.querySelectorAll('table.figures').length > 0,
        null,
        { timeout: 120_000, polling: 50 },
      );
      planDetailOpens.push(await page.evaluate(() => Math.round(performance.now())));
      planReports = await page.evaluate(
        () => performance.getEntriesByName('kompass:loaded:reports').at(-1)?.detail?.count ?? null,
      );
    }
    const planPageMs = [...planOpens].sort((a, b) => a - b)[1];
    const planDetailsMs = [...planDetailOpens].sort((a, b) => a - b)[1];

    // The documents a strategist's session reads, counted from the adapter's queries: the first
    // answer of each query, as on Firestore one read per document (later answers carry changes).
    // One page load, then the way a person goes: the plans list, one plan, the overview.
    await page.goto(`${base}/plans`);
    await page
      .locator('section[aria-labelledby^="plan-"] li .chip')
      .first()
      .waitFor({ state: 'attached', timeout: 120_000 });
    await page.locator('a[href="/plans/plan-0"]').first().click();
    await page.waitForFunction(
      () => !document.querySelector('.pending') && document.querySelectorAll('table.figures').length > 0,
      null,
      { timeout: 120_000, polling: 50 },
    );
    await page.locator('a[href="/overview"]').first().click();
    await page.locator('table.figures tbody td').first().waitFor({ timeout: 120_000 });
    const reads = await page.evaluate(() => {
      const first = new Map();
      for (const entry of performance.getEntriesByName('kompass:read')) {
        if (!first.has(entry.detail.key)) first.set(entry.detail.key, entry.detail.count);
      }
      return Object.fromEntries(first);
    });
    const sessionReads = Object.values(reads).reduce((total, count) => total + count, 0);

    // The floor: the same Chromium, the same server, a page with nothing to do (a static page with
    // one script), opened the same way. Each timing above is printed beside it as a ratio.
    const floors = [];
    for (let run = 0; run < 5; run++) {
      await page.goto(`${base}/bench-floor.html`, { waitUntil: 'commit' });
      await page.waitForFunction(() => document.body?.dataset.ready === 'yes', null, { polling: 50 });
      floors.push(await page.evaluate(() => Math.round(performance.now())));
    }
    const floorMs = [...floors].sort((a, b) => a - b)[2];
    return {
      floorMs,
      sessionReads,
      sessionReadsByQuery: reads,
      ...counts,
      figuresMs,
      figuresRunsMs: opens,
      heapMb: Math.round(heap / 1048576),
      planPageMs,
      planDetailsMs,
      planPageRunsMs: planOpens,
      planPageReports: planReports,
    };
  } finally {
    await browser.close();
    server.kill();
    // The floor page is not part of the app.
    rmSync(join(BROWSER, 'bench-floor.html'), { force: true });
    rmSync(join(BROWSER, 'bench-floor.js'), { force: true });
  }
}

/** Lighthouse scores (0–100) for the sign-in and start pages. */
async function runLighthouse() {
  const LIGHTHOUSE = 'lighthouse@12.8.2';
  const port = 4311;
  const server = spawn('node', ['scripts/serve-dist.mjs', '--port', String(port)], { stdio: 'ignore' });
  const scores = {};
  try {
    await new Promise((resolve) => setTimeout(resolve, 800));
    // The overview needs someone signed in: a Chromium profile where a committee member has signed
    // in (the demo data and the session are in its IndexedDB and localStorage) is handed to
    // Lighthouse, which is told not to clear storage.
    const profile = 'bench/.out/lighthouse-profile';
    rmSync(profile, { recursive: true, force: true });
    const { chromium } = await import('@playwright/test');
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: ensureChromium(),
      args: CHROMIUM_FLAGS,
    });
    const page = await context.newPage();
    await page.goto(`http://localhost:${port}/sign-in`);
    await page
      .getByRole('button', { name: /^Logga in som / })
      .last()
      .waitFor();
    await page.evaluate(() => localStorage.setItem('kompass.session', 'm-ledamot-1'));
    await page.goto(`http://localhost:${port}/overview`);
    await page.locator('table.figures tbody td').first().waitFor({ timeout: 60_000 });
    // A published plan's page (the demo publishes its closed periods), read without an account.
    await page.goto(`http://localhost:${port}/public`);
    const publicPlan = await page.locator('main a[href^="/public/"]').first().getAttribute('href');
    await context.close();
    for (const [name, path, signedIn] of [
      ['sign-in', '/sign-in', false],
      ['home', '/', false],
      ['overview', '/overview', true],
      ['public', '/public', false],
      ['public-plan', publicPlan, false],
    ]) {
      const out = `bench/.out/lighthouse-${name}.json`;
      const run = spawnSync(
        'npx',
        [
          '-y',
          LIGHTHOUSE,
          `http://localhost:${port}${path}`,
          '--quiet',
          '--output=json',
          `--output-path=${out}`,
          '--only-categories=performance,accessibility,best-practices',
          // A committee member or strategist at the office: Lighthouse's desktop preset.
          '--preset=desktop',
          ...(signedIn ? ['--disable-storage-reset'] : []),
          `--chrome-flags=--headless=new ${CHROMIUM_FLAGS.join(' ')}${signedIn ? ` --user-data-dir=${resolve(profile)}` : ''}`,
        ],
        { stdio: 'inherit', env: { ...process.env, CHROME_PATH: ensureChromium() }, timeout: 300_000 },
      );
      if (run.status !== 0) {
        scores[name] = { error: `lighthouse exited with ${run.status}` };
        continue;
      }
      const report = JSON.parse(readFileSync(out, 'utf8'));
      scores[name] = Object.fromEntries(
        Object.entries(report.categories).map(([key, category]) => [key, Math.round(category.score * 100)]),
      );
      scores[name].finalUrl = report.finalDisplayedUrl ?? report.finalUrl;
    }
  } finally {
    server.kill();
  }
  return scores;
}

function printTable() {
  const row = (name, value, target, ok) =>
    `${name.padEnd(58)} ${String(value).padStart(12)}   ${target.padEnd(10)} ${ok === null ? '' : ok ? 'ok' : 'over'}`;
  const lines = [
    row('measure', 'figure', 'target', null),
    row(
      'initial download, gzip (kB)',
      results.initial.gzipKb,
      `≤ ${TARGETS.initialKb}`,
      results.initial.gzipKb <= TARGETS.initialKb,
    ),
    row('initial download, brotli (kB)', results.initial.brotliKb, '', null),
    row('initial download, raw (kB)', results.initial.rawKb, '', null),
    row(
      'heavy libraries in the initial download',
      results.initial.heavyLibrariesInInitial.join(', ') || 'none',
      'none',
      results.initial.heavyLibrariesInInitial.length === 0,
    ),
    ...results.lazyChunks
      .slice(0, 8)
      .map((c) => row(`lazy: ${c.entry}`.slice(0, 58), `${c.gzipKb} kB`, '', null)),
    row(
      `overview aggregation, ${results.aggregation.reports} reports (ms, median)`,
      results.aggregation.overviewMs.median,
      `≤ ${TARGETS.aggregationMs}`,
      results.aggregation.overviewMs.median <= TARGETS.aggregationMs,
    ),
    row(
      '  + index reports by period, once per change (ms)',
      results.aggregation.indexByPeriodMs.median,
      '',
      null,
    ),
    row(
      `overview from the ${results.aggregation.summaries} plan summaries of two periods (ms)`,
      results.aggregation.overviewFromSummariesMs.median,
      `≤ ${TARGETS.aggregationMs}`,
      results.aggregation.overviewFromSummariesMs.median <= TARGETS.aggregationMs,
    ),
    row(
      '  + the summaries from the reports (embedded backend) (ms)',
      results.aggregation.summariesOfTwoPeriodsMs.median,
      '',
      null,
    ),
  ];
  if (results.embedded) {
    const e = results.embedded;
    const ratio = (ms) => (e.floorMs > 0 ? ` (${(ms / e.floorMs).toFixed(1)}× floor)` : '');
    lines.push(
      row('floor: the same Chromium opening a static page (ms, median of 5)', e.floorMs, '', null),
      row(
        `embedded: open overview → figures (ms, median of 5)${ratio(e.figuresMs)}`,
        e.figuresMs,
        `≤ ${TARGETS.figuresMs}`,
        e.figuresMs <= TARGETS.figuresMs,
      ),
      row(
        `embedded: open a plan → goals with statuses (ms)${ratio(e.planPageMs)}`,
        e.planPageMs,
        `≤ ${TARGETS.planGoalsMs}`,
        e.planPageMs <= TARGETS.planGoalsMs,
      ),
      row('  + reports the plan page read', e.planPageReports ?? '–', '', null),
      row(
        `  + until its indicators and activities are shown (ms)${ratio(e.planDetailsMs)}`,
        e.planDetailsMs ?? '–',
        `≤ ${TARGETS.planAllMs}`,
        e.planDetailsMs <= TARGETS.planAllMs,
      ),
      row(
        'documents read: a strategist opens plans, a plan, the overview',
        e.sessionReads,
        `≤ ${TARGETS.sessionReads}`,
        e.sessionReads <= TARGETS.sessionReads,
      ),
      row(
        'embedded: JS heap, whole region loaded (MB)',
        results.embedded.heapMb,
        `≤ ${TARGETS.heapMb}`,
        results.embedded.heapMb <= TARGETS.heapMb,
      ),
    );
  }
  for (const [name, scores] of Object.entries(results.lighthouse ?? {})) {
    if (scores.error) {
      lines.push(row(`lighthouse ${name}`, scores.error, '', false));
      continue;
    }
    // The start and sign-in pages are almost static (≥ 98); the overview and the public pages draw figures (≥ 95).
    const least = name === 'sign-in' || name === 'home' ? 98 : 95;
    lines.push(
      row(`lighthouse ${name}: performance`, scores.performance, `≥ ${least}`, scores.performance >= least),
      row(`lighthouse ${name}: accessibility`, scores.accessibility, '100', scores.accessibility === 100),
      row(
        `lighthouse ${name}: best practices`,
        scores['best-practices'],
        '≥ 95',
        scores['best-practices'] >= 95,
      ),
    );
  }
  console.log('\n' + lines.join('\n') + '\n\nbench/results.json written.');
}
