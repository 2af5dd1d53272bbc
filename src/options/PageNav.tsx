// A short list of links to the parts of the options page, beside them on a wide window
// (options.css) and above them on a narrow one: with thousands of rules the page is long,
// and an admin goes straight to the part they came for. Each link is to a heading's id.
import { t } from '../shared/i18n';

/** [heading id, message key] of each part, in the page's order; nested: the editor's. */
const PARTS: [string, string, [string, string][]?][] = [
  ['rules-in-force', 'options_rules_in_force'],
  ['rule-file', 'options_rule_file'],
  [
    'edit-rules',
    'editor_heading',
    [
      ['h-general', 'editor_section_general'],
      ['h-accounts', 'editor_section_accounts'],
      ['h-terms', 'editor_section_banned_terms'],
      ['h-sombre', 'editor_section_sombre'],
      ['h-policy', 'editor_section_policy'],
    ],
  ],
  ['try-post-heading', 'options_try_heading'],
  ['servers-heading', 'options_servers_heading'],
  ['audit-log', 'options_audit_heading'],
  ['styles-heading', 'options_styles_heading'],
];

export function PageNav() {
  return (
    <nav class="page-nav" aria-label={t('options_nav')}>
      <ul>
        {PARTS.map(([id, key, inner]) => (
          <li key={id}>
            <a href={`#${id}`}>{t(key)}</a>
            {inner && (
              <ul>
                {inner.map(([innerId, innerKey]) => (
                  <li key={innerId}>
                    <a href={`#${innerId}`}>{t(innerKey)}</a>
                  </li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}
