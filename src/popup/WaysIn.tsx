// With no rules in force, the popup offers the three ways in, each opening the welcome page
// at its section: import the organisation's rule file, set up my own accounts, or "my
// organisation manages this" (how to check that its rules arrived).
import { t } from '../shared/i18n';
import type { WelcomeSection } from '../shared/welcome';

// One call per key, written out, so tests/unit/i18n-keys.test.ts sees every key.
const WAYS: readonly [WelcomeSection, () => string][] = [
  ['import', () => t('popup_way_import')],
  ['accounts', () => t('popup_way_accounts')],
  ['managed', () => t('popup_way_managed')],
];

export function WaysIn({ onOpen }: { onOpen(section: WelcomeSection): void }) {
  return (
    <div class="ways">
      <p id="pg-ways">{t('popup_no_rules_lead')}</p>
      <ul aria-labelledby="pg-ways">
        {WAYS.map(([section, label]) => (
          <li key={section}>
            <button type="button" onClick={() => onOpen(section)}>
              {label()}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
