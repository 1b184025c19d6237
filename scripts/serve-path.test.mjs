// node --test: what the local server serves for hostile and ordinary addresses.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileFor } from './serve-path.mjs';

const base = mkdtempSync(join(tmpdir(), 'serve-'));
const root = join(base, 'browser');
mkdirSync(join(root, 'assets'), { recursive: true });
mkdirSync(join(base, 'browser-secret'), { recursive: true });
writeFileSync(join(root, 'index.html'), 'app');
writeFileSync(join(root, 'main.js'), 'js');
writeFileSync(join(base, 'browser-secret', 'key.txt'), 'secret');
writeFileSync(join(base, 'outside.txt'), 'outside');
const index = join(root, 'index.html');

const cases = [
  ['a file under the root', '/main.js', join(root, 'main.js')],
  ['a deep link', '/plans/plan-integration', index],
  ['a folder', '/assets', index],
  ['the parent folder, encoded', '/..%2foutside.txt', index],
  ['a sibling folder that starts with the root’s name', '/..%2fbrowser-secret%2fkey.txt', index],
  ['dot segments', '/assets/../../outside.txt', index],
];
for (const [name, url, file] of cases) {
  test(`serves ${name} as ${file === index ? 'index.html' : 'itself'}`, () => {
    assert.deepEqual(fileFor(root, url).file, file);
  });
}

for (const url of ['/%E0%A4%A', '/%', '/a%00b']) {
  test(`answers 400 to the malformed address ${url}`, () => assert.equal(fileFor(root, url).status, 400));
}
