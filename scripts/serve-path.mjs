// Which file a request to the local server gets (scripts/serve-dist.mjs), as Hosting answers:
// a file under the root, index.html for any other path (deep links), 400 for an address that
// cannot be decoded. Nothing outside the root is ever served, sibling folders included.
import { existsSync, statSync } from 'node:fs';
import { join, normalize, sep } from 'node:path';

/** `{ status: 400 }` or `{ status: 200, path, file }` for a request URL (`req.url`). */
export function fileFor(root, url) {
  let path;
  try {
    path = decodeURIComponent(new URL(url ?? '/', 'http://x').pathname);
  } catch {
    return { status: 400 };
  }
  if (path.includes('\0')) return { status: 400 };
  const file = normalize(join(root, path));
  const inside = file === root || file.startsWith(root.endsWith(sep) ? root : root + sep);
  const found = inside && existsSync(file) && !statSync(file).isDirectory();
  return { status: 200, path, file: found ? file : join(root, 'index.html') };
}
