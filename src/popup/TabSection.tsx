// The popup's "This tab" section: the site, the account the guard sees and its
// role (or why it cannot be seen), and whether the guard is working; when a
// part of a compose box cannot be found, which, and `Copy diagnostics`.
import { platformInfo } from '../core/platforms';
import { problemText as siteProblemText } from '../content/account-seen';
import { roleWord, t } from '../shared/i18n';
import type { GuardProblem, TabStatus } from '../shared/messages';
import type { PopupData } from './api';
import { CopyDiagnostics, type CopyDiagnosticsProps } from './CopyDiagnostics';

function problemText(problem: GuardProblem): string {
  switch (problem.code) {
    case 'no-rules':
      return t('popup_problem_no_rules');
    case 'rules-damaged':
      return t('popup_problem_rules_damaged', [problem.detail]);
    case 'page-unreadable':
      return t('popup_problem_page_unreadable', [problem.detail]);
    case 'send-control-missing':
      return t('popup_problem_send_control_missing');
    case 'text-box-missing':
      return t('popup_problem_text_box_missing');
    default:
      // What stops the account being read, in the adapter's words (as the indicator says it).
      return t('popup_problem_account_unreadable', [siteProblemText(problem.code)]);
  }
}

/** Problems that come from the page's markup: the ones a diagnostics report helps fix. */
const fromThePage = ({ code }: GuardProblem) => code !== 'no-rules' && code !== 'rules-damaged';

function Health({ problems }: { problems: string[] }) {
  return (
    <>
      <dt>{t('popup_guard')}</dt>
      <dd class={problems.length ? 'problem' : 'ok'}>
        {problems.length ? t('popup_guard_problem') : t('popup_guard_ok')}
        {problems.length > 0 && (
          <ul>
            {problems.map((text) => (
              <li key={text}>{text}</li>
            ))}
          </ul>
        )}
      </dd>
    </>
  );
}

function GuardedTab({ status }: { status: TabStatus }) {
  const role = roleWord(status.role);
  // With no rules no role is guessed, as the compose indicator says (content/indicators.ts).
  const noRules = status.health.problems.some(({ code }) => code === 'no-rules');
  return (
    <dl>
      <dt>{t('popup_site')}</dt>
      <dd>{t(platformInfo(status.platform).nameKey)}</dd>
      <dt>{t('popup_posting_as')}</dt>
      {status.account === null ? (
        <dd class="role unknown">
          <strong>{t('popup_account_unknown')}</strong>
          {status.unknownReason && (
            <p class="why">{t('popup_account_unknown_why', [status.unknownReason])}</p>
          )}
        </dd>
      ) : (
        <dd class={`role ${noRules ? 'unknown' : status.role}`}>
          <strong>
            {noRules
              ? t('popup_account_no_rules', [status.account])
              : t('popup_account_role', [status.account, role])}
          </strong>
          {status.label && <p class="why">{status.label}</p>}
        </dd>
      )}
      <Health problems={status.health.problems.map(problemText)} />
    </dl>
  );
}

export function TabSection({
  data,
  diagnostics,
}: {
  data: PopupData;
  /** Gets the tab's diagnostics report (offered only when the page is missing a part). */
  diagnostics?: CopyDiagnosticsProps['fetchReport'];
}) {
  const { tab } = data;
  const offerDiagnostics =
    diagnostics && tab.kind === 'guarded' && tab.status.health.problems.some(fromThePage);
  return (
    <section aria-labelledby="pg-tab">
      <h2 id="pg-tab">{t('popup_tab_heading')}</h2>
      {tab.kind === 'guarded' && <GuardedTab status={tab.status} />}
      {offerDiagnostics && <CopyDiagnostics fetchReport={diagnostics} />}
      {tab.kind === 'not-running' && (
        <dl>
          <Health problems={[t('popup_not_running')]} />
        </dl>
      )}
      {tab.kind === 'not-guarded' && <p>{t('popup_not_guarded')}</p>}
      {tab.kind === 'no-tab' && <p>{t('popup_no_tab')}</p>}
    </section>
  );
}
