// Mastodon's send grid, a step per cell (tests/e2e/cells.ts), in an organisation's build that
// grants the test servers: each kind of compose form (a new post, a reply showing someone
// else, one with a content warning, one with a poll, the advanced layout's column, the French
// interface) × each way a person sends from it (docs/sites/mastodon.md#sends): the Post
// button clicked or pressed with Enter, Ctrl+Enter and Cmd+Enter in the text (no submit
// event), and where the form has them, Ctrl+Enter and Enter in the warning, Enter in a poll
// option (the browser's implicit submission). As the council's account every cell is held
// for the dialog, which shows the whole post; Cancel sends nothing and keeps every field;
// "Post as" posts it exactly once. Then the account cases on a new post: the personal account
// posts at once every way, and a page that does not say who is signed in is held every way.
import type { BrowserContext, Page } from '@playwright/test';
import { cellsInTurn } from './cells';
import { untilGuarded } from './mastodon-helpers';
import { useKingsford } from './rules';
import { expect, test } from './fixtures';
import {
  composeForm,
  CORPORATE_HANDLE,
  mastodonPage,
  mastodonSent,
  ORG_SERVER,
  PERSONAL_HANDLE,
  PUBLIC_SERVER,
  type MastodonOptions,
} from './mastodon-helpers';
import { clickWhenArmed } from './release';

test.use({ organisationBuild: true });

const TEXT = 'Bin collections move to Tuesday.';
const WARNING = 'Service change';
const OPTIONS = ['Saturday', 'Sunday'];

interface Way {
  title: string;
  /** Where the form has it: the field it needs. */
  needs?: 'cw' | 'poll';
  send(page: Page): Promise<void>;
}

const WAYS: Way[] = [
  { title: 'a click on the Post button', send: (page) => composeForm(page).submit.click() },
  { title: 'Enter on the Post button', send: (page) => composeForm(page).submit.press('Enter') },
  {
    title: 'Ctrl+Enter in the text',
    send: (page) => composeForm(page).textarea.press('Control+Enter'),
  },
  {
    title: 'Cmd+Enter in the text',
    send: (page) => composeForm(page).textarea.press('Meta+Enter'),
  },
  {
    title: 'Ctrl+Enter in the warning',
    needs: 'cw',
    send: (page) => composeForm(page).cw.press('Control+Enter'),
  },
  {
    title: 'Enter in the warning',
    needs: 'cw',
    send: (page) => composeForm(page).cw.press('Enter'),
  },
  {
    title: 'Enter in a poll option',
    needs: 'poll',
    send: (page) => composeForm(page).pollOptions.last().press('Enter'),
  },
];

interface Kind {
  title: string;
  options: MastodonOptions;
  /** The post's fields beside its text, as the fixture records them. */
  spoiler: string | null;
  poll: string[] | null;
}

const KINDS: Kind[] = [
  { title: 'a new post', options: {}, spoiler: null, poll: null },
  {
    title: 'a reply (someone else above the text)',
    options: { compose: 'reply' },
    spoiler: null,
    poll: null,
  },
  { title: 'a post with a content warning', options: { cw: true }, spoiler: WARNING, poll: null },
  { title: 'a post with a poll', options: { poll: true }, spoiler: null, poll: OPTIONS },
  {
    title: 'the advanced layout’s compose column',
    options: { ui: 'advanced' },
    spoiler: null,
    poll: null,
  },
  { title: 'the French interface', options: { lang: 'fr' }, spoiler: null, poll: null },
];

const waysFor = (kind: Kind) =>
  WAYS.filter((way) => !way.needs || (way.needs === 'cw' ? kind.spoiler : kind.poll));

/**
 * The form of `kind` opened as `options` in `tab`, every field written: TEXT after what the
 * app put there (a reply starts with the mention of the person replied to).
 */
async function written(context: BrowserContext, kind: Kind, options: MastodonOptions, tab?: Page) {
  const page = await mastodonPage(context, { ...kind.options, ...options }, tab);
  const form = composeForm(page);
  const text = `${(await form.textarea.inputValue()).trimEnd()} ${TEXT}`.trimStart();
  await form.textarea.fill(text);
  if (kind.spoiler) await form.cw.fill(kind.spoiler);
  for (const [i, option] of (kind.poll ?? []).entries()) await form.pollOptions.nth(i).fill(option);
  return { page, text };
}

/** Every field as written: nothing lost by a dialog that was cancelled. */
async function expectKept(page: Page, kind: Kind, text: string) {
  const form = composeForm(page);
  await expect(form.textarea).toHaveValue(text);
  if (kind.spoiler) await expect(form.cw).toHaveValue(kind.spoiler);
  for (const [i, option] of (kind.poll ?? []).entries()) {
    await expect(form.pollOptions.nth(i)).toHaveValue(option);
  }
}

const dialogOf = (page: Page) => page.getByRole('alertdialog');

test.beforeEach(async ({ context }) => {
  await useKingsford(context);
  await untilGuarded(context, ORG_SERVER);
  await untilGuarded(context, PUBLIC_SERVER);
});

for (const kind of KINDS) {
  test(`${kind.title} · each way of sending: held; Cancel keeps it all; "Post as" posts once`, async ({
    context,
  }) => {
    await cellsInTurn(
      waysFor(kind),
      (way) => way.title,
      async (way, tab) => {
        const { page, text } = await written(context, kind, {}, tab);
        await way.send(page);
        const dialog = dialogOf(page);
        await expect(dialog).toHaveAccessibleName(
          `Check: posting as ${CORPORATE_HANDLE} · corporate`,
        );
        for (const part of [TEXT, kind.spoiler ?? TEXT, ...(kind.poll ?? [])]) {
          await expect(dialog).toContainText(part);
        }
        await dialog.getByRole('button', { name: 'Cancel' }).click();
        await expect(dialog).toHaveCount(0);
        await page.waitForTimeout(300);
        expect(await mastodonSent(page)).toEqual([]);
        await expectKept(page, kind, text);

        await way.send(page);
        await clickWhenArmed(dialog.getByRole('button', { name: `Post as ${CORPORATE_HANDLE}` }));
        await expect.poll(() => mastodonSent(page)).toHaveLength(1);
        await page.waitForTimeout(300);
        const [sent, ...more] = await mastodonSent(page);
        expect(more).toEqual([]);
        expect(sent).toMatchObject({
          account: CORPORATE_HANDLE,
          texts: [text],
          spoiler: kind.spoiler,
          poll: kind.poll,
        });
        expect(sent?.inReplyTo !== null).toBe(kind.options.compose === 'reply');
        return page;
      },
    );
  });
}

const NEW_POST = KINDS[0]!;

/** A new post opened as `options`, sent each way in turn; `outcome` checks each cell. */
function eachWayOfANewPost(
  title: string,
  options: MastodonOptions,
  outcome: (page: Page) => Promise<void>,
) {
  test(title, async ({ context }) => {
    await cellsInTurn(
      waysFor(NEW_POST),
      (way) => way.title,
      async (way, tab) => {
        const { page } = await written(context, NEW_POST, options, tab);
        await way.send(page);
        await outcome(page);
        return page;
      },
    );
  });
}

eachWayOfANewPost(
  'the personal account, each way of sending a new post: out at once, once',
  { host: PUBLIC_SERVER },
  async (page) => {
    await expect.poll(() => mastodonSent(page)).toMatchObject([{ account: PERSONAL_HANDLE }]);
    await page.waitForTimeout(300);
    expect(await mastodonSent(page)).toHaveLength(1);
    await expect(dialogOf(page)).toHaveCount(0);
  },
);

eachWayOfANewPost(
  'a page that does not say who is signed in, each way: held as an unknown account',
  { accounts: 'none' },
  async (page) => {
    await expect(dialogOf(page)).toHaveAccessibleName(/unknown account/u);
    await page.waitForTimeout(300);
    expect(await mastodonSent(page)).toEqual([]);
  },
);
