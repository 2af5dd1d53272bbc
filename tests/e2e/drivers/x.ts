// X (docs/sites/x.md): Home's inline compose box, its Post button, the side-nav switcher.
import type { Page } from '@playwright/test';
import { openX } from '../fixtures';
import { ACCOUNT_NOT_SHOWN, CORPORATE, PERSONAL, switchAccount } from '../x-helpers';
import { sentOn, type SiteDriver } from './site-driver';
import { enterText } from '../typing';

const box = (page: Page) => page.getByTestId('primaryColumn').locator('.composer');

export const xDriver: SiteDriver = {
  platform: 'x',
  shown: { corporate: `@${CORPORATE}`, personal: `@${PERSONAL}` },
  recorded: { corporate: CORPORATE, personal: PERSONAL },
  composerInShadowRoot: false,
  open(context, who, tab) {
    const query =
      who === 'hidden' ? ACCOUNT_NOT_SHOWN : { active: who === 'personal' ? PERSONAL : CORPORATE };
    return openX(context, query, '/home', tab);
  },
  async compose(page, text) {
    await this.editor(page).click();
    await enterText(page, text);
  },
  send: (page) => box(page).getByTestId('tweetButtonInline').click(),
  switchAccount: (page, to) => switchAccount(page, to === 'corporate' ? CORPORATE : PERSONAL),
  editor: (page) => box(page).locator('.public-DraftEditor-content').first(),
  sent: sentOn,
};
