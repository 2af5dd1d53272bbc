// Small DOM helpers shared by the site adapters, and the open shadow roots
// they search besides the document (a compose box may live in one: LinkedIn's
// share modal, docs/sites/linkedin.md).

/** Open shadow roots seen on this page, by document: found by host selector or on an event's path. */
const knownRoots = new WeakMap<Document, Set<ShadowRoot>>();

/** Remembers an open shadow root that holds (or held) something the guard acts on. */
export function noteShadowRoot(root: ShadowRoot): void {
  const doc = root.host.ownerDocument;
  let roots = knownRoots.get(doc);
  if (!roots) knownRoots.set(doc, (roots = new Set()));
  roots.add(root);
}

/**
 * The document and every open shadow root to search in it: those of the
 * adapter's known hosts, and those met on events' composed paths, while
 * their host is still in the page.
 */
export function searchRoots(doc: Document, shadowHosts: readonly string[] = []): ParentNode[] {
  for (const selector of shadowHosts) {
    doc.querySelectorAll(selector).forEach((host) => {
      if (host.shadowRoot) noteShadowRoot(host.shadowRoot);
    });
  }
  const roots: ParentNode[] = [doc];
  for (const root of knownRoots.get(doc) ?? []) {
    if (root.host.isConnected) roots.push(root);
    else knownRoots.get(doc)?.delete(root);
  }
  return roots;
}

/** Every match of any selector in the document and its known open shadow roots. */
export function queryAllDeep(
  doc: Document,
  selectors: readonly string[],
  shadowHosts: readonly string[] = [],
): Element[] {
  const found = new Set<Element>();
  for (const root of searchRoots(doc, shadowHosts)) {
    for (const el of queryAll(root, selectors)) found.add(el);
  }
  return [...found];
}

/** Whether a control is disabled the ways sites disable one (X, LinkedIn: both attributes). */
export function isControlEnabled(control: HTMLElement): boolean {
  return (
    control.getAttribute('aria-disabled') !== 'true' && !(control as HTMLButtonElement).disabled
  );
}

/**
 * One surface per root, in the order their editors come: the loop every
 * adapter's findSurfaces runs over the editors it found.
 */
export function uniqueSurfaces<S extends { root: Element }>(
  editors: readonly Element[],
  surfaceOf: (editor: Element) => S | null,
): S[] {
  const roots = new Set<Element>();
  const surfaces: S[] = [];
  for (const editor of editors) {
    const surface = surfaceOf(editor);
    if (surface && !roots.has(surface.root)) {
      roots.add(surface.root);
      surfaces.push(surface);
    }
  }
  return surfaces;
}

/** First element matching any of the selectors, tried in order (primary, then fallbacks). */
export function queryFirst(scope: ParentNode, selectors: readonly string[]): Element | null {
  for (const selector of selectors) {
    const found = scope.querySelector(selector);
    if (found) return found;
  }
  return null;
}

export function queryAll(scope: ParentNode, selectors: readonly string[]): Element[] {
  const found = new Set<Element>();
  for (const selector of selectors) scope.querySelectorAll(selector).forEach((el) => found.add(el));
  return [...found];
}

export function closestAny(el: Element, selectors: readonly string[]): Element | null {
  for (const selector of selectors) {
    const found = el.closest(selector);
    if (found) return found;
  }
  return null;
}

/** The nearest ancestor-or-self of `el` that contains a match for every selector group. */
export function closestContaining(
  el: Element,
  groups: readonly (readonly string[])[],
): Element | null {
  for (let node: Element | null = el; node; node = node.parentElement) {
    if (groups.every((selectors) => queryFirst(node, selectors))) return node;
  }
  return null;
}

/**
 * The text a person typed in a rich editor. Block-based editors (Draft.js,
 * Lexical, Quill) render one element per paragraph; joining blocks with line
 * breaks keeps words of different lines apart. jsdom has no innerText, so
 * textContent is used as the last resort.
 */
export function editorText(editor: Element, blockSelector: string): string {
  if (editor instanceof HTMLTextAreaElement || editor instanceof HTMLInputElement)
    return editor.value;
  const blocks = editor.querySelectorAll(blockSelector);
  if (blocks.length > 0) return [...blocks].map((b) => b.textContent ?? '').join('\n');
  const inner = (editor as HTMLElement).innerText;
  return typeof inner === 'string' ? inner : (editor.textContent ?? '');
}
