// The Firefox layer's "no request of its own" check can fail: a request made from the
// extension's own origin (an extension page, as the worker would) is not a tab's request the
// harness answers, so it reaches the dead proxy (dead-proxy.ts) — and every site test's
// check (fixtures.ts) would see it.
import { expect, test } from './fixtures';

test('a request the extension makes itself reaches the dead proxy, which the site tests check', async ({
  firefox,
  deadProxy,
}) => {
  const before = deadProxy.notBrowsers().length;
  const page = await firefox.extensionPage('incident.html');
  const outcome = await page.evaluate(() =>
    fetch('https://calls-out.postguard.example/report').then(
      () => 'answered',
      () => 'refused',
    ),
  );
  await page.close();
  expect(outcome).toBe('refused');
  expect(deadProxy.notBrowsers().slice(before)).toEqual([
    'https://calls-out.postguard.example:443',
  ]);
});
