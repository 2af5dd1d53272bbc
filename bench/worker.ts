// The extension's service worker, seen and controlled through the DevTools protocol: the
// ServiceWorker domain of a page's CDP session reports the extension's worker too
// (Playwright gives no browser-level session for a persistent context). It is stopped by
// closing its target, as tests/e2e/robust-worker-stopped.spec.ts does: ServiceWorker's
// stopAllWorkers no longer stops it in Chromium 150 (the status never reached "stopped").
// Stopping is verified twice: the worker's running status reaches "stopped", and
// Target.getTargets no longer lists a service_worker target of the extension.
import type { CDPSession } from '@playwright/test';

type Status = 'stopped' | 'starting' | 'running' | 'stopping';

interface VersionUpdate {
  versions: { versionId: string; scriptURL: string; runningStatus: Status }[];
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export class ExtensionWorker {
  private readonly statusByVersion = new Map<string, Status>();

  private constructor(
    private readonly cdp: CDPSession,
    private readonly origin: string,
  ) {}

  static async attach(cdp: CDPSession, extensionId: string): Promise<ExtensionWorker> {
    const worker = new ExtensionWorker(cdp, `chrome-extension://${extensionId}/`);
    cdp.on('ServiceWorker.workerVersionUpdated', (event: VersionUpdate) => {
      for (const v of event.versions) {
        if (v.scriptURL.startsWith(worker.origin))
          worker.statusByVersion.set(v.versionId, v.runningStatus);
      }
    });
    // Enabling reports every current version at once.
    await cdp.send('ServiceWorker.enable');
    await worker.waitFor((s) => s !== undefined, 'a registered worker');
    return worker;
  }

  /** The newest version's running status. */
  status(): Status | undefined {
    const ids = [...this.statusByVersion.keys()].sort((a, b) => Number(a) - Number(b));
    const newest = ids[ids.length - 1];
    return newest === undefined ? undefined : this.statusByVersion.get(newest);
  }

  /** The extension's service worker targets (none while it is stopped). */
  private async targets(): Promise<{ targetId: string }[]> {
    const { targetInfos } = (await this.cdp.send('Target.getTargets')) as {
      targetInfos: { type: string; url: string; targetId: string }[];
    };
    return targetInfos.filter((t) => t.type === 'service_worker' && t.url.startsWith(this.origin));
  }

  private async hasTarget(): Promise<boolean> {
    return (await this.targets()).length > 0;
  }

  private async waitFor(ok: (s: Status | undefined) => boolean, what: string) {
    for (const until = Date.now() + 10_000; Date.now() < until; await sleep(10)) {
      if (ok(this.status())) return;
    }
    throw new Error(`extension service worker: timed out waiting for ${what} (${this.status()})`);
  }

  /**
   * Stops it and checks that it really is stopped, and stays so for a moment: what the guard
   * reports of the send just cancelled (the audit log) can reach the worker after the stop
   * and wake it again, so a stop that does not hold is done again.
   */
  async stop(): Promise<void> {
    for (let attempt = 0; attempt < 10; attempt++) {
      for (const { targetId } of await this.targets())
        await this.cdp.send('Target.closeTarget', { targetId }).catch(() => undefined);
      if (await this.staysStopped()) return;
      await sleep(300);
    }
    throw new Error(`extension service worker: does not stay stopped (${this.status()})`);
  }

  /** Whether it reaches "stopped" with no target left, and is still so 200 ms later. */
  private async staysStopped(): Promise<boolean> {
    for (const until = Date.now() + 5_000; Date.now() < until; await sleep(10)) {
      if (this.status() !== 'stopped' || (await this.hasTarget())) continue;
      await sleep(200);
      return this.status() === 'stopped' && !(await this.hasTarget());
    }
    return false;
  }

  /** Starts it if it is not running (the guard's report usually has woken it already). */
  async ensureRunning(): Promise<void> {
    let asked = 0;
    for (const until = Date.now() + 10_000; this.status() !== 'running'; await sleep(10)) {
      if (Date.now() > until)
        throw new Error(`extension service worker: not running (${this.status()})`);
      if (this.status() === 'stopped' && Date.now() - asked > 1_000) {
        asked = Date.now();
        await this.cdp.send('ServiceWorker.startWorker', { scopeURL: this.origin });
      }
    }
  }
}
