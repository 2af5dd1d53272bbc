import { defineConfig } from 'vitest/config';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { profanityList } from './scripts/lib/profanity-plugin.mjs';

// webextension-polyfill throws outside an extension; tests get an in-memory fake.
const alias = {
  'webextension-polyfill': fileURLToPath(new URL('tests/fakes/browser.ts', import.meta.url)),
};

// Test files that replace a module (vi.mock) need a module graph of their own; every other
// unit test shares its worker's modules (isolate: false), a third of the unit run's time.
const OWN_MODULES = ['tests/unit/engine-compiled.test.ts'];

export default defineConfig({
  test: {
    // Vitest's default leaves one core free (one worker on a 2-core machine): every core
    // runs a test file here, the unit and DOM runs are each about 40 % shorter on 2 cores.
    maxWorkers: availableParallelism(),
    projects: [
      {
        plugins: [profanityList()],
        resolve: { alias },
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          exclude: OWN_MODULES,
          isolate: false,
          environment: 'node',
          // Property tests run thousands of generated cases: on a busy 2-core
          // machine one can take longer than the default 5 s without being wrong.
          testTimeout: 60_000,
          setupFiles: ['tests/fakes/setup.ts'],
        },
      },
      {
        plugins: [profanityList()],
        resolve: { alias },
        test: {
          name: 'unit-own-modules',
          include: OWN_MODULES,
          environment: 'node',
          setupFiles: ['tests/fakes/setup.ts'],
        },
      },
      {
        plugins: [profanityList()],
        resolve: { alias },
        test: {
          name: 'dom',
          // A new VM context per file: each file gets its own document and modules (jsdom's
          // document is otherwise shared between files), without a new process for each.
          pool: 'vmForks',
          include: ['tests/dom/**/*.test.{ts,tsx}'],
          environment: 'jsdom',
          setupFiles: ['tests/fakes/setup.ts'],
        },
      },
    ],
  },
});
