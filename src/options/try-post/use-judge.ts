// The engine for "Try a post", loaded apart (judge.ts and what it imports) once the panel
// is on the page, and the live region's words, said once the admin stops typing.
import { useEffect, useState } from 'preact/hooks';

export type Judge = typeof import('./judge');

/** How long after the last change the live region says the verdict: not at every keystroke. */
export const ANNOUNCE_AFTER_MS = 600;

export function useJudge(): { judge: Judge | null; loadError: string | null } {
  const [judge, setJudge] = useState<Judge | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    import('./judge').then(
      (module) => live && setJudge(module),
      (error: unknown) => live && setLoadError(String(error)),
    );
    return () => {
      live = false;
    };
  }, []);
  return { judge, loadError };
}

/**
 * `announcement`, ANNOUNCE_AFTER_MS after it last changed, once the admin has changed
 * something (a verdict is not said on its own when the page opens); '' until then.
 */
export function useAnnouncement(announcement: string, touched: boolean): string {
  const [said, setSaid] = useState('');
  useEffect(() => {
    if (!touched) return;
    const timer = setTimeout(() => setSaid(announcement), ANNOUNCE_AFTER_MS);
    return () => clearTimeout(timer);
  }, [announcement, touched]);
  return said;
}
