// The browser and system a diagnostics report names: a name and version
// numbers only, never the rest of the user-agent string.
import { describe, expect, it } from 'vitest';
import { browserOf, hostOf, osOf } from '../../src/content/diagnostics/environment';

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
