// Runs in the options page and the popup (main world) before their scripts, installed with
// page.addInitScript, and times from inside the page what a person waits for, so that
// Playwright's round trips are not counted. "Shown" is the frame that paints a result: the
// animation frame after the DOM change, then a message posted from it, which runs once
// that frame's style, layout and paint are done.
//
// - A result line (role=status): from the trusted event that asked for it (the file
//   input's change; a click on Export rule file or Save rules) to the line painted; for an
//   import, also to the tables painted with the file's counts.
// - The rules shown: from navigation start to the account count and the rule editor.
// - A keystroke: from the keydown (its event time, so the wait for the main thread counts
//   too) to the frame that shows the character.
// - Long tasks (over 50 ms): the page is settled when none has run for a while.
//
// A string, not a function: tsx would wrap named functions in a __name() the page lacks.

export interface OptionsProbe {
  /** performance.now() of each mark: `<name>:asked` and `<name>` once painted. */
  marks: Record<string, number>;
  /** Keydown → painted, ms, one per keystroke that changed a field. */
  keys: number[];
  /** [start, end] of each long task, ms. */
  longTasks: [number, number][];
}

export const OPTIONS_PROBE = `(() => {
  const probe = { marks: {}, keys: [], longTasks: [] };
  window.__pgOptions = probe;
  const painted = (name, from) => {
    if (probe.marks[name] !== undefined || probe.marks[name + ':pending']) return;
    probe.marks[name + ':pending'] = true;
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => { probe.marks[name] = performance.now() - from; };
      channel.port2.postMessage(0);
    });
  };
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) probe.longTasks.push([e.startTime, e.startTime + e.duration]);
  }).observe({ type: 'longtask', buffered: true });

  let keyAt = null;
  addEventListener('keydown', (e) => { if (e.isTrusted && e.key.length === 1) keyAt = e.timeStamp; }, true);
  addEventListener('input', (e) => {
    if (keyAt === null || e.target.type === 'file') return;
    const from = keyAt;
    keyAt = null;
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => probe.keys.push(performance.now() - from);
      channel.port2.postMessage(0);
    });
  });
  addEventListener('change', (e) => {
    if (e.target.type === 'file') probe.marks['import:asked'] = e.timeStamp;
  }, true);
  addEventListener('click', (e) => {
    const button = e.target.closest && e.target.closest('button');
    const name = button && button.textContent.trim();
    if (name === 'Export rule file') probe.marks['export:asked'] = e.timeStamp;
    if (name === 'Save rules') probe.marks['save:asked'] = e.timeStamp;
  }, true);

  const results = [['import', /^Imported/], ['export', /^Exported/], ['save', /^Saved/]];
  const popup = location.pathname.endsWith('popup.html');
  const observer = new MutationObserver(() => {
    if (popup) {
      const org = document.querySelector('section[aria-labelledby="pg-rules"] dd');
      if (org && /Kingsford/.test(org.textContent)) painted('rules', 0);
      return;
    }
    const status = document.querySelector('.outcome [role="status"]');
    const text = status ? status.textContent : '';
    for (const [name, pattern] of results) {
      const asked = probe.marks[name + ':asked'];
      if (asked !== undefined && pattern.test(text)) painted(name, asked);
    }
    // The tables showing the imported file's counts (the page before them had other rules).
    const terms = document.getElementById('terms-count');
    const accounts = document.getElementById('accounts-count');
    if (probe.marks['import:asked'] !== undefined && terms && accounts &&
        /^10,000 banned terms/.test(terms.textContent) && /^500 accounts/.test(accounts.textContent)) {
      painted('tables', probe.marks['import:asked']);
    }
    const count = document.querySelector('[data-testid="account-count"]');
    if (count && count.textContent === '500' && document.querySelector('form.editor')) {
      painted('rules', 0);
    }
  });
  observer.observe(document, { childList: true, subtree: true, characterData: true });
})();`;
