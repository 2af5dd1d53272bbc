// The worker's registration of Mastodon's content script (src/background/server-scripts.ts):
// on exactly the servers that are known (the rules' accounts, the build's hosts, a person's
// list) and granted; updated when that changes, gone when none is left. The browser's
// `scripting` and `permissions` are fakes here; the real ones run in the e2e specs.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from '../fakes/browser';
import { scriptFile, syncServerScripts } from '../../src/background/server-scripts';
import { contentScriptFile } from '../../scripts/lib/content-entries.mjs';
import { setAdded } from '../../src/shared/servers';
import { LAST_GOOD_KEY, RULES_KEY } from '../../src/shared/storage-keys';
import { example } from './engine-helpers';

interface Script {
  id: string;
  js: string[];
  matches: string[];
}

let registered: Script[] = [];
let granted = new Set<string>();
let hostPermissions: string[] = [];
const calls: string[] = [];

const fakes = {
  scripting: {
    getRegisteredContentScripts: async ({ ids }: { ids: string[] }) =>
      registered.filter((s) => ids.includes(s.id)),
    registerContentScripts: async (scripts: Script[]) => {
      calls.push('register');
      registered.push(...scripts);
    },
    updateContentScripts: async (scripts: Script[]) => {
      calls.push('update');
      registered = registered.map((s) => scripts.find((n) => n.id === s.id) ?? s);
    },
    unregisterContentScripts: async ({ ids }: { ids: string[] }) => {
      calls.push('unregister');
      registered = registered.filter((s) => !ids.includes(s.id));
    },
  },
  permissions: {
    contains: async ({ origins }: { origins: string[] }) => origins.every((o) => granted.has(o)),
  },
};

function useRules(accounts: object[]) {
  const rules = example('kingsford-council', { accounts });
  const stored = { savedAt: '2026-11-20T10:00:00.000Z', rules };
  fakeBrowser.storage.local.reset({ [RULES_KEY]: stored, [LAST_GOOD_KEY]: stored });
}

const matches = () => registered.flatMap((s) => s.matches).sort();

beforeEach(() => {
  Object.assign(fakeBrowser, fakes);
  Object.assign(fakeBrowser.runtime, {
    getManifest: () => ({
      content_scripts: [{ matches: ['https://x.com/*'], js: ['content-x.js'] }],
      host_permissions: ['https://x.com/*', ...hostPermissions],
    }),
  });
});

afterEach(() => {
  registered = [];
  granted = new Set();
  hostPermissions = [];
  calls.length = 0;
  fakeBrowser.storage.local.reset();
});

const council = {
  platform: 'mastodon',
  handle: 'press@social.kingsford.gov.uk',
  role: 'corporate',
};
const jane = { platform: 'mastodon', handle: '@janedoe@mastodon.social', role: 'personal' };

describe('the Mastodon script', () => {
  it('is the file the build writes for it', () => {
    expect(scriptFile('mastodon')).toBe(contentScriptFile('mastodon'));
  });

  it('runs on the rules’ servers that are granted, and follows a grant', async () => {
    useRules([council, jane]);
    granted.add('https://social.kingsford.gov.uk/*');
    await syncServerScripts();
    expect(matches()).toEqual(['https://social.kingsford.gov.uk/*']);
    expect(registered[0]).toMatchObject({ id: 'postguard-mastodon', js: ['content-mastodon.js'] });

    granted.add('https://mastodon.social/*');
    await syncServerScripts();
    expect(matches()).toEqual(['https://mastodon.social/*', 'https://social.kingsford.gov.uk/*']);
    expect(calls).toEqual(['register', 'update']);

    await syncServerScripts(); // nothing changed: nothing written
    expect(calls).toEqual(['register', 'update']);
  });

  it('is gone when no known server is granted any more', async () => {
    useRules([council]);
    granted.add('https://social.kingsford.gov.uk/*');
    await syncServerScripts();
    useRules([]);
    await syncServerScripts();
    expect(registered).toEqual([]);
    expect(calls).toEqual(['register', 'unregister']);
  });

  it('runs on the servers the build lists and those a person added, once granted', async () => {
    useRules([]);
    hostPermissions = ['https://social.kingsford.gov.uk/*'];
    granted.add('https://social.kingsford.gov.uk/*');
    await setAdded('mastodon', 'hachyderm.io', true);
    await syncServerScripts();
    expect(matches()).toEqual(['https://social.kingsford.gov.uk/*']);
    granted.add('https://hachyderm.io/*');
    await syncServerScripts();
    expect(matches()).toEqual(['https://hachyderm.io/*', 'https://social.kingsford.gov.uk/*']);
  });

  it('never runs on a fixed site’s hosts, whatever is granted', async () => {
    useRules([{ platform: 'mastodon', handle: 'someone@x.com', role: 'personal' }]);
    granted.add('https://x.com/*');
    await syncServerScripts();
    expect(matches()).toEqual([]);
  });
});
