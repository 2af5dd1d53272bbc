// The extension's service worker, seen and controlled through the DevTools protocol: the
// ServiceWorker domain of a page's CDP session reports and stops the extension's worker too
// (Playwright gives no browser-level session for a persistent context). Stopping is verified
// twice: the worker's running status reaches "stopped", and Target.getTargets no longer
// lists a service_worker target of the extension.
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

  private async hasTarget(): Promise<boolean> {
    const { targetInfos } = (await this.cdp.send('Target.getTargets')) as {
      targetInfos: { type: string; url: string }[];
    };
    return targetInfos.some((t) => t.type === 'service_worker' && t.url.startsWith(this.origin));
  }

  private async waitFor(ok: (s: Status | undefined) => boolean, what: string) {
    for (const until = Date.now() + 10_000; Date.now() < until; await sleep(10)) {
      if (ok(this.status())) return;
    }
    throw new Error(`extension service worker: timed out waiting for ${what} (${this.status()})`);
  }

  /** Stops it and checks that it really is stopped. */
  async stop(): Promise<void> {
    await this.cdp.send('ServiceWorker.stopAllWorkers');
    await this.waitFor((s) => s === 'stopped', '"stopped"');
    for (const until = Date.now() + 10_000; await this.hasTarget(); await sleep(20)) {
      if (Date.now() > until)
        throw new Error('extension service worker: its target is still there');
    }
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
