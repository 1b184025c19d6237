// A node:test reporter that writes only the counts, as JSON: { passed, failed, skipped }
// (scripts/test.mjs adds them to its closing line). A test with subtests counts by its subtests.
export default async function* summary(source) {
  const counts = { passed: 0, failed: 0, skipped: 0 };
  for await (const event of source) {
    if (event.type !== 'test:pass' && event.type !== 'test:fail') continue;
    // Suites (describe) are counted through their tests, unless skipped whole (then once).
    if (event.data.details?.type === 'suite' && !event.data.skip) continue;
    if (event.data.skip || event.data.todo) counts.skipped++;
    else if (event.type === 'test:pass') counts.passed++;
    else counts.failed++;
  }
  yield JSON.stringify(counts);
}
