// One MutationObserver per document for everything that follows the page (the
// compose indicators, the tab status behind the badge). Each subscriber
// coalesces the calls its own way; the page's mutations are observed once.
//
// Most mutations of a busy page cannot change a compose box or the account:
// a timeline grows by a screenful of posts per frame. A batch is passed on
// only when it may: when it changes something inside a compose box seen last
// (noteSurfaces) or inside one of the site's anchors (compose editors, send
// buttons, dialogs, account controls: the adapters' own selectors), or when
// it adds or removes an editor or an account control. That costs a look into
// each added or removed subtree, never a query of the whole document.
import type { SiteAdapter, WatchSpec } from './sites/adapter';
import { noteShadowRoot, searchRoots } from './sites/dom';
import { isOwnHost } from './ui/shadow-host';

type Listener = () => void;

// What can change who is posting: nodes added or removed, and the attributes
// the adapters read the account from.
const OPTIONS: MutationObserverInit = {
  subtree: true,
  childList: true,
  attributes: true,
  attributeFilter: ['data-testid', 'aria-label', 'aria-checked', 'title', 'href'],
};

interface Watch {
  subscribe(listener: Listener): () => void;
  surfaces: Set<Element>;
}

const watches = new WeakMap<Document, Watch>();

/**
 * Postguard's own UI: never a compose box nor an account. Known by identity
 * (ui/shadow-host.ts), not by a tag or attribute the page could copy.
 */
const isOwn = (node: Node) => isOwnHost(node);

/** Whether a batch of mutations may change a compose box or the account shown. */
function relevance(site: WatchSpec, surfaces: Set<Element>) {
  const { anchors, arrivals } = site;
  // Within one batch most records share a target (the list that grew).
  const seen = new Map<Node, boolean>();
  const inside = (target: Node): boolean => {
    let answer = seen.get(target);
    if (answer === undefined) {
      const el = target instanceof Element ? target : target.parentElement;
      answer = !!el && (el.closest(anchors) !== null || [...surfaces].some((s) => s.contains(el)));
      seen.set(target, answer);
    }
    return answer;
  };
  const arrives = (node: Node) =>
    node instanceof Element && (node.matches(arrivals) || node.querySelector(arrivals) !== null);
  // Postguard's own UI (which never matches an arrival) coming or going is no change.
  const onlyOwn = ({ addedNodes, removedNodes }: MutationRecord) => {
    for (const node of addedNodes) if (!isOwn(node)) return false;
    for (const node of removedNodes) if (!isOwn(node)) return false;
    return true;
  };
  // Few calls into the page per record: a timeline adds a hundred per frame.
  const record = (r: MutationRecord): boolean => {
    const { addedNodes, removedNodes } = r;
    for (let i = 0, n = addedNodes.length; i < n; i++) if (arrives(addedNodes[i]!)) return true;
    for (let i = 0, n = removedNodes.length; i < n; i++) if (arrives(removedNodes[i]!)) return true;
    if (!inside(r.target)) return false;
    return r.type === 'attributes' || !onlyOwn(r);
  };
  return (records: MutationRecord[]) => {
    for (const surface of surfaces) if (!surface.isConnected) return true; // a compose box went away
    seen.clear();
    return records.some(record);
  };
}

/**
 * Calls `listener` after page mutations that may change a compose box or the
 * account shown on the adapter's site; returns the function that stops it.
 */
export function onPageChange(doc: Document, adapter: SiteAdapter, listener: Listener): () => void {
  return watchOf(doc, adapter).subscribe(listener);
}

/** The compose boxes on the page now: changes inside them are always passed on. */
export function noteSurfaces(doc: Document, adapter: SiteAdapter, roots: Iterable<Element>): void {
  const { surfaces } = watchOf(doc, adapter);
  surfaces.clear();
  for (const root of roots) surfaces.add(root);
}

function watchOf(doc: Document, adapter: SiteAdapter): Watch {
  let watch = watches.get(doc);
  if (!watch) {
    const listeners = new Set<Listener>();
    const surfaces = new Set<Element>();
    const { shadowHosts = [] } = adapter;
    // A shadow host arriving may bring a compose box with it.
    const arrivals = [adapter.watch.arrivals, ...shadowHosts].join(', ');
    const relevant = relevance({ ...adapter.watch, arrivals }, surfaces);
    // Mutations inside a shadow root are not seen from the document: each open
    // shadow root the adapters search is observed on its own.
    let observed = new WeakSet<ParentNode>();
    /** Observes the roots not observed yet; whether there were any. */
    const observeRoots = () => {
      let added = false;
      for (const root of searchRoots(doc, shadowHosts)) {
        if (observed.has(root)) continue;
        observed.add(root);
        added = true;
        observer.observe(root === doc ? doc.documentElement : (root as Node), OPTIONS);
      }
      return added;
    };
    const notify = () => listeners.forEach((l) => l());
    const observer = new MutationObserver((records) => {
      if (!relevant(records)) return;
      observeRoots();
      notify();
    });
    // A shadow root can be attached with no mutation the document sees; a
    // person focusing something inside it shows it (as the interceptor's
    // composedPath does for sends).
    const onFocusIn = (event: FocusEvent) => {
      const inner = event.composedPath()[0];
      const root = inner instanceof Node ? inner.getRootNode() : null;
      if (!(root instanceof ShadowRoot) || root.mode !== 'open') return;
      if (isOwnHost(root.host) || observed.has(root)) return;
      noteShadowRoot(root);
      observeRoots();
      notify();
    };
    const win = doc.defaultView;
    // Nor does focus always move into it: a person's click (which opens a modal) is
    // followed, once the page has handled it, by a look at the known shadow hosts.
    let clickCheck = 0;
    const onClick = () => {
      if (shadowHosts.length === 0 || clickCheck || !win) return;
      clickCheck = win.setTimeout(() => {
        clickCheck = 0;
        if (observeRoots()) notify();
      });
    };
    watch = {
      surfaces,
      subscribe(l) {
        if (listeners.size === 0) {
          observed = new WeakSet();
          observeRoots();
          win?.addEventListener('focusin', onFocusIn, true);
          win?.addEventListener('click', onClick, true);
        }
        listeners.add(l);
        return () => {
          listeners.delete(l);
          if (listeners.size > 0) return;
          observer.disconnect();
          win?.removeEventListener('focusin', onFocusIn, true);
          win?.removeEventListener('click', onClick, true);
          if (clickCheck) win?.clearTimeout(clickCheck);
          clickCheck = 0;
        };
      },
    };
    watches.set(doc, watch);
  }
  return watch;
}
