// node --test: what the offline check of firestore.rules catches.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { checkRules } from './check-syntax.mjs';

const wrap = (body) =>
  `rules_version = '2';\nservice cloud.firestore {\n  match /databases/{database}/documents {\n${body}\n  }\n}\n`;
const ok = wrap(`    function signedIn() { return request.auth != null; }
    match /x/{id} { allow read: if signedIn() && resource.data.n is int && 'a'.matches('a'); }`);

test('the project’s rules pass', () =>
  assert.deepEqual(checkRules(readFileSync('firestore.rules', 'utf8')), []));
test('a small valid file passes', () => assert.deepEqual(checkRules(ok), []));

const broken = [
  ['a brace never closed', ok.replace(/}\n$/, '\n'), /never closed/],
  ['a parenthesis closing nothing', ok.replace('signedIn()', 'signedIn())'), /closes nothing/],
  ['a string never closed', ok.replace("'a'.matches", "'a.matches"), /never closes/],
  [
    'a call of a function nobody declared',
    ok.replace('signedIn() &&', 'signedIn() && isOwner() &&'),
    /isOwner/,
  ],
  ['a method the language does not have', ok.replace(".matches('a')", ".startsWith('a')"), /startsWith/],
  ['a type that does not exist', ok.replace('is int', 'is integer'), /is integer/],
  [
    'a function named like a type',
    ok
      .replace('function signedIn()', 'function number() { return 1; }\n    function signedIn()')
      .replace('signedIn() &&', 'signedIn() && number() == 1 &&'),
    /named "number"/,
  ],
  [
    'a function never used',
    ok.replace('function signedIn()', 'function unused() { return true; }\n    function signedIn()'),
    /never used/,
  ],
  ['no rules_version', ok.replace("rules_version = '2';\n", ''), /rules_version/],
];
for (const [name, source, message] of broken) {
  test(`catches ${name}`, () => assert.match(checkRules(source).join('\n'), message));
}
