// How the e2e tests put a post's text into a site's editor.
import type { Page } from '@playwright/test';

/**
 * Enters `text` into the focused editor as a person's input: the first character of each
 * line as a key press (the site's key handlers run; a line break is the Enter key, as when
 * typing), the rest of the line as one text insertion, the way an input method or dictation
 * commits text (`beforeinput` and `input` of type insertText, which every guarded site's
 * editor handles). What the guard reads is the editor's text at the moment of sending, so
 * it sees the same post either way.
 *
 * Why not every key: pressing keys costs the page about 6 ms of CPU per character (measured
 * on the X fixture: 222 characters, 1.4 s in its renderer), and the send grids write
 * thousands of characters. Specs about typing itself (keyboard-only use, the dialog's
 * input protection, the fixtures' own editors) still press every key.
 */
export async function enterText(page: Page, text: string): Promise<void> {
  const lines = text.split('\n');
  for (const [index, line] of lines.entries()) {
    if (index > 0) await page.keyboard.press('Enter');
    const [first, ...rest] = Array.from(line);
    if (first === undefined) continue;
    await page.keyboard.type(first);
    if (rest.length) await page.keyboard.insertText(rest.join(''));
  }
}
