// Decision at send time: a trusted click on X's Post button (Playwright's mouse is real
// input to Chromium) to the guard dialog visible, timed inside the page by probe.ts.
// Warm and stopped-worker sends alternate, so both see the same noise from the machine.
import type { BrowserContext } from '@playwright/test';
import { installProbe, type Probe, type SendTiming } from './probe';
import { summarize, type Summary } from './stats';
import { ExtensionWorker } from './worker';

const TEXT =
  'Bins will be collected on Thursday next week because of the bank holiday. ' +
  'Thank you to all our residents for your patience! #Kingsford';
const WARM_UP = 3; // the first dialogs of a page pay for cold code; they are not counted

export interface DecisionRun {
  clickToFrameMs: Summary;
  clickToDomMs: Summary;
  /** Sends whose dialog was painted in the first frame after the click. */
  inFirstFrame: number;
  /** Sends where the dialog was not rendered (checkVisibility false) in that frame. */
  notVisible: number;
}

export interface DecisionResult {
  warm: DecisionRun;
  stoppedWorker: DecisionRun & {
    /** Sends whose worker was still stopped at the click (stop() verified it just before). */
    stoppedAtClick: number;
    /**
     * The worker's state once the dialog was shown (read a round trip later). The page may
     * wake it with a fire-and-forget message; "running" would hint the dialog waited for it.
     */
    workerAtDialog: Record<string, number>;
  };
}

function run(timings: SendTiming[]): DecisionRun {
  return {
    clickToFrameMs: summarize(timings.map((t) => t.clickToFrame)),
    clickToDomMs: summarize(timings.map((t) => t.clickToDom)),
    inFirstFrame: timings.filter((t) => t.firstFrame).length,
    notVisible: timings.filter((t) => !t.visible).length,
  };
}

export async function benchDecision(
  context: BrowserContext,
  extensionId: string,
  sends: number,
  log: (line: string) => void,
): Promise<DecisionResult> {
  const page = await context.newPage();
  await page.addInitScript(installProbe);
  await page.goto('https://x.com/home');
  const box = page.getByTestId('primaryColumn').locator('.composer');
  const button = box.getByTestId('tweetButtonInline');
  await box.locator('.public-DraftEditor-content').click();
  await page.keyboard.type(TEXT);
  await page.waitForFunction(
    () => document.querySelector('[data-testid="tweetButtonInline"]')?.ariaDisabled !== 'true',
  );
  const size = await button.boundingBox();
  // On the button's own padding, as tests/e2e/x-helpers.ts does: the target is the button.
  const position = { x: 5, y: (size?.height ?? 20) / 2 };
  const worker = await ExtensionWorker.attach(await context.newCDPSession(page), extensionId);

  const send = async (): Promise<SendTiming> => {
    await page.evaluate(() => (window as unknown as { __pgBench: Probe }).__pgBench.arm());
    await button.click({ position });
    const timing = await page.evaluate(
      () => (window as unknown as { __pgBench: Probe }).__pgBench.result,
    );
    if (!timing) throw new Error('the probe was not armed');
    return timing;
  };
  // Cancel: Escape in the dialog. The text stays in the box for the next send.
  const cancel = async () => {
    await page.keyboard.press('Escape');
    await page.getByRole('alertdialog').waitFor({ state: 'detached' });
  };

  for (let i = 0; i < WARM_UP; i++) {
    await send();
    await cancel();
  }
  const warm: SendTiming[] = [];
  const stopped: SendTiming[] = [];
  let stoppedAtClick = 0;
  const workerAtDialog: Record<string, number> = {};
  for (let i = 0; i < sends * 2; i++) {
    const stopFirst = i % 2 === 1;
    if (stopFirst) await worker.stop();
    else await worker.ensureRunning();
    const atClick = worker.status();
    const timing = await send();
    if (stopFirst) {
      stopped.push(timing);
      if (atClick === 'stopped') stoppedAtClick++;
      const now = worker.status() ?? 'unknown';
      workerAtDialog[now] = (workerAtDialog[now] ?? 0) + 1;
    } else warm.push(timing);
    await cancel();
    if (i % 20 === 19) log(`decision: ${i + 1}/${sends * 2} sends`);
  }
  const sent = await page.evaluate(() => (window as unknown as { __sent?: unknown[] }).__sent);
  if (sent?.length) throw new Error('the fixture sent a post: a cancelled send went through');
  await page.close();
  return { warm: run(warm), stoppedWorker: { ...run(stopped), stoppedAtClick, workerAtDialog } };
}
