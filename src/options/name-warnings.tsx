// Warnings, not errors, about the names in a rule file: an account handle or
// alias that mixes alphabets (core/rules/mixed-scripts.ts), as a careless
// paste does. Shown by the rule editor as you type and after an import; the
// rules are saved or imported all the same, since a real name may mix them.
import browser from 'webextension-polyfill';
import { mixedScriptNames } from '../core/rules/mixed-scripts';
import { t } from '../shared/i18n';

function uiLanguages(): string[] {
  try {
    return [browser.i18n.getUILanguage(), 'en'];
  } catch {
    return ['en']; // outside the extension
  }
}

/** `path: message` for each name in `rules` (a draft: read defensively) that mixes scripts. */
export function nameWarnings(rules: unknown): string[] {
  const found = mixedScriptNames(rules);
  if (found.length === 0) return [];
  // Script names in the admin's language, from the browser's own data.
  const languages = uiLanguages();
  const names = new Intl.DisplayNames(languages, { type: 'script' });
  const list = new Intl.ListFormat(languages, { type: 'conjunction' });
  return found.map(({ path, scripts }) => {
    // Zzzz: a script mixed-scripts.ts does not list ("Unknown Script" to Intl).
    const words = scripts.map((code) =>
      code === 'Zzzz' ? t('options_script_other') : (names.of(code) ?? code),
    );
    return `${path}: ${t('options_mixed_scripts', list.format(words))}`;
  });
}

export function NameWarnings({ lines }: { lines: string[] }) {
  if (lines.length === 0) return null;
  return (
    <div class="warnings">
      <p>{t('options_check_names')}</p>
      <ul>
        {lines.map((line, i) => (
          <li key={i}>{line}</li>
        ))}
      </ul>
    </div>
  );
}
