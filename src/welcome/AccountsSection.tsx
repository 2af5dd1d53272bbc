// "Set up my own accounts": a short guided form, one account at a time (its site, the
// handle or name the site shows, work or personal), made into a rule file
// (core/rules/own-accounts.ts) and saved as the person's own rules through the same path
// as the options page's editor (`rules/save`: the worker checks it with the rule file's
// schema). A problem is shown beside its field and focus goes to the first; nothing typed
// is lost, whatever the answer. Offered while no rules are in force: with rules, their
// accounts are changed in the options page, where nothing else in the file is lost.
import { useEffect, useRef, useState } from 'preact/hooks';
import { rulesFromAnswers, type AnswerProblem } from '../core/rules/own-accounts';
import { t } from '../shared/i18n';
import { send } from '../shared/messages';
import { AccountRow, fieldId, type Row, type RowProblems } from './AccountRow';
import { hasRules, type RulesInForce } from './useRulesInForce';
import { answerProblemText } from './words';

let nextId = 0;
const newRow = (): Row => ({ id: nextId++, platform: 'x', name: '', use: null });

/** Each row's problems in words, and those of the answers as a whole. */
function sortProblems(rows: Row[], problems: AnswerProblem[]) {
  const byRow = new Map<number, RowProblems>();
  const general: string[] = [];
  for (const problem of problems) {
    if (problem.row === null) {
      general.push(answerProblemText(problem, ''));
      continue;
    }
    const row = rows[problem.row];
    if (!row) continue;
    const mine = byRow.get(row.id) ?? {};
    mine[problem.field] ??= answerProblemText(problem, row.name);
    byRow.set(row.id, mine);
  }
  return { byRow, general };
}

/** The selector of the field the first problem of an answer is about, to take focus. */
function firstField(rows: Row[], problems: AnswerProblem[]): string | null {
  for (const problem of problems) {
    const row = problem.row === null ? undefined : rows[problem.row];
    if (!row || !('field' in problem)) continue;
    return problem.field === 'name' ? `#${fieldId(row, 'name')}` : `#${fieldId(row, 'use')} input`;
  }
  return null;
}

type Outcome =
  | { kind: 'saved'; text: string }
  | { kind: 'problems'; text: string; general: string[] }
  | { kind: 'refused'; errors: string[] }
  | null;

export function AccountsSection({ rules }: { rules: RulesInForce }) {
  const [rows, setRows] = useState<Row[]>(() => [newRow()]);
  /** Set by the first Save: from then on, problems follow each change. */
  const [tried, setTried] = useState(false);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [focus, setFocus] = useState<string | null>(null);
  const sectionRef = useRef<HTMLElement>(null);

  // After a render: the field just added, the first one with a problem, or the heading.
  useEffect(() => {
    if (!focus) return;
    sectionRef.current?.querySelector<HTMLElement>(focus)?.focus();
    setFocus(null);
  }, [focus]);

  const checked = tried ? rulesFromAnswers(rows) : null;
  const { byRow } = sortProblems(rows, checked && !checked.ok ? checked.problems : []);

  const update = (index: number, row: Row) =>
    setRows((old) => old.map((each, i) => (i === index ? row : each)));
  const add = () => {
    const row = newRow();
    setRows((old) => [...old, row]);
    setFocus(`#${fieldId(row, 'site')}`);
  };
  const remove = (index: number) => {
    const before = rows[index - 1] ?? rows[index + 1];
    setRows((old) => old.filter((_, i) => i !== index));
    if (before) setFocus(`#${fieldId(before, 'name')}`);
  };

  const submit = async (event: Event) => {
    event.preventDefault();
    if (busy) return;
    setTried(true);
    const result = rulesFromAnswers(rows, t('welcome_own_rules_name'));
    if (!result.ok) {
      const { general } = sortProblems(rows, result.problems);
      const marked = result.problems.length - general.length;
      const text = marked > 0 ? t('welcome_form_problems') : t('welcome_form_incomplete');
      setOutcome({ kind: 'problems', text, general });
      setFocus(firstField(rows, result.problems));
      return;
    }
    setBusy(true);
    const response = await send({ type: 'rules/save', rules: result.rules });
    setBusy(false);
    if (!response.ok) {
      setOutcome({ kind: 'refused', errors: response.errors });
      return;
    }
    const count = response.summary.accounts;
    const text = count === 1 ? t('welcome_saved_one') : t('welcome_saved_many', [String(count)]);
    setOutcome({ kind: 'saved', text });
    // The form is gone: focus goes to the section, whose status says what was saved.
    setFocus('#accounts');
  };

  const saved = outcome?.kind === 'saved';
  // While saving, the form stays (the rules may arrive before the answer does).
  const inForce = !saved && !busy && hasRules(rules.summary);
  const showForm = !saved && !inForce && (rules.summary !== null || rules.error !== null);
  return (
    <section aria-labelledby="accounts" class="way" ref={sectionRef}>
      <h2 id="accounts" tabIndex={-1}>
        {t('welcome_accounts_heading')}
      </h2>
      <p role="status">{outcome?.kind === 'saved' ? outcome.text : ''}</p>
      {saved && (
        <p>
          <a href="options.html">{t('welcome_open_options')}</a>
        </p>
      )}
      {inForce && (
        <p>
          {t('welcome_accounts_in_force')} <a href="options.html">{t('welcome_open_options')}</a>
        </p>
      )}
      {showForm && (
        <form onSubmit={(event) => void submit(event)} noValidate>
          <p>{t('welcome_accounts_lead')}</p>
          <ul class="hint">
            <li>{t('welcome_accounts_work')}</li>
            <li>{t('welcome_accounts_personal')}</li>
          </ul>
          {outcome?.kind === 'problems' && (
            <div role="alert">
              <p>{outcome.text}</p>
              {outcome.general.length > 0 && (
                <ul>
                  {outcome.general.map((line) => (
                    <li key={line}>{line}</li>
                  ))}
                </ul>
              )}
            </div>
          )}
          {outcome?.kind === 'refused' && (
            <div role="alert">
              <p>{t('welcome_save_refused')}</p>
              <ul>
                {outcome.errors.map((error) => (
                  <li key={error}>{error.replace(/^\(root\): /u, '')}</li>
                ))}
              </ul>
            </div>
          )}
          {rows.map((row, index) => (
            <AccountRow
              key={row.id}
              row={row}
              index={index}
              removable={rows.length > 1}
              problems={byRow.get(row.id) ?? {}}
              disabled={busy}
              onChange={(next) => update(index, next)}
              onRemove={() => remove(index)}
            />
          ))}
          <p class="actions">
            <button type="button" onClick={add} disabled={busy}>
              {t('welcome_add_account')}
            </button>
            <button type="submit" class="primary" aria-busy={busy}>
              {t('welcome_save_accounts')}
            </button>
          </p>
        </form>
      )}
    </section>
  );
}
