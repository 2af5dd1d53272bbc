// One MutationObserver per document for everything that follows the page (the
// compose indicators, the tab status behind the badge). Each subscriber
// coalesces the calls its own way; the page's mutations are observed once.
type Listener = () => void;

// What can change who is posting: nodes added or removed, and the attributes
// the adapters read the account from.
const OPTIONS: MutationObserverInit = {
  subtree: true,
  childList: true,
  attributes: true,
  attributeFilter: ['data-testid', 'aria-label'],
};

const watchers = new WeakMap<Document, (listener: Listener) => () => void>();

/** Calls `listener` after page mutations; returns the function that stops it. */
export function onPageChange(doc: Document, listener: Listener): () => void {
  let subscribe = watchers.get(doc);
  if (!subscribe) {
    const listeners = new Set<Listener>();
    const observer = new MutationObserver(() => listeners.forEach((l) => l()));
    subscribe = (l) => {
      if (listeners.size === 0) observer.observe(doc.documentElement, OPTIONS);
      listeners.add(l);
      return () => {
        listeners.delete(l);
        if (listeners.size === 0) observer.disconnect();
      };
    };
    watchers.set(doc, subscribe);
  }
  return subscribe(listener);
}
