// Every piece of UI Postguard puts in a site's page lives in an OPEN shadow
// root (assistive tools and browser tests must reach it; ui-contract.md), with
// `all: initial` on the host so the site's CSS cannot reach in.

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

export function createShadowHost(
  name: string,
  css: string,
): { host: HTMLElement; root: ShadowRoot } {
  const host = document.createElement('postguard-ui');
  host.setAttribute('data-postguard', name);
  const root = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = `:host { all: initial; } ${css}`;
  root.append(style);
  return { host, root };
}

/** Keeps key presses made in our UI away from the site's own shortcuts. */
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
