/** @jsxImportSource react */
// Renders the fixture X app (React + draft-js, the same code the e2e tests
// serve at https://x.com) into jsdom, so the adapter is tested against the
// markup the fixture really produces.
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { App, type FixtureOptions } from '../fixtures/sites/x/App';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let root: Root | null = null;

export async function renderFixtureX(options: Partial<FixtureOptions> = {}, path = '/home') {
  history.replaceState(null, '', path);
  document.body.innerHTML = '<div id="react-root"></div><div id="layers"></div>';
  const full: FixtureOptions = {
    accounts: ['KingsfordGov', 'janedoe_fun'],
    active: 'KingsfordGov',
    hideSwitcher: false,
    hideProfileLink: false,
    hideAvatars: false,
    plainReplyPreview: false,
    ...options,
  };
  await act(async () => {
    root = createRoot(document.getElementById('react-root')!);
    root.render(<App options={full} />);
  });
  return document;
}

export async function unmountFixture() {
  await act(async () => root?.unmount());
  root = null;
}
