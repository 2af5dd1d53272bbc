// The page's part of the diagnostics report behind the popup's `Copy diagnostics`
// button (docs/diagnostics.md): what a person fixing an adapter after a site change
// needs, for a bug ticket. Built from the adapter's selector table generically,
// so every site gets the same report. The popup adds the browser, the system and
// Postguard's version, and words the report (popup/diagnostics.ts).
//
// It holds counts, codes and the adapter's own data (selectors, the names of
// its lists, its kinds of compose box), never anything the page wrote: no post
// text, no names or handles, no attribute values, no address beyond the host.
import type { HealthCode } from '../../core/audit';
import type { SiteAdapter } from '../sites/adapter';
import { searchRoots } from '../sites/dom';
import { siteHealth } from '../site-health';
import { probeSelectors, type SelectorListProbe } from './selector-probe';

/** More compose boxes than this are counted, not listed (a feed of comment boxes). */
const MAX_SURFACES_LISTED = 20;

export interface SurfaceDiagnostics {
  kind: string;
  editors: number;
  sendControl: boolean;
  /** `read` when the account could be read (which one is never said), else the problem code. */
  account: string;
}

/** What the content script reports of its page (the popup adds the rest). */
export interface PageDiagnostics {
  site: string;
  host: string;
  shell: string;
  health: HealthCode[];
  composeBoxes: number;
  surfaces: SurfaceDiagnostics[];
  /** The error's name when reading the compose boxes threw (never its message). */
  surfacesError?: string;
  openShadowRoots: number;
  selectors: Record<string, SelectorListProbe>;
}

export interface DiagnosticsInput {
  adapter: SiteAdapter;
  doc: Document;
  /** The tab's health codes, as the popup and the audit log have them. */
  health: readonly HealthCode[];
}

/** The page's host name if it is one (letters, digits, dots and dashes), else nothing. */
export function hostOf(location: Pick<Location, 'hostname'>): string {
  return /^[a-z0-9.-]{1,253}$/iu.test(location.hostname) ? location.hostname : '';
}

/** A word the adapter chose (`inline`, `shadow-2026`…), or `other`: it must not carry page text. */
const word = (value: string) => (/^[\w-]{1,40}$/u.test(value) ? value : 'other');

function errorName(error: unknown): string {
  return word(error instanceof Error ? error.name : typeof error);
}

export function collectDiagnostics({ adapter, doc, health }: DiagnosticsInput): PageDiagnostics {
  const roots = searchRoots(doc, adapter.shadowHosts);
  const data: PageDiagnostics = {
    site: adapter.platform,
    host: doc.location ? hostOf(doc.location) : '',
    shell: 'unknown',
    health: [...health],
    composeBoxes: 0,
    surfaces: [],
    openShadowRoots: roots.length - 1,
    selectors: probeSelectors(adapter.selectors, roots),
  };
  try {
    data.shell = word(adapter.shell(doc));
  } catch (error) {
    data.shell = `error: ${errorName(error)}`;
  }
  try {
    const { surfaces } = siteHealth(adapter, doc);
    data.composeBoxes = surfaces.length;
    data.surfaces = surfaces.slice(0, MAX_SURFACES_LISTED).map(({ surface, account }) => ({
      kind: word(surface.kind),
      editors: surface.editors.length,
      sendControl: surface.sendControl !== null,
      account: account.handle === null ? account.problem : 'read',
    }));
  } catch (error) {
    data.surfacesError = errorName(error);
  }
  return data;
}
