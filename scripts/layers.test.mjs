// The layer fence (eslint.layers.js) refuses a wrong arrow and lets the right ones through.
// Each case lints a one-line file at a real path through the project's own ESLint config.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ESLint } from 'eslint';

const eslint = new ESLint();

async function fenceErrors(file, importPath) {
  const [result] = await eslint.lintText(`import { x } from '${importPath}';\nexport const y = x;\n`, {
    filePath: file,
  });
  return result.messages.filter((m) => m.ruleId === 'boundaries/dependencies');
}

const CASES = [
  // [importing file, import, allowed]
  ['src/app/shared/ui/probe.ts', '../../data-access/backend', false],
  ['src/app/shared/ui/probe.ts', '../../core/i18n/format', false],
  ['src/app/shared/ui/probe.ts', '../../domain/model', true],
  ['src/app/domain/probe.ts', '../core/i18n/format', false],
  ['src/app/domain/probe.ts', '../data-access/backend', false],
  ['src/app/data-access/probe.ts', '../core/config/runtime-config', false],
  ['src/app/data-access/probe.ts', '../domain/model', true],
  ['src/app/core/org-data/probe.ts', '../../plans/plans-page', false],
  ['src/app/core/org-data/probe.ts', '../../data-access/backend', true],
  ['src/app/admin/probe.ts', '../records/entity-forms', false],
  ['src/app/plans/plan-detail/probe.ts', '../../reporting/report.routes', false],
  ['src/app/plans/plan-detail/probe.ts', '../plans-page', true],
  ['src/app/plans/plan-detail/probe.ts', '../../core/writes/editor.actions', true],
  ['src/app/plans/plan-detail/probe.ts', '../../shared/ui/status-chip', true],
  ['src/app/probe.ts', './plans/plans.routes', true],
  ['src/app/plans/probe.ts', '../app.routes', false],
  ['src/app/core/session/probe.ts', '../../app.config', false],
  ['src/app/core/shell/probe.ts', '../../reporting/report.routes', true],
];

for (const [file, importPath, allowed] of CASES) {
  test(`${file} → ${importPath}: ${allowed ? 'allowed' : 'refused'}`, async () => {
    const errors = await fenceErrors(file, importPath);
    assert.equal(errors.length, allowed ? 0 : 1, errors.map((e) => e.message).join('\n'));
  });
}
