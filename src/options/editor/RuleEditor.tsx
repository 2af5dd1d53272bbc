// Editing the rules in force. Every change is checked as you type by the same
// schema an imported file goes through; each error shows next to its field,
// and nothing is saved while any remain.
import { useMemo, useRef, useState } from 'preact/hooks';
import type { RuleFile } from '../../core/rules/schema';
import { issueLines } from '../../core/rules/issues';
import { validateRuleFile } from '../../core/rules/parse';
import { t, translate } from '../../shared/i18n';
import { send, type RulesSummary } from '../../shared/messages';
import { Editor } from './context';
import type { Outcome } from '../Outcome';
import { errorsByPath, setAt, type Draft } from './draft';
import { useStickyPadding } from '../sticky';
import { NameWarnings, nameWarnings } from '../name-warnings';
import {
  AccountsSection,
  BannedTermsSection,
  PolicySection,
  SombreSection,
  WordsSection,
} from './sections';

interface Props {
  rules: RuleFile;
  locked: boolean;
  onSaved(summary: RulesSummary, rules: RuleFile): void;
  report(outcome: Outcome): void;
}

export function RuleEditor({ rules, locked, onSaved, report }: Props) {
  const [draft, setDraft] = useState<Draft>(() => structuredClone(rules) as Draft);
  const [dirty, setDirty] = useState(false);
  const check = useMemo(() => validateRuleFile(draft), [draft]);
  // `path: message` in the admin's language; the path stays as the file spells it.
  const errors = useMemo(() => (check.ok ? [] : issueLines(check.issues, translate)), [check]);
  // Not errors: a name that mixes alphabets may be real, so Save stays enabled.
  const warnings = useMemo(() => nameWarnings(draft), [draft]);
  const saveBar = useRef<HTMLDivElement>(null);
  useStickyPadding(saveBar, 'bottom');
  const context = {
    draft,
    errors: errorsByPath(errors),
    readOnly: locked,
    set: (path: readonly (string | number)[], value: unknown) =>
      context.update((d) => setAt(d, path, value)),
    update: (change: (d: Draft) => Draft) => {
      setDraft(change);
      setDirty(true);
      report(null);
    },
  };

  async function save() {
    if (!check.ok) return;
    const response = await send({ type: 'rules/save', rules: draft });
    if (!response.ok) {
      report({ kind: 'alert', title: t('editor_save_failed'), errors: response.errors });
      return;
    }
    setDirty(false);
    report({ kind: 'status', text: t('editor_saved') });
    onSaved(response.summary, response.rules);
  }

  return (
    <Editor.Provider value={context}>
      <form
        class="editor"
        aria-labelledby="edit-rules"
        onSubmit={(e) => (e.preventDefault(), void save())}
      >
        <h2 id="edit-rules">{t('editor_heading')}</h2>
        {locked && <p class="locked">{t('options_locked')}</p>}
        <section aria-labelledby="h-general">
          <h3 id="h-general">{t('editor_section_general')}</h3>
          <WordsSection />
        </section>
        <section aria-labelledby="h-accounts">
          <h3 id="h-accounts">{t('editor_section_accounts')}</h3>
          <AccountsSection />
          <NameWarnings lines={warnings} />
        </section>
        <section aria-labelledby="h-terms">
          <h3 id="h-terms">{t('editor_section_banned_terms')}</h3>
          <BannedTermsSection />
        </section>
        <section aria-labelledby="h-sombre">
          <h3 id="h-sombre">{t('editor_section_sombre')}</h3>
          <SombreSection />
        </section>
        <section aria-labelledby="h-policy">
          <h3 id="h-policy">{t('editor_section_policy')}</h3>
          <PolicySection />
        </section>
        {!locked && (
          <div class="save-bar" ref={saveBar}>
            {errors.length > 0 && (
              <div class="problems" aria-live="polite">
                <p>
                  {errors.length === 1
                    ? t('editor_fix_one')
                    : t('editor_fix_many', String(errors.length))}
                </p>
                <ul>
                  {errors.map((e, i) => (
                    <li key={i}>{e}</li>
                  ))}
                </ul>
              </div>
            )}
            <button type="submit" disabled={errors.length > 0 || !dirty}>
              {t('editor_save')}
            </button>
          </div>
        )}
      </form>
    </Editor.Provider>
  );
}
