// Shared by the attack-audit-*.spec.ts: what a hostile page script (or another extension's)
// does to the audit log from the page's own world, and how much the log takes in storage.
import type { BrowserContext, Page } from '@playwright/test';
import { extensionWorker } from './extension-storage';

declare const chrome: {
  storage: { local: { getBytesInUse(keys: string | string[] | null): Promise<number> } };
};

export interface HiddenBoxSends {
  /** How many sends. */
  count: number;
  /** Characters of each post (each send's text differs, so none is the same as another). */
  chars: number;
  /** `display: none` on the box (the default), or a box laid out on the page. */
  hidden?: boolean;
}

/**
 * A page script builds an X compose box of its own (the editor's and the Post button's test
 * ids, nothing else of X's), fills it and clicks Post `count` times. Nothing reaches the site:
 * X's own code never handled this box.
 */
export function hiddenBoxSends(page: Page, { count, chars, hidden = true }: HiddenBoxSends) {
  return page.evaluate(
    ({ count, chars, hidden }) => {
      const box = document.createElement('div');
      if (hidden) box.style.display = 'none';
      box.innerHTML =
        '<div contenteditable="true" data-testid="tweetTextarea_0"><div data-contents="true">' +
        '<div data-block="true"></div></div></div>' +
        '<button type="button" data-testid="tweetButtonInline">Post</button>';
      document.body.append(box);
      const block = box.querySelector('[data-block="true"]')!;
      const button = box.querySelector('button')!;
      for (let i = 0; i < count; i++) {
        const head = `Send ${i} `;
        block.textContent = head + 'a'.repeat(Math.max(0, chars - head.length));
        button.click();
      }
      box.remove();
    },
    { count, chars, hidden },
  );
}

/** What a key takes in the extension's local storage, as the browser counts it against its quota. */
export function bytesInUse(context: BrowserContext, key: string | null = null): Promise<number> {
  return extensionWorker(context).evaluate((name) => chrome.storage.local.getBytesInUse(name), key);
}

/**
 * A compose box laid out on the page with one editor per text (a thread), made by a page
 * script with X's test ids; returns its Post button, for the person to click.
 */
export async function builtThreadBox(page: Page, texts: string[]) {
  await page.evaluate((texts) => {
    const box = document.createElement('div');
    box.id = 'built-thread';
    for (const [i, text] of texts.entries()) {
      const editor = document.createElement('div');
      editor.setAttribute('contenteditable', 'true');
      editor.dataset.testid = `tweetTextarea_${i}`;
      editor.textContent = text;
      box.append(editor);
    }
    box.insertAdjacentHTML(
      'beforeend',
      '<button type="button" data-testid="tweetButtonInline">Post</button>',
    );
    document.body.prepend(box);
  }, texts);
  return page.locator('#built-thread button');
}
