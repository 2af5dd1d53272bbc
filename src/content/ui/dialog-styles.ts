import { ROLE_COLOURS } from './shadow-host';

// A native <dialog> shown with showModal(): in the top layer, above anything the
// page can stack with z-index, and the page behind is inert. Fonts: generic
// families only (shadow-host.ts says why).
export const DIALOG_CSS = `
  ${ROLE_COLOURS}
  dialog { box-sizing: border-box; width: min(34rem, calc(100vw - 2rem)); max-width: none;
    max-height: calc(100vh - 2rem); overflow: auto; margin: auto; padding: 1.25rem 1.5rem;
    background: #fff; color: #202124; border: 0; border-radius: 12px; border-top: 8px solid var(--role);
    box-shadow: 0 12px 40px rgb(0 0 0 / 0.35); font: 15px/1.45 system-ui, sans-serif;
    opacity: 1; visibility: visible; }
  dialog::backdrop { background: rgb(0 0 0 / 0.55); }
  h2 { margin: 0 0 0.25rem; font-size: 1.2rem; }
  .account { display: inline-block; padding: 0.1rem 0.5rem; border-radius: 999px; color: var(--role);
    background: var(--role-bg); font-weight: 700; }
  .summary { margin: 0.5rem 0; }
  .sombre { margin: 0.5rem 0; padding: 0.5rem 0.75rem; background: #263238; color: #fff; border-radius: 6px; }
  .post { margin: 0.75rem 0; padding: 0.5rem 0.75rem; border-left: 4px solid #dadce0; background: #f8f9fa;
    white-space: pre-wrap; overflow-wrap: anywhere; }
  .post-number { margin: 0.25rem 0 0; font-size: 0.8rem; color: #5f6368; }
  .post-text { margin: 0.25rem 0; }
  mark { background: #ffe082; color: inherit; padding: 0 0.1em; border-radius: 2px; }
  .reasons { margin: 0.5rem 0; padding-left: 1.25rem; }
  .reasons .block { font-weight: 600; }
  .note { color: #5f6368; }
  label { display: block; margin-top: 0.75rem; font-weight: 600; }
  input { box-sizing: border-box; width: 100%; margin-top: 0.25rem; padding: 0.4rem; font: inherit; }
  .actions { display: flex; gap: 0.5rem; justify-content: flex-end; margin-top: 1rem; flex-wrap: wrap; }
  button { font: inherit; padding: 0.45rem 1rem; border-radius: 999px; border: 1px solid #5f6368;
    background: #fff; color: #202124; cursor: pointer; }
  button.release { background: var(--role); border-color: var(--role); color: #fff; font-weight: 700; }
  /* Greyed by colour, not opacity: the visibility check wants every control it
     may act on at full opacity, and axe leaves disabled controls' contrast alone. */
  button:disabled, button[aria-disabled='true'] { cursor: not-allowed; background: #e8eaed;
    border-color: #bdc1c6; color: #5f6368; }
  :focus-visible { outline: 3px solid #1a73e8; outline-offset: 2px; }
`;
