// Which tab the popup describes: `?tab=` (only honoured when the popup is a tab
// itself) and whether a URL is one Postguard guards, by the manifest's patterns
// (the build writes the platform registry's).
import { describe, expect, it } from 'vitest';
import { hostMatchPatterns } from '../../src/core/platforms';
import { isGuardedUrl, tabParam } from '../../src/popup/target-tab';

const patterns = hostMatchPatterns();

describe('isGuardedUrl', () => {
  it.each([
    ['https://x.com/home', true],
    ['https://twitter.com/KingsfordNews/status/1', true],
    ['https://www.facebook.com/', true],
    ['https://www.linkedin.com/feed/', true],
    ['http://x.com/home', false],
    ['https://x.com.example.org/home', false],
    ['https://notx.com/', false],
    ['https://mastodon.social/home', false],
    ['chrome-extension://abc/popup.html', false],
    ['about:blank', false],
    ['not a url', false],
    [undefined, false],
  ])('%s: %s', (url, guarded) => {
    expect(isGuardedUrl(url, patterns)).toBe(guarded);
  });

  it('understands wildcard hosts and schemes', () => {
    expect(isGuardedUrl('https://a.b.example.org/x', ['*://*.example.org/*'])).toBe(true);
    expect(isGuardedUrl('http://example.org/', ['*://*.example.org/*'])).toBe(true);
    expect(isGuardedUrl('https://example.com/', ['*://*.example.org/*'])).toBe(false);
  });
});

describe('tabParam', () => {
  it.each([
    ['?tab=42', 42],
    ['?tab=0', 0],
    ['?tab=-1', null],
    ['?tab=1e3', null],
    ['?tab=', null],
    ['?tab=42abc', null],
    ['', null],
  ])('%s → %s', (search, id) => {
    expect(tabParam(search)).toBe(id);
  });
});
