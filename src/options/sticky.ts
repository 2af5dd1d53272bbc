// The result line sticks to the top of the page and the Save bar to the bottom.
// Whatever their height (an alert may list many problems), the field that has
// focus must not end up under them (WCAG 2.4.11): the page's scroll padding
// follows their size, so the browser scrolls a focused field clear of them.
import type { RefObject } from 'preact';
import { useEffect } from 'preact/hooks';

export function useStickyPadding(ref: RefObject<HTMLElement | null>, side: 'top' | 'bottom') {
  useEffect(() => {
    const el = ref.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const style = el.ownerDocument.documentElement.style;
    const property = `--sticky-${side}`;
    const observer = new ResizeObserver(() => {
      style.setProperty(property, `${Math.ceil(el.getBoundingClientRect().height)}px`);
    });
    observer.observe(el);
    return () => {
      observer.disconnect();
      style.removeProperty(property);
    };
  }, [ref, side]);
}
