// The error lines Postguard makes itself (no answer from the worker or a tab's
// guard) are said with t: in English they read as before, and in another
// language they come from its messages.json.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from '../fakes/browser';
import { send, sendToTab } from '../../src/shared/messages';

// The fake's tabs answer nothing, as a tab without Postguard's content script.
function noAnswer() {
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue(undefined);
  vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue(undefined);
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('when nothing answers', () => {
  it('says so in English', async () => {
    noAnswer();
    expect(await send({ type: 'rules/get' })).toEqual({
      ok: false,
      errors: ['Postguard did not answer; reload the extension.'],
    });
    expect(await sendToTab(1, { type: 'tab/status' })).toEqual({
      ok: false,
      errors: ['(root): no Postguard guard answered in this tab'],
    });
  });

  it('says so in the browser’s language', async () => {
    noAnswer();
    vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation((key: string) => `«${key}»`);
    expect(await send({ type: 'rules/get' })).toEqual({ ok: false, errors: ['«error_no_answer»'] });
    expect(await sendToTab(1, { type: 'tab/status' })).toEqual({
      ok: false,
      errors: ['(root): «error_no_guard»'],
    });
  });
});
