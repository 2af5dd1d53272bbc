// Our open shadow root is readable and writable by the page: it can swap the
// labels of Cancel and "Post as", restyle them, add a stylesheet or a label that
// forwards clicks. What the root should hold is sealed after each change we
// make; any other change is seen (at once by a MutationObserver, and at click
// time by comparison, which also sees stylesheet edits no observer reports) and
// answered by rendering the dialog afresh from the isolated world's state.

export interface Seal {
  /** The root is as we left it. */
  intact(): boolean;
  /** Takes the root as it is now as ours (after a change of our own). */
  reseal(): void;
  stop(): void;
}

function snapshot(root: ShadowRoot): string {
  // Each <style>'s rules as the browser holds them: an edit through the CSSOM
  // (insertRule) changes no markup and no observer sees it.
  const sheets = [...root.querySelectorAll('style')].map((style) =>
    [...(style.sheet?.cssRules ?? [])].map((rule) => rule.cssText).join('\n'),
  );
  return [root.innerHTML, String(root.adoptedStyleSheets?.length ?? 0), ...sheets].join('\u0000');
}

export function sealRoot(root: ShadowRoot, onTamper: () => void): Seal {
  let sealed = snapshot(root);
  const observer = new MutationObserver(() => {
    if (snapshot(root) !== sealed) onTamper();
  });
  observer.observe(root, { subtree: true, childList: true, attributes: true, characterData: true });
  return {
    intact: () => snapshot(root) === sealed,
    reseal() {
      observer.takeRecords(); // our own change: not the page's
      sealed = snapshot(root);
    },
    stop: () => observer.disconnect(),
  };
}

/** Watches for `host` leaving the document (removed, or its <html> replaced). */
export function watchRemoval(host: HTMLElement, onGone: () => void) {
  const doc = host.ownerDocument;
  const observer = new MutationObserver(() => {
    if (!host.isConnected) onGone();
  });
  const watch = () => {
    observer.disconnect();
    observer.observe(doc, { childList: true });
    if (host.parentNode && host.parentNode !== doc)
      observer.observe(host.parentNode, { childList: true });
  };
  watch();
  return {
    /** After the host was put back: its parent may be a new <html>. */
    rewatch: watch,
    stop: () => observer.disconnect(),
  };
}
