// Whether the guard can read what it needs from the compose boxes on the page,
// as the adapters' problem codes. When a site changes its markup, the compose
// box is usually still found (by its editor) while one part of it is not: its
// send control, or the account it posts from. The indicator, the popup, the
// badge, the audit log and the diagnostics report all say so with these codes.
//
// A page with no compose box open is healthy, whatever it shows of the
// account: there is nothing to guard yet.
import type { AccountRead, ComposeSurface, SiteAdapter } from './sites/adapter';
import type { SiteProblemCode } from '../core/site-problems';

export interface SurfaceHealth {
  surface: ComposeSurface;
  /** The account as read for this compose box (its handle stays in the page). */
  account: AccountRead;
  /** What is missing, in a fixed order: the text box, the send control, the account. */
  problems: SiteProblemCode[];
}

/** One compose box: which of its parts the guard cannot find. */
export function surfaceHealth(
  adapter: SiteAdapter,
  surface: ComposeSurface,
  doc: Document,
): SurfaceHealth {
  const account = adapter.readAccount(surface, doc);
  const problems: SiteProblemCode[] = [];
  if (surface.editors.length === 0) problems.push('text-box-missing');
  if (surface.sendControl === null) problems.push('send-control-missing');
  if (account.handle === null) problems.push(account.problem);
  return { surface, account, problems };
}

/** Every compose box's health, and the codes of them all (each once, in order met). */
export function siteHealth(
  adapter: SiteAdapter,
  doc: Document,
  surfaces: readonly ComposeSurface[] = adapter.findSurfaces(doc),
): { surfaces: SurfaceHealth[]; problems: SiteProblemCode[] } {
  const healths = surfaces.map((surface) => surfaceHealth(adapter, surface, doc));
  const problems = [...new Set(healths.flatMap((health) => health.problems))];
  return { surfaces: healths, problems };
}
