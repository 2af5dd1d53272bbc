// The browser and system a diagnostics report names: a name and version
// numbers only, never the rest of the user-agent string.
import { describe, expect, it } from 'vitest';
import { hostOf } from '../../src/content/diagnostics/report';
import { diagnosticsReport } from '../../src/popup/diagnostics';
import { browserOf, osOf } from '../../src/popup/environment';

const CHROME_LINUX =
  'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.7390.54 Safari/537.36';
const EDGE_WINDOWS =
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Safari/537.36 Edg/156.0.3405.80';
const FIREFOX_MAC =
  'Mozilla/5.0 (Macintosh; Intel Mac OS X 14.6; rv:140.0) Gecko/20100101 Firefox/140.0';

describe('browserOf / osOf', () => {
  it.each([
    [CHROME_LINUX, 'Chrome 156.0.7390.54', 'Linux'],
    [EDGE_WINDOWS, 'Edge 156.0.3405.80', 'Windows'],
    [FIREFOX_MAC, 'Firefox 140.0', 'macOS'],
    ['SomethingElse/1.0', 'unknown', 'unknown'],
  ])('%s → %s on %s', (userAgent, browser, os) => {
    expect(browserOf({ userAgent })).toBe(browser);
    expect(osOf({ userAgent })).toBe(os);
  });

  it('prefers the browser’s own brand from userAgentData over the generic Chromium', () => {
    const nav = {
      userAgent: CHROME_LINUX,
      userAgentData: {
        brands: [
          { brand: 'Not/A)Brand', version: '8' },
          { brand: 'Chromium', version: '156' },
          { brand: 'Microsoft Edge', version: '156' },
        ],
        platform: 'Windows',
      },
    };
    expect(browserOf(nav)).toBe('Microsoft Edge 156');
    expect(osOf(nav)).toBe('Windows');
  });

  it('keeps only version numbers and a known platform name', () => {
    const nav = {
      userAgent: '',
      userAgentData: {
        brands: [{ brand: 'Chromium', version: '156 (build for Jane Doe)' }],
        platform: 'Linux <jane@example.com>',
      },
    };
    expect(browserOf(nav)).toBe('Chromium 156');
    expect(osOf(nav)).toBe('unknown');
  });
});

describe('hostOf', () => {
  it('gives the host name only', () => {
    expect(hostOf({ hostname: 'www.linkedin.com' })).toBe('www.linkedin.com');
    expect(hostOf({ hostname: 'ünïcode.example' })).toBe('');
  });
});

describe("the popup's report from a tab's part", () => {
  const env = { browser: 'Chrome 156', os: 'Linux', extension: '0.1.0' };
  const noon = new Date('2026-11-20T12:00:00Z');
  const json = (report: string) => JSON.parse(/```json\n([\s\S]*)\n```/u.exec(report)?.[1] ?? '');

  it('adds the time, the browser, the system and the version the popup reads itself', () => {
    const report = diagnosticsReport('{"site":"mastodon","composeBoxes":1}', env, noon) ?? '';
    expect(json(report)).toEqual({
      site: 'mastodon',
      composeBoxes: 1,
      generated: '2026-11-20T12:00:00.000Z',
      ...env,
    });
  });

  it('lets no page overwrite them, and takes nothing that is not a JSON object', () => {
    const forged = JSON.stringify({ browser: 'Netscape 4', generated: '1999-01-01', site: 'x' });
    expect(json(diagnosticsReport(forged, env, noon) ?? '')).toMatchObject(env);
    for (const garbage of ['', 'garbage{', '[]', '"text"', 'null', '42']) {
      expect(diagnosticsReport(garbage, env, noon), garbage).toBeNull();
    }
  });
});
