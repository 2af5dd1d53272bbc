// For each of an adapter's selector lists (primary first, then fallbacks): how
// many elements each selector finds in the document and the known open shadow
// roots, and which one is the first that finds any. That is what a person
// fixing an adapter after a site change needs: which selector stopped
// matching, and whether a fallback took over. Only counts leave the page:
// never an element's text or attribute values.
import type { SelectorTable } from '../sites/adapter';

/** A selector the browser refuses (e.g. a newer pseudo-class), instead of a count. */
export const INVALID = 'invalid';

export interface SelectorListProbe {
  /** Position in the list of the first selector that found anything (1 = the primary), or null. */
  firstMatched: number | null;
  /** Each selector, in the list's order, with how many elements it found. */
  found: Record<string, number | typeof INVALID>;
}

function countIn(roots: readonly ParentNode[], selector: string): number | typeof INVALID {
  let count = 0;
  try {
    for (const root of roots) count += root.querySelectorAll(selector).length;
  } catch {
    return INVALID;
  }
  return count;
}

export function probeSelectors(
  table: SelectorTable,
  roots: readonly ParentNode[],
): Record<string, SelectorListProbe> {
  const probes: Record<string, SelectorListProbe> = {};
  for (const [name, list] of Object.entries(table)) {
    const found: SelectorListProbe['found'] = {};
    let firstMatched: number | null = null;
    list.forEach((selector, index) => {
      const count = countIn(roots, selector);
      found[selector] = count;
      if (firstMatched === null && typeof count === 'number' && count > 0) firstMatched = index + 1;
    });
    probes[name] = { firstMatched, found };
  }
  return probes;
}
