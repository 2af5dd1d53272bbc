// The Mastodon servers Postguard guards (ui-contract.md: "Allow on <server>"). A server is
// guarded once the browser grants its host, and only a person's click may ask for that:
// each button asks first, before anything else, while the click still counts as theirs.
// The worker registers the content script where a grant arrives (background/server-scripts.ts).
import { useCallback, useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { platformInfo, platformOfHost, type Platform } from '../core/platforms';
import { t } from '../shared/i18n';
import {
  originOf,
  serverHost,
  serversOf,
  setAdded,
  type ServerEntry,
  type ServerSource,
} from '../shared/servers';
import { onStorageChange } from '../shared/storage-area';
import { LOCAL_RULES_KEYS, SERVERS_KEY } from '../shared/storage-keys';

const PLATFORM: Platform = 'mastodon';

const SOURCE_KEYS: Record<ServerSource, string> = {
  rules: 'options_servers_from_rules',
  build: 'options_servers_from_build',
  person: 'options_servers_from_person',
};

/** Asks the browser for the server's host; false when refused or when the browser cannot. */
async function askFor(host: string): Promise<boolean> {
  try {
    return await browser.permissions.request({ origins: [originOf(host)] });
  } catch {
    return false;
  }
}

function ServerRow({ entry, onChange }: { entry: ServerEntry; onChange: () => void }) {
  const allow = async () => {
    await askFor(entry.host);
    onChange();
  };
  const remove = async () => {
    await setAdded(PLATFORM, entry.host, false);
    // Only the person wanted it: the browser's grant goes too (the rules or the build may
    // still want a server the person also added).
    if (entry.sources.length === 1) {
      await browser.permissions.remove({ origins: [originOf(entry.host)] }).catch(() => false);
    }
    onChange();
  };
  return (
    <li data-server={entry.host}>
      <span class="server-host">{entry.host}</span>{' '}
      <span class="server-sources">
        ({entry.sources.map((source) => t(SOURCE_KEYS[source])).join(', ')})
      </span>{' '}
      {entry.granted ? (
        <strong class="server-granted">{t('options_servers_granted')}</strong>
      ) : (
        <button type="button" onClick={() => void allow()}>
          {t('options_servers_allow', entry.host)}
        </button>
      )}
      {entry.sources.includes('person') && (
        <button type="button" class="link" onClick={() => void remove()}>
          {t('options_servers_remove', entry.host)}
        </button>
      )}
    </li>
  );
}

export function ServersSection() {
  const [servers, setServers] = useState<ServerEntry[] | null>(null);
  const [typed, setTyped] = useState('');
  const [problem, setProblem] = useState<string | null>(null);

  const refresh = useCallback(() => void serversOf(PLATFORM).then(setServers), []);
  useEffect(refresh, [refresh]);
  // The rules, the list or a grant can change while the page is open (another page, policy);
  // the audit log's writes, which come with every send, change none of it.
  useEffect(
    () =>
      onStorageChange((changes, area) => {
        const keys = [...LOCAL_RULES_KEYS, SERVERS_KEY];
        if (area === 'managed' || keys.some((key) => key in changes)) refresh();
      }),
    [refresh],
  );
  useEffect(() => {
    browser.permissions.onAdded.addListener(refresh);
    browser.permissions.onRemoved.addListener(refresh);
    return () => {
      browser.permissions.onAdded.removeListener(refresh);
      browser.permissions.onRemoved.removeListener(refresh);
    };
  }, [refresh]);

  const add = async (event: Event) => {
    event.preventDefault();
    const host = serverHost(typed);
    if (!host) {
      setProblem(t('options_servers_not_a_host', typed.trim()));
      return;
    }
    const site = platformOfHost(host);
    if (site) {
      setProblem(t('options_servers_fixed_site', [host, t(platformInfo(site).nameKey)]));
      return;
    }
    // The browser's prompt first, while the click is still the person's.
    const asked = askFor(host);
    const saved = await setAdded(PLATFORM, host, true);
    await asked;
    if (!saved.ok) {
      setProblem(t('options_servers_not_saved', saved.error));
      return;
    }
    setProblem(null);
    setTyped('');
    refresh();
  };

  return (
    <section aria-labelledby="servers-heading">
      <h2 id="servers-heading">{t('options_servers_heading')}</h2>
      <p>{t('options_servers_lead')}</p>
      {servers === null ? (
        <p aria-busy="true">{t('options_loading')}</p>
      ) : servers.length === 0 ? (
        <p>{t('options_servers_none')}</p>
      ) : (
        <ul class="servers">
          {servers.map((entry) => (
            <ServerRow key={entry.host} entry={entry} onChange={refresh} />
          ))}
        </ul>
      )}
      <form onSubmit={(event) => void add(event)}>
        <label for="server-to-add">{t('options_servers_add_label')}</label>{' '}
        <input
          id="server-to-add"
          value={typed}
          placeholder="social.example.org"
          aria-invalid={problem ? 'true' : undefined}
          aria-describedby={problem ? 'server-problem' : undefined}
          onInput={(event) => setTyped((event.target as HTMLInputElement).value)}
        />{' '}
        <button type="submit">{t('options_servers_add')}</button>
        {problem && (
          <p id="server-problem" class="error" role="alert">
            {problem}
          </p>
        )}
      </form>
      <p class="hint">{t('options_servers_reload_hint')}</p>
    </section>
  );
}
