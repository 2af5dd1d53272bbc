// The verdict of "Try a post", shown as the guard would show it: the verdict in words, then
// the dialog's own words (title with the account badge, summary, sombre-event line, the
// post with every match marked, every reason with its words), then its buttons by name.
// A picture of the dialog, not the dialog: nothing here can be pressed.
import { Fragment } from 'preact';
import type { ReasonLine } from '../../shared/dialog-text';
import { t } from '../../shared/i18n';
import type { PostShown } from '../../shared/post-marks';
import type { Judgement } from './judge';

function Post({ post }: { post: PostShown }) {
  return (
    <>
      {post.number !== null && <p class="post-number">{post.number}</p>}
      <p class="post-text">
        {post.parts.map((part, i) => (part.marked ? <mark key={i}>{part.text}</mark> : part.text))}
        {post.more !== null && <span class="more">{post.more}</span>}
      </p>
    </>
  );
}

function Reason({ reason }: { reason: ReasonLine }) {
  return (
    <li class={reason.action}>
      {reason.text}
      {reason.words.length > 0 && (
        <>
          {' ('}
          {reason.words.map((word, i) => (
            <Fragment key={word}>
              {i > 0 && ', '}
              <mark>{word}</mark>
            </Fragment>
          ))}
          {')'}
        </>
      )}
      {reason.note && <span class="note"> {reason.note}</span>}
    </li>
  );
}

export function VerdictView({ judgement }: { judgement: Judgement }) {
  const { dialog } = judgement;
  return (
    <div class="try-verdict" data-verdict={judgement.action}>
      <p class={`try-verdict-line ${judgement.action}`}>{judgement.verdictLine}</p>
      <p class="try-at">{judgement.at}</p>
      {dialog && (
        <div
          class={`try-dialog ${judgement.role}`}
          role="group"
          aria-label={t('options_try_dialog_label')}
          data-testid="try-dialog"
        >
          <h3 class="try-title">
            {dialog.title[0]}
            <span class="account">{dialog.badge}</span>
            {dialog.title[1]}
          </h3>
          <p class="summary">{dialog.summary}</p>
          {dialog.sombre !== null && <p class="sombre">{dialog.sombre}</p>}
          <div class="post" role="group" aria-label={t('dialog_post_label')}>
            {judgement.posts.map((post, i) => (
              <Post key={i} post={post} />
            ))}
          </div>
          <ul class="reasons">
            {dialog.reasons.map((reason, i) => (
              <Reason key={i} reason={reason} />
            ))}
          </ul>
          <p class="try-buttons">{t('options_try_buttons', judgement.buttons.join(', '))}</p>
        </div>
      )}
      {judgement.delay !== null && <p class="try-delay">{judgement.delay}</p>}
    </div>
  );
}
