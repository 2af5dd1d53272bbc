// npm run test:firefox-lint: lints the Firefox store package that `npm run package` wrote
// (dist/postguard-firefox-<version>.zip), as addons.mozilla.org would receive it, with
// web-ext lint. web-ext lints a folder, so the zip is unpacked into a temporary one first.
// Errors fail; the one warning is explained in docs/security.md#no-markup-from-strings.
import { unzipSync } from 'fflate';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const { version } = JSON.parse(readFileSync(path.join(root, 'manifest.json'), 'utf8'));
const zip = path.join(root, 'dist', `postguard-firefox-${version}.zip`);
const unpacked = mkdtempSync(path.join(tmpdir(), 'postguard-firefox-package-'));
try {
  for (const [name, bytes] of Object.entries(unzipSync(readFileSync(zip)))) {
    if (name.endsWith('/')) continue;
    const file = path.join(unpacked, name);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, bytes);
  }
  console.log(`web-ext lint of ${path.relative(root, zip)}`);
  const lint = spawnSync('npx', ['web-ext', 'lint', '--source-dir', unpacked, '--self-hosted'], {
    cwd: root,
    stdio: 'inherit',
  });
  process.exitCode = lint.status ?? 1;
} finally {
  rmSync(unpacked, { recursive: true, force: true });
}
