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
import type { Platform } from '../core/rules/schema';
import { FACEBOOK_SELECTORS as F } from './sites/facebook';
import { LINKEDIN_SELECTORS as L } from './sites/linkedin';
import { X_SELECTORS as X } from './sites/x';

type Listener = () => void;

// What can change who is posting: nodes added or removed, and the attributes
// the adapters read the account from.
const OPTIONS: MutationObserverInit = {
  subtree: true,
  childList: true,
  attributes: true,
  attributeFilter: ['data-testid', 'aria-label'],
};

interface Site {
  /** A change inside one of these may change a compose box or the account shown. */
  anchors: string;
  /** Added or removed, these may add or remove a compose box or change the account. */
  arrivals: string;
}

/** Per site, from the adapters' selectors (sites/*.ts). */
const SITES: Record<Platform, Site> = {
  x: {
    anchors: [...X.editor, ...X.sendButton, ...X.modal, ...X.accountSwitcher].join(', '),
    arrivals: [...X.editor, ...X.accountSwitcher].join(', '),
  },
  facebook: {
    anchors: [
      ...F.editor,
      ...F.dialog,
      ...F.commentBox,
      ...F.accountMenu,
      ...F.currentProfile,
    ].join(', '),
    arrivals: [...F.editor, ...F.accountMenu, ...F.currentProfile].join(', '),
  },
  // Everything LinkedIn shows is in its share modal, which holds the editor.
  linkedin: {
    anchors: [...L.shareModal, ...L.authorPicker].join(', '),
    arrivals: L.editor.join(', '),
  },
};

interface Watch {
  subscribe(listener: Listener): () => void;
  surfaces: Set<Element>;
}

const watches = new WeakMap<Document, Watch>();

/** Postguard's own UI (ui/shadow-host.ts): never a compose box nor an account. */
const isOwn = (node: Node) => node.nodeName === 'POSTGUARD-UI';

/** Whether a batch of mutations may change a compose box or the account shown. */
function relevance(site: Site | undefined, surfaces: Set<Element>) {
  if (!site) return () => true; // a site without anchors: every batch
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
 * account shown on `platform`; returns the function that stops it.
 */
export function onPageChange(doc: Document, platform: Platform, listener: Listener): () => void {
  return watchOf(doc, platform).subscribe(listener);
}

/** The compose boxes on the page now: changes inside them are always passed on. */
export function noteSurfaces(doc: Document, platform: Platform, roots: Iterable<Element>): void {
  const { surfaces } = watchOf(doc, platform);
  surfaces.clear();
  for (const root of roots) surfaces.add(root);
}

function watchOf(doc: Document, platform: Platform): Watch {
  let watch = watches.get(doc);
  if (!watch) {
    const listeners = new Set<Listener>();
    const surfaces = new Set<Element>();
    const relevant = relevance(SITES[platform], surfaces);
    const observer = new MutationObserver((records) => {
      if (relevant(records)) listeners.forEach((l) => l());
    });
    watch = {
      surfaces,
      subscribe(l) {
        if (listeners.size === 0) observer.observe(doc.documentElement, OPTIONS);
        listeners.add(l);
        return () => {
          listeners.delete(l);
          if (listeners.size === 0) observer.disconnect();
        };
      },
    };
    watches.set(doc, watch);
  }
  return watch;
}
