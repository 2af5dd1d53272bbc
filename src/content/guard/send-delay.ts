// The send delay (`policy.sendDelaySeconds`): a released corporate post waits
// with a countdown and Undo before the guard lets the site send it. Nothing is
// taken out of the compose box while it waits, so Undo needs nothing put back.
// Leaving the page (unload, reload, or the back/forward cache freezing it)
// ends the wait with nothing sent: a frozen timer must not fire a post later,
// when the person comes back expecting nothing.
import { t } from '../../shared/i18n';
import { showCountdown } from '../ui/countdown';

export type HoldEnd = 'time-up' | 'undone' | 'page-left';

export interface HoldOptions {
  win: Window;
  seconds: number;
  accountShown: string | null;
  role: string;
  /** Called once, with how the wait ended. */
  onEnd(end: HoldEnd): void;
}

export interface Hold {
  /** Ends the wait now as if the page was left (the guard is stopping). */
  abandon(): void;
  /** Replaces the countdown with a closing sentence. */
  say(message: string): void;
}

export function holdSend({ win, seconds, accountShown, role, onEnd }: HoldOptions): Hold {
  const endsAt = Date.now() + seconds * 1000;
  let ended = false;
  let ticker = 0;
  const view = showCountdown({ accountShown, role, seconds, onUndo: () => end('undone') });

  function end(how: HoldEnd) {
    if (ended) return;
    ended = true;
    win.clearInterval(ticker);
    win.removeEventListener('pagehide', onPageHide);
    if (how === 'undone') view.finish(t('countdown_undone'));
    if (how === 'page-left') view.remove();
    onEnd(how);
  }
  const onPageHide = () => end('page-left');

  // Counted from the clock, not from ticks: timers in a background tab are
  // throttled, and the post must go at its time, not a tick count later.
  const tick = () => {
    const left = Math.ceil((endsAt - Date.now()) / 1000);
    if (left <= 0) end('time-up');
    else view.tick(left);
  };
  view.tick(seconds);
  ticker = win.setInterval(tick, 200);
  win.addEventListener('pagehide', onPageHide);

  return {
    abandon: () => end('page-left'),
    say: (message) => view.finish(message),
  };
}
