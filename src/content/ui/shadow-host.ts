// Every piece of UI Postguard puts in a site's page lives in an OPEN shadow
// root (assistive tools and browser tests must reach it; ui-contract.md).
//
// The page is hostile (docs/security.md): it can define custom elements, read
// and change our shadow root, copy any tag or attribute we use. So the host is
// a built-in `div` (no page can define or upgrade a built-in element) with its
// shadow root attached before it is ever inserted, and our hosts are known by
// identity, in this isolated world's WeakSet, never by tag or attribute.

/** Our hosts: only code in the content script's world can add to or read this. */
const ownHosts = new WeakSet<Node>();

/** Whether `node` is a host Postguard made (not a look-alike the page made). */
export function isOwnHost(node: unknown): boolean {
  return node instanceof Node && ownHosts.has(node);
}

/**
 * Our UI could not be built or shown because of the page (no document element,
 * a modal the browser refused...). Thrown, never swallowed: the guard catches it
 * and keeps the post held rather than let it go unguarded.
 */
export class UiError extends Error {
  constructor(what: string, cause?: unknown) {
    const why = cause instanceof Error ? `: ${cause.message}` : '';
    super(`Postguard could not show its ${what}${why}`, { cause });
    this.name = 'PostguardUiError';
  }
}

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Record<string, string | boolean> = {},
  ...children: (Node | string | null | false)[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(props)) {
    if (value === false) continue;
    if (name === 'class') el.className = String(value);
    else el.setAttribute(name, value === true ? '' : value);
  }
  for (const child of children) if (child !== null && child !== false) el.append(child);
  return el;
}

/**
 * `:host` rules marked !important win over the page's, even its inline
 * `style="… !important"` (in the cascade, important declarations of the inner
 * context beat the outer's): the page cannot hide or fade the host itself.
 * Our styles name only generic font families (system-ui, sans-serif): a page's
 * @font-face cannot redefine those, so it cannot swap the glyphs of our labels.
 */
export function hostCss(display: string, css: string): string {
  return `:host { all: initial !important; display: ${display} !important; } ${css}`;
}

export function createShadowHost(
  name: string,
  css: string,
  display = 'inline',
): { host: HTMLElement; root: ShadowRoot; style: HTMLStyleElement } {
  const host = document.createElement('div');
  // For tests and people reading the DOM; never trusted by Postguard itself.
  host.setAttribute('data-postguard', name);
  const root = host.attachShadow({ mode: 'open' });
  ownHosts.add(host);
  const style = document.createElement('style');
  style.textContent = hostCss(display, css);
  root.append(style);
  return { host, root, style };
}

/** Puts a host at the end of the document, or says clearly why it cannot. */
export function mountHost(host: HTMLElement, what: string): void {
  const parent = document.documentElement;
  if (!parent) throw new UiError(what, new Error('the page has no document element'));
  try {
    parent.append(host);
  } catch (error) {
    throw new UiError(what, error);
  }
}

/** Keeps key presses made in our UI from the site's bubbling listeners (capture ones: own-keys.ts). */
export function isolateKeys(host: HTMLElement): void {
  for (const type of ['keydown', 'keyup', 'keypress', 'input', 'beforeinput']) {
    host.addEventListener(type, (event) => event.stopPropagation());
  }
}

export const ROLE_COLOURS = `
  .corporate { --role: #b3261e; --role-bg: #fdecea; }
  .professional { --role: #7a4f01; --role-bg: #fff4d6; }
  .personal { --role: #1e6b34; --role-bg: #e6f4ea; }
  .unknown { --role: #3c4043; --role-bg: #eceff1; }
`;
