// Grid cells run in turn inside one test: each cell is a step on a new document in the same
// tab, so a grid of five cells costs one rule file and one tab instead of five of each (a new
// tab and an import were most of a cell's time on this 2-core machine: README.md, "Two
// commands"). A failure still names its cell: the step's title. Each cell gets a test's time.
import { test, type Page } from '@playwright/test';

/** What one cell may take, as a test of its own would (playwright.config.ts). */
const CELL_TIMEOUT_MS = 30_000;

/**
 * Runs `run` for each cell in order, as a step titled `title(cell)`, handing each the tab
 * the previous one used.
 */
export async function cellsInTurn<T>(
  cells: readonly T[],
  title: (cell: T) => string,
  run: (cell: T, tab: Page | undefined) => Promise<Page>,
): Promise<void> {
  test.setTimeout(CELL_TIMEOUT_MS * cells.length);
  let tab: Page | undefined;
  for (const cell of cells) {
    tab = await test.step(title(cell), () => run(cell, tab));
  }
}
