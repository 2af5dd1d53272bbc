// Attack family: the page claims the guard's host element. A page can define a custom
// element under any free name; if the guard's host were a custom tag (as `<postguard-ui>`
// was), the page's class would upgrade it, attach a closed shadow root first, and the guard's
// own attachShadow would throw while showing the dialog: the send went out unguarded. The host
// is a built-in element now, which no page can define.
import { expect, test } from './fixtures';
import { setRules } from './rules';
import {
  CORPORATE,
  expectSentExactly,
  guardDialog,
  kingsfordRules,
  openComposer,
  postAsButton,
  sentPosts,
} from './x-helpers';
import { clickWhenArmed } from './release';

test('host claimed by the page: a custom element named like the old host cannot break the dialog', async ({
  context,
  xPage,
}) => {
  await setRules(context, kingsfordRules());
  const composer = await openComposer(xPage, 'home', { active: CORPORATE });
  const { page } = composer;
  const defined = await page.evaluate(() => {
    // Any name the page can guess: the old one, and the attribute the hosts carry.
    for (const name of ['postguard-ui', 'postguard-dialog', 'pg-ui']) {
      customElements.define(
        name,
        class extends HTMLElement {
          constructor() {
            super();
            this.attachShadow({ mode: 'closed' });
          }
        },
      );
    }
    return customElements.get('postguard-ui') !== undefined;
  });
  expect(defined).toBe(true);

  const text = 'Road works on the high street';
  await composer.write([text]);
  await composer.send('button');
  await expect(guardDialog(page)).toHaveAccessibleName(/@KingsfordGov · corporate/);
  expect(await sentPosts(page)).toEqual([]);

  // The host is not an element the page could have defined, nor one it can find by tag.
  const host = await page.evaluate(() => {
    const el = document.querySelector('[data-postguard="dialog"]');
    return el ? { tag: el.tagName, open: el.shadowRoot !== null } : null;
  });
  expect(host).toEqual({ tag: 'DIV', open: true });

  await clickWhenArmed(postAsButton(page));
  await expectSentExactly(composer, [expect.objectContaining(composer.record([text], CORPORATE))]);
});

// A script added to the whole browser stays for its life: this test has a browser of its own.
test.describe(() => {
  test.use({ freshBrowser: true });

  test('host claimed by the page: the compose indicator still shows, its host a built-in element', async ({
    context,
    xPage,
  }) => {
    await setRules(context, kingsfordRules());
    // Defined before the content script builds anything: from the page's very first script.
    await context.addInitScript(() => {
      customElements.define(
        'postguard-ui',
        class extends HTMLElement {
          constructor() {
            super();
            this.attachShadow({ mode: 'closed' });
          }
        },
      );
    });
    const composer = await openComposer(xPage, 'home', { active: CORPORATE });
    await expect(composer.box.getByRole('status')).toContainText(
      `Posting as @${CORPORATE} · corporate`,
    );
    const tags = await composer.page.evaluate(() =>
      [...document.querySelectorAll('[data-postguard]')].map((el) => el.tagName),
    );
    expect(tags).toEqual(['DIV']);
  });
});
