// X (docs/sites/x.md): Home's inline compose box, its Post button, the side-nav switcher.
import type { Page } from '@playwright/test';
import { X_EDITOR } from '../fixtures';
import { CORPORATE, PERSONAL, switchAccount } from '../x-helpers';
import { sentOn, type SiteDriver } from './site-driver';

const box = (page: Page) => page.getByTestId('primaryColumn').locator('.composer');
/** Nothing on the page names the account: no switcher, Profile link or avatar (x-unknown.spec.ts). */
const HIDDEN = { hideSwitcher: '1', hideProfileLink: '1', hideAvatars: '1' };

export const xDriver: SiteDriver = {
  platform: 'x',
  shown: { corporate: `@${CORPORATE}`, personal: `@${PERSONAL}` },
  recorded: { corporate: CORPORATE, personal: PERSONAL },
  async open(context, who, tab) {
    const query = who === 'hidden' ? { ...HIDDEN, active: CORPORATE } : undefined;
    const active = who === 'personal' ? PERSONAL : CORPORATE;
    const search = new URLSearchParams(query ?? { active }).toString();
    const page = tab ?? (await context.newPage());
    await page.goto(`https://x.com/home?${search}`);
    await page.locator(X_EDITOR).first().waitFor();
    return page;
  },
  async compose(page, text) {
    await this.editor(page).click();
    await page.keyboard.type(text);
  },
  send: (page) => box(page).getByTestId('tweetButtonInline').click(),
  switchAccount: (page, to) => switchAccount(page, to === 'corporate' ? CORPORATE : PERSONAL),
  editor: (page) => box(page).locator('.public-DraftEditor-content').first(),
  sent: sentOn,
};
