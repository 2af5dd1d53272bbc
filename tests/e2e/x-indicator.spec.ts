// Scenario 11 on X: the compose indicator. Every compose box has exactly one, right above
// its first post, saying "Posting as @handle · role" in the role's colour (role=status); it
// follows an account switch and a new rule file live, without a reload.
import { expect, test } from './fixtures';
import { setRules } from './rules';
import {
  CORPORATE,
  PERSONAL,
  SURFACES,
  indicatorOf,
  kingsfordRules,
  openComposer,
  switchAccount,
  type XComposer,
} from './x-helpers';

const COLOUR = {
  corporate: 'rgb(179, 38, 30)',
  professional: 'rgb(122, 79, 1)',
  personal: 'rgb(30, 107, 52)',
};

/** One indicator in the box, visible, on its own line just above the first post's text. */
async function expectBesideBox(composer: XComposer) {
  const indicator = indicatorOf(composer);
  await expect(indicator).toHaveCount(1);
  await expect(indicator).toBeVisible();
  const [mark, editor, box] = await Promise.all([
    indicator.boundingBox(),
    composer.editor().boundingBox(),
    composer.box.boundingBox(),
  ]);
  if (!mark || !editor || !box) throw new Error('indicator, editor or box not laid out');
  expect(mark.y + mark.height).toBeLessThanOrEqual(editor.y + 1);
  expect(editor.y - (mark.y + mark.height)).toBeLessThan(60);
  expect(mark.x).toBeGreaterThanOrEqual(box.x);
  expect(mark.x + mark.width).toBeLessThanOrEqual(box.x + box.width);
}

test.beforeEach(async ({ context }) => {
  await setRules(context, kingsfordRules());
});

test('every compose box shows one indicator beside it, in the role colour', async ({ xPage }) => {
  for (const surface of SURFACES) {
    const composer = await openComposer(xPage, surface, { active: CORPORATE });
    if (surface === 'thread') await composer.write(['First post', 'Second post']);
    const indicator = indicatorOf(composer);
    await expect(indicator, surface).toHaveText(`Posting as @${CORPORATE} · corporate`);
    await expect(indicator, surface).toHaveCSS('color', COLOUR.corporate);
    await expectBesideBox(composer);
    if (surface === 'modal') {
      // The Home box behind the modal keeps its own indicator.
      const behind = composer.page.getByTestId('primaryColumn').getByRole('status');
      await expect(behind).toHaveText(`Posting as @${CORPORATE} · corporate`);
    }
    await composer.page.close();
  }
});

test('home: the indicator follows account switches live, text and colour', async ({ xPage }) => {
  const composer = await openComposer(xPage, 'home', { active: CORPORATE });
  const { page } = composer;
  const indicator = indicatorOf(composer);
  await expect(indicator).toHaveText(`Posting as @${CORPORATE} · corporate`);
  await composer.write(['Draft in progress']);

  await switchAccount(page, PERSONAL);
  await expect(indicator).toHaveText(`Posting as @${PERSONAL} · personal`);
  await expect(indicator).toHaveCSS('color', COLOUR.personal);
  await switchAccount(page, CORPORATE);
  await expect(indicator).toHaveText(`Posting as @${CORPORATE} · corporate`);
  await expect(indicator).toHaveCSS('color', COLOUR.corporate);
  await expect(composer.editor()).toHaveText('Draft in progress');
  await expectBesideBox(composer);
});

test('reply: an unlisted account shows as personal, and a new rule file applies without a reload', async ({
  context,
  xPage,
}) => {
  const composer = await openComposer(xPage, 'reply', {
    accounts: `${CORPORATE},jane_kingsford`,
    active: CORPORATE,
  });
  const { page } = composer;
  const indicator = indicatorOf(composer);
  await switchAccount(page, 'jane_kingsford');
  await expect(indicator).toHaveText('Posting as @jane_kingsford · personal');

  const accounts = [
    { platform: 'x', handle: CORPORATE, role: 'corporate' },
    { platform: 'x', handle: 'jane_kingsford', role: 'professional' },
  ] as const;
  await setRules(context, kingsfordRules({ accounts: [...accounts] }));
  await expect(indicator).toHaveText('Posting as @jane_kingsford · professional');
  await expect(indicator).toHaveCSS('color', COLOUR.professional);
  await expectBesideBox(composer);
});
