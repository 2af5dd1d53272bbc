// An in-memory stand-in for webextension-polyfill in Vitest (the real one
// throws outside an extension). Storage behaves like the browser's: values are
// structured-cloned, and changes are announced to onChanged listeners.
// i18n formats the English messages.json as browsers do. The local area can be
// given a quota (`setQuota`), counted as Chrome counts it: each key's length
// plus its value's JSON in UTF-8 bytes.
import { readFileSync } from 'node:fs';

type Listener = (
  changes: Record<string, { oldValue?: unknown; newValue?: unknown }>,
  area: string,
) => void;

const listeners = new Set<Listener>();

const utf8 = new TextEncoder();
const bytesOf = (data: Record<string, unknown>) =>
  Object.entries(data).reduce(
    (sum, [key, value]) => sum + key.length + utf8.encode(JSON.stringify(value)).length,
    0,
  );

function area(name: 'local' | 'managed') {
  let data: Record<string, unknown> = {};
  let quota = Infinity;
  return {
    data: () => data,
    reset(values: Record<string, unknown> = {}) {
      data = structuredClone(values);
      quota = Infinity;
    },
    /** Refuse writes past `bytes` as Chrome does past QUOTA_BYTES (reset() lifts it). */
    setQuota(bytes: number) {
      quota = bytes;
    },
    async getBytesInUse(keys?: string | string[] | null) {
      const wanted = keys == null ? Object.keys(data) : [keys].flat();
      return bytesOf(Object.fromEntries(wanted.filter((k) => k in data).map((k) => [k, data[k]])));
    },
    async get(keys?: string | string[] | null) {
      const wanted = keys == null ? Object.keys(data) : Array.isArray(keys) ? keys : [keys];
      const out: Record<string, unknown> = {};
      for (const key of wanted) if (key in data) out[key] = structuredClone(data[key]);
      return out;
    },
    async set(items: Record<string, unknown>) {
      if (quota !== Infinity && bytesOf({ ...data, ...items }) > quota) {
        throw new Error('QUOTA_BYTES quota exceeded');
      }
      const changes: Record<string, { oldValue?: unknown; newValue?: unknown }> = {};
      for (const [key, value] of Object.entries(items)) {
        changes[key] = { oldValue: data[key], newValue: structuredClone(value) };
        data[key] = structuredClone(value);
      }
      listeners.forEach((listener) => listener(changes, name));
    },
    async remove(keys: string | string[]) {
      const changes: Record<string, { oldValue?: unknown }> = {};
      for (const key of [keys].flat()) {
        if (!(key in data)) continue;
        changes[key] = { oldValue: data[key] };
        delete data[key];
      }
      if (Object.keys(changes).length) listeners.forEach((listener) => listener(changes, name));
    },
  };
}

interface Message {
  message: string;
  placeholders?: Record<string, { content: string }>;
}

// Vitest runs from the repository root.
const messages = JSON.parse(readFileSync('src/_locales/en/messages.json', 'utf8')) as Record<
  string,
  Message
>;

/** $NAME$ becomes its placeholder's content, then $1…$9 the substitutions, $$ a dollar sign. */
function getMessage(key: string, substitutions?: string | string[]): string {
  const entry = messages[key];
  if (!entry) return '';
  const subs = substitutions === undefined ? [] : [substitutions].flat();
  const placeholders = new Map(
    Object.entries(entry.placeholders ?? {}).map(([name, p]) => [name.toLowerCase(), p.content]),
  );
  return entry.message
    .replace(
      /\$([A-Za-z0-9_@]+)\$/g,
      (token, name: string) => placeholders.get(name.toLowerCase()) ?? token,
    )
    .replace(/\$(\$|[1-9])/g, (_, what: string) =>
      what === '$' ? '$' : (subs[Number(what) - 1] ?? ''),
    );
}

export const fakeBrowser = {
  i18n: { getMessage, getUILanguage: () => 'en' },
  storage: {
    local: area('local'),
    managed: area('managed'),
    onChanged: {
      addListener: (l: Listener) => listeners.add(l),
      removeListener: (l: Listener) => listeners.delete(l),
    },
  },
  runtime: {
    id: 'test-extension-id',
    getURL: (p: string) => `chrome-extension://test-extension-id/${p}`,
    sendMessage: async (): Promise<unknown> => ({ ok: true }),
    onMessage: { addListener: () => {}, removeListener: () => {} },
    onInstalled: { addListener: () => {}, removeListener: () => {} },
  },
  tabs: {
    /** The URLs of the tabs opened, in order (reset by resetFakeBrowser). */
    opened: [] as string[],
    async create({ url }: { url: string }) {
      fakeBrowser.tabs.opened.push(url);
      return { id: fakeBrowser.tabs.opened.length };
    },
    /** No tab has a content script that answers. */
    sendMessage: async (): Promise<unknown> => undefined,
  },
};

export function resetFakeBrowser() {
  fakeBrowser.storage.local.reset();
  fakeBrowser.storage.managed.reset();
  fakeBrowser.tabs.opened = [];
}

export default fakeBrowser;
