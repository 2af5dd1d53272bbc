// "Try a post" (docs/admin/README.md#try-a-post): an admin types a post, chooses the site,
// the account and, to try a sombre-event window, a time, and sees what the guard would do
// with the rules in force: allow, confirm or block, with every reason and highlight, in the
// dialog's own words. Nothing is posted or saved.
//
// The engine is loaded when the panel mounts and does its first work when the admin comes
// to the panel (focus), not before: a page opened only to import pays nothing for it. The
// verdict follows each keystroke (an evaluate is well under a millisecond for a short post,
// even with 10,000 terms: the terms are compiled once per rules object); the live region
// says it once typing pauses, without taking focus.
import { useMemo, useState } from 'preact/hooks';
import { PLATFORMS, platformInfo, isPlatform, type Platform } from '../../core/platforms';
import type { RuleFile } from '../../core/rules/schema';
import { t } from '../../shared/i18n';
import { accountChoices, accountSeen, firstPlatform, OTHER, validChoice } from './accounts';
import { ChoiceField, TimeField } from './fields';
import type { Judgement } from './judge';
import { useAnnouncement, useJudge } from './use-judge';
import { VerdictView } from './VerdictView';
import './try-post.css';

type Result = { judgement: Judgement } | { error: string };

/** When the post is tried: the time chosen (datetime-local: a local time), or now. */
function timeOf(when: string): Date {
  const at = new Date(when);
  return when === '' || Number.isNaN(at.getTime()) ? new Date() : at;
}

const SITES = PLATFORMS.map((p) => ({ value: p, label: t(platformInfo(p).nameKey) }));

export function TryAPost({ rules }: { rules: RuleFile | null }) {
  const { judge, loadError } = useJudge();
  /** The admin came to the panel: the engine may work now. */
  const [active, setActive] = useState(false);
  const [touched, setTouched] = useState(false);
  const [text, setText] = useState('');
  const [platform, setPlatform] = useState<Platform | null>(null);
  const [choice, setChoice] = useState('');
  const [otherName, setOtherName] = useState('');
  const [when, setWhen] = useState('');

  const site = platform ?? (rules ? firstPlatform(rules) : PLATFORMS[0]);
  const choices = useMemo(() => (rules ? accountChoices(rules, site) : []), [rules, site]);
  const account = validChoice(choices, choice);

  const result = useMemo((): Result | null => {
    if (!judge || !rules || !active) return null;
    try {
      const seen = accountSeen(rules, site, account, otherName);
      return { judgement: judge.judgePost({ text, seen, at: timeOf(when) }, rules) };
    } catch (error) {
      return { error: error instanceof Error ? error.message : String(error) };
    }
  }, [judge, rules, active, text, site, account, otherName, when]);
  const announced = useAnnouncement(
    result && 'judgement' in result ? result.judgement.announcement : '',
    touched,
  );

  if (!rules) return null;
  const change = (set: (value: string) => void) => (value: string) => {
    setTouched(true);
    set(value);
  };
  const failure = loadError ?? (result && 'error' in result ? result.error : null);

  return (
    <section
      aria-labelledby="try-post-heading"
      class="try-post"
      onFocusIn={() => {
        judge?.warmUp(rules);
        setActive(true);
      }}
    >
      <h2 id="try-post-heading">{t('options_try_heading')}</h2>
      <p>{t('options_try_lead')}</p>
      <div class="field">
        <label for="try-post-text">{t('options_try_text_label')}</label>
        <textarea
          id="try-post-text"
          rows={4}
          value={text}
          onInput={(e) => change(setText)(e.currentTarget.value)}
        />
      </div>
      <ChoiceField
        id="try-post-site"
        label={t('options_try_site_label')}
        value={site}
        choices={SITES}
        onChoose={change((value) => isPlatform(value) && setPlatform(value))}
      />
      <ChoiceField
        id="try-post-account"
        label={t('options_try_account_label')}
        value={account}
        choices={choices}
        onChoose={change(setChoice)}
      />
      {account === OTHER && (
        <div class="field">
          <label for="try-post-other">{t('options_try_other_label')}</label>
          <input
            id="try-post-other"
            type="text"
            autocomplete="off"
            spellcheck={false}
            value={otherName}
            onInput={(e) => change(setOtherName)(e.currentTarget.value)}
          />
        </div>
      )}
      <TimeField value={when} onChange={change(setWhen)} />
      <p class="try-tone-note">{t('options_try_tone_note')}</p>
      <div class="try-result" aria-busy={judge === null && loadError === null ? 'true' : undefined}>
        {failure !== null ? (
          <p class="error">{t('options_try_failed', failure)}</p>
        ) : result && 'judgement' in result ? (
          <VerdictView judgement={result.judgement} />
        ) : (
          <p class="try-waiting">{t('options_try_waiting')}</p>
        )}
      </div>
      <p class="try-announce" aria-live="polite" data-testid="try-post-announce">
        {announced}
      </p>
    </section>
  );
}
