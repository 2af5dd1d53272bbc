// A headed Chromium on a virtual screen (Xvfb), for what a headless one cannot show: the
// browser's own permission prompt (../shared/browser-testing.md: headless Chromium never
// answers `permissions.request`). The prompt is answered with the keyboard through xdotool;
// focus starts on its refusing button, so Return alone refuses and Tab, Return accepts.
import type { BrowserContext } from '@playwright/test';
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { rmSync } from 'node:fs';
import { aptInstall, has } from '../support/apt';
import { extensionIdOf, launchChromium, serveFixtureSites } from './browser';
import { observe, unexpectedRequests, type ObservedRequest } from './request-check';

export const NO_HEADED_TOOLS =
  'The headed test needs Xvfb and xdotool: install them with `sudo apt-get install xvfb xdotool` (Debian, Ubuntu).';

/** Makes sure Xvfb and xdotool are here, installing them where this machine can. */
export function ensureHeadedTools(log: (line: string) => void = console.log): void {
  if (has('Xvfb') && has('xdotool')) return;
  aptInstall(['xvfb', 'xdotool'], log);
  if (!has('Xvfb') || !has('xdotool')) throw new Error(NO_HEADED_TOOLS);
}

export interface HeadedBrowser {
  context: BrowserContext;
  /** Presses keys in the focused window of the virtual screen (xdotool names: Tab, Return). */
  press(...keys: string[]): void;
  /**
   * Closes the browser and its screen; returns the requests other than the fixture sites'
   * and the extension's own pages (request-check.ts): none is expected.
   */
  close(): Promise<string[]>;
}

function startXvfb(): Promise<{ display: string; proc: ChildProcess }> {
  const proc = spawn(
    'Xvfb',
    ['-displayfd', '1', '-screen', '0', '1280x800x24', '-nolisten', 'tcp'],
    {
      stdio: ['ignore', 'pipe', 'ignore'],
    },
  );
  return new Promise((resolve, reject) => {
    proc.stdout?.once('data', (data) => resolve({ display: `:${String(data).trim()}`, proc }));
    proc.once('exit', (code) => reject(new Error(`Xvfb exited (${code})`)));
  });
}

/** The built extension in a headed Chromium on its own virtual screen, fixture sites served. */
export async function launchHeaded(): Promise<HeadedBrowser> {
  const { display, proc } = await startXvfb();
  const env = { DISPLAY: display };
  const { context, profile } = await launchChromium({ headless: false, env });
  const observed: ObservedRequest[] = [];
  context.on('request', (request) => observed.push(observe(request)));
  await serveFixtureSites(context);
  const extensionId = await extensionIdOf(context);
  return {
    context,
    press: (...keys) =>
      execFileSync('xdotool', ['key', ...keys], { env: { ...process.env, ...env } }),
    async close() {
      await context.close().catch(() => undefined);
      proc.kill();
      rmSync(profile, { recursive: true, force: true });
      return unexpectedRequests(observed, extensionId);
    },
  };
}
