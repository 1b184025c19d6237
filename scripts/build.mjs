// `npm run build`: the production build, with Angular's chunk optimizer on. Without it esbuild
// splits the initial download into 17 files three imports deep, and the browser discovers the
// last ones only after running the first (Lighthouse: first paint 1.2 s on the desktop preset).
// The optimizer (Rollup, shipped with @angular/build 21, on by default from 22) merges them into
// one main file and fewer lazy chunks. Arguments are passed to `ng build` (e.g. --stats-json).
import { spawnSync } from 'node:child_process';

const result = spawnSync('npx', ['ng', 'build', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, NG_BUILD_OPTIMIZE_CHUNKS: process.env.NG_BUILD_OPTIMIZE_CHUNKS ?? '1' },
});
process.exit(result.status ?? 1);
