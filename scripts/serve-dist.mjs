// Serves the production build like Firebase Hosting does: static files, and index.html
// for every other path so deep links work. Used by the e2e tests and `npm run serve:dist`.
//   --port N          where to listen (default 4300)
//   --config FILE     serve FILE as /config.json (e.g. e2e/emulator-config.json: the Firebase
//                     backend against the local emulators)
//   --allow-connect S add S to the CSP's connect-src (the emulators' addresses; never in production)
//   --kolada URL      serve config.json with `kolada.baseUrl` set to URL (e2e: a local Kolada stub)
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, resolve } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { fileFor } from './serve-path.mjs';

const root = resolve(process.env.DIST_DIR ?? 'dist/kompass/browser');
const portArg = process.argv.indexOf('--port');
const port = Number(portArg > -1 ? process.argv[portArg + 1] : (process.env.PORT ?? 4300));
const argument = (name) => {
  const index = process.argv.indexOf(name);
  return index > -1 ? process.argv[index + 1] : undefined;
};
const configFile = argument('--config');
const allowConnect = argument('--allow-connect');
const koladaAddress = argument('--kolada');

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.ico': 'image/x-icon',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

if (!existsSync(join(root, 'index.html'))) {
  console.error(`No build in ${root}; run "npm run build" first.`);
  process.exit(1);
}

// The security headers Hosting sends (firebase.json), so every e2e test runs under the same
// Content-Security-Policy as production and would fail if the app needed more.
const hosting = JSON.parse(readFileSync(resolve('firebase.json'), 'utf8')).hosting;
const securityHeaders = Object.fromEntries(
  hosting.headers
    .filter((rule) => rule.source === '**')
    .flatMap((rule) => rule.headers.map((h) => [h.key, h.value])),
);
if (allowConnect) {
  securityHeaders['Content-Security-Policy'] = securityHeaders['Content-Security-Policy'].replace(
    'connect-src ',
    `connect-src ${allowConnect} `,
  );
}

const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.svg', '.txt', '.csv']);
/** Compressed files, made once: Hosting serves brotli or gzip, so the local server does too. */
const compressed = new Map();
function body(file, encoding) {
  const key = `${file}|${encoding}`;
  if (!compressed.has(key)) {
    const raw = readFileSync(file);
    compressed.set(
      key,
      encoding === 'br' ? brotliCompressSync(raw) : encoding === 'gzip' ? gzipSync(raw) : raw,
    );
  }
  return compressed.get(key);
}

createServer((req, res) => {
  const answer = fileFor(root, req.url);
  if (answer.status === 400) {
    res.writeHead(400, { 'Content-Type': 'text/plain; charset=utf-8', ...securityHeaders });
    res.end('Bad request');
    return;
  }
  const file = configFile && answer.path === '/config.json' ? resolve(configFile) : answer.file;
  if (koladaAddress && answer.path === '/config.json') {
    const config = { ...JSON.parse(readFileSync(file, 'utf8')), kolada: { baseUrl: koladaAddress } };
    res.writeHead(200, { 'Content-Type': TYPES['.json'], 'Cache-Control': 'no-cache', ...securityHeaders });
    res.end(JSON.stringify(config));
    return;
  }
  const ext = extname(file);
  const accepted = String(req.headers['accept-encoding'] ?? '');
  const encoding = !COMPRESSIBLE.has(ext)
    ? null
    : /\bbr\b/.test(accepted)
      ? 'br'
      : /\bgzip\b/.test(accepted)
        ? 'gzip'
        : null;
  res.writeHead(200, {
    'Content-Type': TYPES[ext] ?? 'application/octet-stream',
    'Cache-Control': ext === '.html' ? 'no-cache' : 'public, max-age=31536000, immutable',
    Vary: 'Accept-Encoding',
    ...securityHeaders,
    ...(encoding ? { 'Content-Encoding': encoding } : {}),
  });
  res.end(body(file, encoding));
}).listen(port, '127.0.0.1', () => console.log(`Serving ${root} at http://localhost:${port}`));
