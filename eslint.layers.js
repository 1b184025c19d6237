// @ts-check
/**
 * The layers of src/app and which may import which (an arrow points to what may be imported):
 *
 *   shell → features → core → data-access → domain
 *              ↓         ↓
 *           shared  →  domain
 *
 * A feature imports only itself among the features; the shell mounts them. Used by
 * eslint.config.js (eslint-plugin-boundaries) and checked by scripts/layers.test.mjs.
 */
const LAYERS = [
  { type: 'domain', pattern: 'src/app/domain/**', partialMatch: false },
  { type: 'data-access', pattern: 'src/app/data-access/**', partialMatch: false },
  { type: 'shell', pattern: ['src/app/core/shell/**', 'src/app/core/pages/**'], partialMatch: false },
  { type: 'core', pattern: 'src/app/core/**', partialMatch: false },
  { type: 'shared', pattern: 'src/app/shared/**', partialMatch: false },
  {
    type: 'feature',
    pattern: 'src/app/(admin|dashboard|notices|plans|public|records|reporting)/**',
    capture: ['name'],
    partialMatch: false,
  },
  // Last, so it takes what no other layer took: the files directly in src/app (app.ts,
  // app.config.ts, app.routes.ts). Nothing imports the shell, so a folder forgotten here shows
  // at its first import.
  { type: 'shell', pattern: 'src/app', partialMatch: false },
];

const to = (...types) => ({ to: { element: { types: { anyOf: types } } } });

const LAYER_POLICIES = [
  { from: { element: { type: 'domain' } }, allow: to('domain') },
  { from: { element: { type: 'data-access' } }, allow: to('data-access', 'domain') },
  { from: { element: { type: 'core' } }, allow: to('core', 'data-access', 'shared', 'domain') },
  { from: { element: { type: 'shared' } }, allow: to('shared', 'domain') },
  { from: { element: { type: 'feature' } }, allow: to('core', 'data-access', 'shared', 'domain') },
  {
    from: { element: { type: 'feature' } },
    allow: { to: { element: { type: 'feature', captured: { name: '{{ from.captured.name }}' } } } },
  },
  {
    from: { element: { type: 'shell' } },
    allow: to('shell', 'feature', 'core', 'data-access', 'shared', 'domain'),
  },
];

module.exports = { LAYERS, LAYER_POLICIES };
