// The tone check on X (docs/tone-check.md): a post that reads like a personal one, sent from
// a work account, is held with the cues named and their words marked in the post; the two
// slips the issue quotes — a charity's beer post, a minister's private message — on the
// council's corporate account and on Jane's professional one. Off, the same post goes out.
import { expect, test } from './fixtures';
import { setRules } from './rules';
import {
  CORPORATE,
  expectSentExactly,
  guardDialog,
  kingsfordRules,
  openComposer,
  sentPosts,
} from './x-helpers';
import { clickWhenArmed } from './release';

const PROFESSIONAL = 'jane_kingsford';
const BEER =
  "Ryan found two more 4 bottle packs of Dogfish Head's Midas Touch beer.... when we drink we do it right #gettngslizzerd";
const BED = "When I get home I'm going to bed. Too exhausted. With you?";

/** The words marked in the dialog's copy of the post. */
const marked = (dialog: ReturnType<typeof guardDialog>) =>
  dialog.getByRole('group', { name: 'Your post' }).locator('mark');

const rules = (policy: Record<string, unknown> = {}) =>
  kingsfordRules({
    accounts: [
      { platform: 'x', handle: CORPORATE, role: 'corporate', label: 'Council newsroom' },
      { platform: 'x', handle: PROFESSIONAL, role: 'professional' },
    ],
    policy,
  });

test('the beer post on the council’s account: held, "drinking and parties", its words marked', async ({
  context,
  xPage,
}) => {
  await setRules(context, rules());
  const composer = await openComposer(xPage, 'home', {
    accounts: `${CORPORATE},${PROFESSIONAL}`,
    active: CORPORATE,
  });
  await composer.write([BEER]);
  await composer.send('button');
  const dialog = guardDialog(composer.page);
  await expect(dialog).toContainText(
    'This reads like a personal post: "beer" and "when we drink" (drinking and parties)',
  );
  await expect(marked(dialog)).toHaveText(['beer', 'when we drink']);
  expect(await sentPosts(composer.page)).toEqual([]);
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(composer.editor()).toHaveText(BEER);
});

test('the minister’s message on a professional account: held for "tiredness and bed"; off, it goes', async ({
  context,
  xPage,
}) => {
  await setRules(context, rules());
  const composer = await openComposer(xPage, 'home', {
    accounts: `${CORPORATE},${PROFESSIONAL}`,
    active: PROFESSIONAL,
  });
  await composer.write([BED]);
  await composer.send('ctrl');
  const dialog = guardDialog(composer.page);
  await expect(dialog).toHaveAccessibleName(`Check: posting as @${PROFESSIONAL} · professional`);
  await expect(dialog).toContainText(
    '"When I get home", "going to bed" and "exhausted" (tiredness and bed)',
  );
  await expect(marked(dialog)).toHaveText(['When I get home', 'going to bed', 'exhausted']);
  await clickWhenArmed(dialog.getByRole('button', { name: `Post as @${PROFESSIONAL}` }));
  await expectSentExactly(composer, [{ ...composer.record([BED], PROFESSIONAL), via: 'click' }]);

  await setRules(context, rules({ toneCheck: 'off' }));
  const again = await openComposer(xPage, 'home', {
    accounts: `${CORPORATE},${PROFESSIONAL}`,
    active: PROFESSIONAL,
  });
  await again.write([BED]);
  await again.send('ctrl');
  await expectSentExactly(again, [{ ...again.record([BED], PROFESSIONAL), via: 'keyboard' }]);
  await expect(guardDialog(again.page)).toHaveCount(0);
});
