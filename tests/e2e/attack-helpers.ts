// Shared by the adversarial specs (attack-*.spec.ts): the hostile page's side. Everything
// here runs in the page's own world (page.evaluate), as a site script, an injected ad or
// another extension would: it can read and change the DOM, the guard's open shadow root
// included, but not the content script's isolated world.
import type { Page } from '@playwright/test';
import { expect } from './fixtures';
import { CORPORATE, guardDialog, kingsfordRules, openComposer, postAsButton } from './x-helpers';
import type { PostguardFixtures } from './fixtures';
import { setRules } from './rules';
import type { BrowserContext } from '@playwright/test';

/** Found the way a page script would: by the attribute a page could copy, never by identity. */
export const DIALOG_HOST = '[data-postguard="dialog"]';

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The middle of a box: where a person aims. */
export const middle = (box: Box) => ({ x: box.x + box.width / 2, y: box.y + box.height / 2 });

/** A corporate post on X's home box, sent, with the guard's confirm dialog open and armed. */
export async function corporateDialog(
  context: BrowserContext,
  xPage: PostguardFixtures['xPage'],
  text = 'Road works on the high street',
) {
  await setRules(context, kingsfordRules());
  const composer = await openComposer(xPage, 'home', { active: CORPORATE });
  await composer.write([text]);
  await composer.send('button');
  await expect(guardDialog(composer.page)).toBeVisible();
  // Armed: the input-protection delay is over (Playwright waits on aria-disabled).
  await expect(postAsButton(composer.page)).toBeEnabled();
  return { composer, page: composer.page, text };
}

/** Where "Post as" is on screen now. */
export async function postAsBox(page: Page): Promise<Box> {
  const box = await postAsButton(page).boundingBox();
  if (!box) throw new Error('"Post as" has no box');
  return box;
}

/**
 * A decoy the person means to click, drawn over `box` in the top layer (a popover, so it is
 * above even a modal dialog) and letting clicks through to whatever is under it.
 */
export function showDecoy(page: Page, box: Box, label = 'Claim your free tickets') {
  return page.evaluate(
    ({ box, label }) => {
      const decoy = document.createElement('div');
      decoy.id = 'decoy';
      decoy.textContent = label;
      decoy.setAttribute('popover', 'manual');
      decoy.style.cssText = `position:fixed; inset:auto; margin:0; left:${box.x}px; top:${box.y}px;
        width:${box.width}px; height:${box.height}px; pointer-events:none; border:0;
        background:#1d9bf0; color:#fff; font:700 14px sans-serif;`;
      document.body.append(decoy);
      decoy.showPopover();
    },
    { box, label },
  );
}

export const removeDecoy = (page: Page) =>
  page.evaluate(() => document.getElementById('decoy')?.remove());

/** The dialog's computed opacity, as the person sees it (1 when nothing hides it). */
export function dialogOpacity(page: Page): Promise<number> {
  return page.evaluate((selector) => {
    const host = document.querySelector(selector);
    const dialog = host?.shadowRoot?.querySelector('[role="alertdialog"]');
    if (!host || !dialog) return -1;
    let opacity = Number(getComputedStyle(host).opacity);
    for (let el: Element | null = dialog; el; el = el.parentElement)
      opacity *= Number(getComputedStyle(el).opacity);
    return opacity;
  }, DIALOG_HOST);
}
