// Standard configs: ESLint's recommended rules, typescript-eslint's recommended
// set, and eslint-config-prettier so formatting is left to Prettier.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import prettier from 'eslint-config-prettier';
import globals from 'globals';

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'build/',
      'node_modules/',
      'test-results/',
      'playwright-report/',
      'demo-output/',
      'tests/fixtures/sites/*/dist/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  prettier,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "NewExpression[callee.name='RegExp']",
          message:
            'No regular expression is built at run time (rule-file terms must never become regexes).',
        },
      ],
    },
  },
  {
    // Postguard writes no markup from strings: every element is made with createElement or
    // Preact's JSX (docs/security.md#no-markup-from-strings). The one innerHTML in the build,
    // Preact's own dangerouslySetInnerHTML path, is then never reached.
    files: ['src/**/*.ts', 'src/**/*.tsx'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "NewExpression[callee.name='RegExp']",
          message:
            'No regular expression is built at run time (rule-file terms must never become regexes).',
        },
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'No markup from strings (docs/security.md#no-markup-from-strings).',
        },
        {
          selector:
            "AssignmentExpression[left.property.name=/^(innerHTML|outerHTML)$/], CallExpression[callee.property.name='insertAdjacentHTML']",
          message: 'No markup from strings (docs/security.md#no-markup-from-strings).',
        },
      ],
    },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-globals': ['error', 'browser', 'chrome', 'window', 'document'],
      // Core is pure: no browser API, no UI, nothing from the layers built on it.
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            'webextension-polyfill',
            'preact*',
            '**/content/**',
            '**/background/**',
            '**/shared/**',
            '**/popup/**',
            '**/options/**',
            '**/incident/**',
          ],
        },
      ],
    },
  },
  {
    files: ['src/content/sites/**/*.ts'],
    rules: {
      'no-restricted-globals': ['error', 'browser', 'chrome'],
      // Site adapters read the page and say what they cannot read with a code
      // (core/site-problems.ts); the content script puts it into words. So
      // nothing of the extension's API or its strings comes in here
      // (tests/unit/platform-registry.test.ts: only src/core and sites/).
      'no-restricted-imports': [
        'error',
        { patterns: ['webextension-polyfill', 'preact*', '**/shared/**', '**/ui/**'] },
      ],
    },
  },
);
