// The compose indicator (ui-contract.md): "Posting as @handle · corporate",
// role=status, coloured by role, next to each compose box.
import { t } from '../../shared/i18n';
import { createShadowHost, h, ROLE_COLOURS } from './shadow-host';

const CSS = `
  ${ROLE_COLOURS}
  [role='status'] { display: inline-flex; gap: 0.4em; align-items: baseline; margin: 4px 0; padding: 2px 10px;
    border-radius: 999px; font: 600 13px/1.5 system-ui, sans-serif; color: var(--role); background: var(--role-bg);
    border: 1px solid var(--role); }
  .why { font-weight: 400; }
`;

export interface IndicatorView {
  host: HTMLElement;
  show(text: string, role: string, why?: string): void;
}

export function createIndicator(): IndicatorView {
  // Block (a line of its own above the compose box), which the page cannot override.
  const { host, root } = createShadowHost('indicator', CSS, 'block');
  const status = h('div', { role: 'status' });
  root.append(status);
  let last = '';
  return {
    host,
    show(text, role, why) {
      const key = `${text}|${role}|${why ?? ''}`;
      if (key === last) return; // avoid DOM writes (and observer churn) when nothing changed
      last = key;
      status.className = role;
      status.replaceChildren(
        text,
        ...(why ? [h('span', { class: 'why' }, t('indicator_why', why))] : []),
      );
    },
  };
}
