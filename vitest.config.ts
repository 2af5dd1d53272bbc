import { defineConfig, type TestProjectInlineConfiguration } from 'vitest/config';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { profanityList } from './scripts/lib/profanity-plugin.mjs';

// webextension-polyfill throws outside an extension; tests get an in-memory fake.
const alias = {
  'webextension-polyfill': fileURLToPath(new URL('tests/fakes/browser.ts', import.meta.url)),
};

/** A project with what every test file needs: the profanity list, the fake browser. */
const project = (test: TestProjectInlineConfiguration['test']) => ({
  plugins: [profanityList()],
  resolve: { alias },
  test: { setupFiles: ['tests/fakes/setup.ts'], ...test },
});

// Test files that replace a module (vi.mock) need a module graph of their own; every other
// unit test shares its worker's modules (isolate: false), a third of the unit run's time.
const OWN_MODULES = ['tests/unit/engine-compiled.test.ts'];

// Property tests run thousands of generated cases: on a busy 2-core machine one can take
// longer than the default 5 s without being wrong.
const UNIT = { environment: 'node', testTimeout: 60_000 } as const;

export default defineConfig({
  test: {
    // Vitest's default leaves one core free (one worker on a 2-core machine): every core
    // runs a test file here, the unit and DOM runs are each about 40 % shorter on 2 cores.
    maxWorkers: availableParallelism(),
    projects: [
      project({
        ...UNIT,
        name: 'unit',
        include: ['tests/unit/**/*.test.ts'],
        exclude: OWN_MODULES,
        isolate: false,
      }),
      project({ ...UNIT, name: 'unit-own-modules', include: OWN_MODULES }),
      project({
        name: 'dom',
        // A new VM context per file: each file gets its own document and modules (jsdom's
        // document is otherwise shared between files), without a new process for each.
        pool: 'vmForks',
        include: ['tests/dom/**/*.test.{ts,tsx}'],
        environment: 'jsdom',
      }),
    ],
  },
});
