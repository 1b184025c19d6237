// The Node scripts use the app's own TypeScript (the truth table, the access claim, the export
// format) rather than copies: esbuild bundles a module for Node, and it is imported from there.
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

/** Bundles `entry` (a .ts file) into `outfile` as an ES module for Node. */
export async function bundleForNode(entry, outfile) {
  mkdirSync(dirname(outfile), { recursive: true });
  await build({
    entryPoints: [entry],
    bundle: true,
    platform: 'node',
    format: 'esm',
    outfile,
    // Packages stay imports of node_modules: bundled, CommonJS ones (firebase-admin) fail in ESM.
    packages: 'external',
    logLevel: 'warning',
  });
  return outfile;
}

/** Bundles and imports `entry`; `name` names the bundle in scripts/.out. */
export async function importTs(entry, name) {
  const outfile = await bundleForNode(entry, `scripts/.out/${name}.mjs`);
  return import(pathToFileURL(resolve(outfile)).href);
}
