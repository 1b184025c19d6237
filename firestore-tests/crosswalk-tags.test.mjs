// node --test: the rules accept exactly the tags the crosswalk's data files name (and the domain
// knows, crosswalk.spec.ts), so a tag the app offers is never refused by the server later.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';

const json = (path) => JSON.parse(readFileSync(path, 'utf8'));

test('crosswalkTags() in firestore.rules lists every article, goal and target, and nothing else', () => {
  const cemr = json('src/app/domain/crosswalk/cemr-charter.json');
  const sdg = json('src/app/domain/crosswalk/agenda-2030.json');
  const expected = [
    ...cemr.parts.flatMap((p) => p.articles.map((a) => `cemr:${a.number}`)),
    ...sdg.goals.flatMap((g) => [`sdg:${g.number}`, ...g.targets.map((t) => `sdg:${t.code}`)]),
  ];
  const rules = readFileSync('firestore.rules', 'utf8');
  const body = /function crosswalkTags\(\) \{\s*return \[([^\]]*)\];/.exec(rules);
  assert.ok(body, 'firestore.rules has no crosswalkTags() list');
  const listed = [...body[1].matchAll(/'([^']+)'/g)].map((m) => m[1]);
  assert.deepEqual(listed, expected);
  assert.equal(listed.length, 30 + 17 + 169);
});
