// Which browser the demo and the e2e tests launch: one that can load an
// unpacked extension, never branded Google Chrome unless asked for, and a
// clear sentence (not a download banner) when there is none.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { chromiumExecutablePath, NO_CHROMIUM } from '../../tests/support/chromium';

const fakeBinary = (name: string) => {
  const dir = mkdtempSync(join(tmpdir(), 'postguard-browser-'));
  const path = join(dir, name);
  writeFileSync(path, '');
  return path;
};

describe('the browser the tests launch', () => {
  it('is the one POSTGUARD_CHROMIUM names, when it exists', () => {
    const path = fakeBinary('chromium');
    expect(chromiumExecutablePath({ POSTGUARD_CHROMIUM: path })).toBe(path);
  });

  it('refuses a POSTGUARD_CHROMIUM that does not exist, naming it', () => {
    expect(() => chromiumExecutablePath({ POSTGUARD_CHROMIUM: '/nowhere/chromium' })).toThrow(
      'POSTGUARD_CHROMIUM=/nowhere/chromium does not exist.',
    );
  });

  it('does not take branded Google Chrome, which cannot load the extension, unless told to', () => {
    const chrome = fakeBinary('google-chrome');
    expect(() => chromiumExecutablePath({ POSTGUARD_CHROMIUM: chrome })).toThrow(/Google Chrome/);
    expect(
      chromiumExecutablePath({ POSTGUARD_CHROMIUM: chrome, POSTGUARD_ALLOW_CHROME: '1' }),
    ).toBe(chrome);
  });

  it('says in one sentence what to run when there is none', () => {
    expect(NO_CHROMIUM).toMatch(
      /^No Chromium .*apt-get install chromium.*playwright install chromium.*POSTGUARD_CHROMIUM/u,
    );
  });
});
