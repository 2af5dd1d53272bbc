// The welcome page (welcome.html): opened once when Postguard is installed
// (background/first-run.ts), and from the popup while no rules are in force. It says what
// is in force now and offers the three ways in, each a section the popup can link to
// (#import, #accounts, #managed): import the organisation's rule file, set up my own
// accounts, or "my organisation manages this".
import { useEffect } from 'preact/hooks';
import { t } from '../shared/i18n';
import { isWelcomeSection } from '../shared/welcome';
import { AccountsSection } from './AccountsSection';
import { ImportSection } from './ImportSection';
import { ManagedSection } from './ManagedSection';
import { hasRules, useRulesInForce, type RulesInForce } from './useRulesInForce';
import { rulesPhrase } from './words';

function RulesNow({ rules }: { rules: RulesInForce }) {
  const { summary, error } = rules;
  let text: string;
  if (error !== null) text = t('welcome_rules_unreadable', [error]);
  else if (!summary) text = t('welcome_rules_loading');
  else if (!hasRules(summary)) text = t('welcome_rules_none');
  else if (summary.source === 'managed') text = t('welcome_rules_managed', [rulesPhrase(summary)]);
  else text = t('welcome_rules_in_force', [rulesPhrase(summary)]);
  const ready = hasRules(summary);
  return (
    <section aria-labelledby="now" class={ready ? 'now ready' : 'now'}>
      <h2 id="now">{t('welcome_now_heading')}</h2>
      <p data-testid="rules-now">{text}</p>
      {ready && <p>{t('welcome_ready')}</p>}
      {summary && summary.problems.length > 0 && (
        <ul class="problems">
          {summary.problems.map((problem) => (
            <li key={problem}>{problem}</li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** Focus the section the address names (#accounts…), once it is on the page. */
function useSectionFromAddress() {
  useEffect(() => {
    const go = () => {
      const id = location.hash.slice(1);
      if (!isWelcomeSection(id)) return;
      const heading = document.getElementById(id);
      heading?.focus();
      heading?.scrollIntoView({ block: 'start' });
    };
    go();
    window.addEventListener('hashchange', go);
    return () => window.removeEventListener('hashchange', go);
  }, []);
}

export function WelcomePage() {
  const [rules, refresh] = useRulesInForce();
  useSectionFromAddress();
  return (
    <main>
      <h1>{t('welcome_heading')}</h1>
      <p class="lead">{t('welcome_lead')}</p>
      <RulesNow rules={rules} />
      <nav aria-labelledby="ways">
        <h2 id="ways">{t('welcome_ways_heading')}</h2>
        <ol class="ways">
          <li>
            <a href="#import">{t('welcome_import_heading')}</a>
            <span class="hint"> {t('welcome_way_import')}</span>
          </li>
          <li>
            <a href="#accounts">{t('welcome_accounts_heading')}</a>
            <span class="hint"> {t('welcome_way_accounts')}</span>
          </li>
          <li>
            <a href="#managed">{t('welcome_managed_heading')}</a>
            <span class="hint"> {t('welcome_way_managed')}</span>
          </li>
        </ol>
      </nav>
      <ImportSection rules={rules} />
      <AccountsSection rules={rules} />
      <ManagedSection check={refresh} />
      <p class="more">
        <a href="options.html">{t('welcome_open_options')}</a>
      </p>
    </main>
  );
}
