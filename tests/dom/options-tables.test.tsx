// The rule editor's tables at the format's limits (the largest rule file, 10,000 terms):
// a page of rows at a time, a search that narrows them and says how many it found, column
// headers that sort and say so (aria-sort), and Previous/Next that keep the focus.
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { parseRuleFile } from '../../src/core/rules/parse';
import { RuleEditor } from '../../src/options/editor/RuleEditor';
import { largestRuleFileText } from '../support/largest-rule-file';
import { button, byLabel, rowsOf, table, type } from './editor-helpers';

const parsed = parseRuleFile(largestRuleFileText());
if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
const rules = parsed.rules;

beforeEach(() => {
  document.body.innerHTML = '<div id="app"></div>';
  act(() =>
    render(
      <RuleEditor rules={rules} locked={false} onSaved={vi.fn()} report={vi.fn()} />,
      document.getElementById('app')!,
    ),
  );
});

afterEach(() => act(() => render(null, document.getElementById('app')!)));

const count = (id: 'accounts' | 'terms') => document.getElementById(`${id}-count`)!;
const header = (caption: string, name: string) =>
  [...table(caption).querySelectorAll('th')].find((th) => th.textContent?.startsWith(name))!;
const terms = () => rowsOf('Banned terms').map((row) => row[1]!);

it('shows a page of 50 rows and says how many there are, politely', () => {
  expect(rowsOf('Banned terms')).toHaveLength(50);
  expect(rowsOf('Accounts')).toHaveLength(50);
  expect(count('terms').textContent).toBe('10,000 banned terms; showing 1–50.');
  expect(count('terms').getAttribute('aria-live')).toBe('polite');
  expect(count('accounts').textContent).toBe('500 accounts; showing 1–50.');
  expect(byLabel('Search banned terms').getAttribute('aria-describedby')).toBe('terms-count');
});

it('pages on with Next and back with Previous, which stay focusable at the ends', () => {
  const pager = table('Banned terms').parentElement!.querySelector('nav')!;
  expect(pager.getAttribute('aria-label')).toBe('Banned terms: pages');
  const [previous, , next] = [...pager.children] as HTMLButtonElement[];
  expect(pager.textContent).toContain('Page 1 of 200');
  expect(previous!.getAttribute('aria-disabled')).toBe('true');
  expect(previous!.disabled).toBe(false);
  act(() => next!.click());
  expect(pager.textContent).toContain('Page 2 of 200');
  expect(rowsOf('Banned terms')[0]?.[0]).toBe('51');
  expect(count('terms').textContent).toBe('10,000 banned terms; showing 51–100.');
  act(() => previous!.click());
  expect(rowsOf('Banned terms')[0]?.[0]).toBe('1');
});

it('finds terms by a word of theirs or of their note, ignoring case and accents', () => {
  const wanted = rules.bannedTerms.filter((b) => /whistleblower/.test(`${b.term} ${b.note}`));
  expect(wanted.length).toBeGreaterThan(0);
  act(() => button('Next page').click());
  type(byLabel('Search banned terms'), 'WHÎSTLEBLOWER');
  expect(count('terms').textContent).toBe(
    `“WHÎSTLEBLOWER”: ${wanted.length} of 10,000 banned terms; showing 1–${Math.min(50, wanted.length)}.`,
  );
  expect(terms()).toEqual(wanted.slice(0, 50).map((b) => b.term));
  type(byLabel('Search banned terms'), 'no such word anywhere');
  expect(count('terms').textContent).toBe('“no such word anywhere”: none of 10,000 banned terms.');
  expect(rowsOf('Banned terms')).toEqual([]);
});

it('finds accounts by what their row shows, such as the platform', () => {
  type(byLabel('Search accounts'), 'bluesky');
  expect(count('accounts').textContent).toBe('“bluesky”: 100 of 500 accounts; showing 1–50.');
  expect(new Set(rowsOf('Accounts').map((row) => row[1]))).toEqual(new Set(['bluesky']));
});

it('sorts by a column header, saying which and how; again reverses it', () => {
  const termHeader = header('Banned terms', 'Term');
  expect(header('Banned terms', 'No.').getAttribute('aria-sort')).toBe('ascending');
  expect(termHeader.getAttribute('aria-sort')).toBeNull();
  act(() => termHeader.querySelector('button')!.click());
  expect(termHeader.getAttribute('aria-sort')).toBe('ascending');
  expect(header('Banned terms', 'No.').getAttribute('aria-sort')).toBeNull();
  const sorted = rules.bannedTerms.map((b) => b.term.toLowerCase()).sort();
  expect(terms().map((term) => term.toLowerCase())).toEqual(sorted.slice(0, 50));
  act(() => termHeader.querySelector('button')!.click());
  expect(termHeader.getAttribute('aria-sort')).toBe('descending');
  expect(terms().map((term) => term.toLowerCase())).toEqual(sorted.reverse().slice(0, 50));
});
