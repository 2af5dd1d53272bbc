// An in-memory stand-in for webextension-polyfill in Vitest (the real one
// throws outside an extension). Storage behaves like the browser's: values are
// structured-cloned, and changes are announced to onChanged listeners.
type Listener = (
  changes: Record<string, { oldValue?: unknown; newValue?: unknown }>,
  area: string,
) => void;

const listeners = new Set<Listener>();

function area(name: 'local' | 'managed') {
  let data: Record<string, unknown> = {};
  return {
    data: () => data,
    reset(values: Record<string, unknown> = {}) {
      data = structuredClone(values);
    },
    async get(keys?: string | string[] | null) {
      const wanted = keys == null ? Object.keys(data) : Array.isArray(keys) ? keys : [keys];
      const out: Record<string, unknown> = {};
      for (const key of wanted) if (key in data) out[key] = structuredClone(data[key]);
      return out;
    },
    async set(items: Record<string, unknown>) {
      const changes: Record<string, { oldValue?: unknown; newValue?: unknown }> = {};
      for (const [key, value] of Object.entries(items)) {
        changes[key] = { oldValue: data[key], newValue: structuredClone(value) };
        data[key] = structuredClone(value);
      }
      listeners.forEach((listener) => listener(changes, name));
    },
  };
}

export const fakeBrowser = {
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
  },
};

export function resetFakeBrowser() {
  fakeBrowser.storage.local.reset();
  fakeBrowser.storage.managed.reset();
}

export default fakeBrowser;
