// npm run package: zips dist/chrome and dist/firefox for the stores
// (fflate: a small, well-kept zip library; Node has no zip writer of its own).
import { zipSync } from 'fflate';
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const { version } = JSON.parse(await readFile(path.join(root, 'manifest.json'), 'utf8'));

async function filesOf(dir, prefix = '') {
  const out = {};
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    const name = prefix + entry.name;
    if (entry.isDirectory()) Object.assign(out, await filesOf(full, `${name}/`));
    else out[name] = new Uint8Array(await readFile(full));
  }
  return out;
}

for (const browser of ['chrome', 'firefox']) {
  const dir = path.join(root, 'dist', browser);
  if (!(await stat(dir).catch(() => null)))
    throw new Error(`${dir} is missing: run npm run build first`);
  const zip = zipSync(await filesOf(dir), { level: 9, mtime: new Date('2026-01-01T00:00:00Z') });
  const out = path.join(root, 'dist', `postguard-${browser}-${version}.zip`);
  await writeFile(out, zip);
  console.log(`${path.relative(root, out)}  ${(zip.length / 1024).toFixed(1)} KiB`);
}
