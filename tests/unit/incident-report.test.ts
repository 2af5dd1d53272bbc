// The incident report a team reviews: Markdown to read, JSON to keep. Times are
// local with the zone said outright; a post's text or an account name cannot
// break the Markdown; every step says whether and when it was done.
process.env.TZ = 'Asia/Kolkata'; // UTC+05:30: a zone whose offset is not whole hours

import { describe, expect, it } from 'vitest';
import {
  codeSpan,
  correctPost,
  fenced,
  newIncident,
  reportFileName,
  reportJson,
  reportMarkdown,
  setStepDone,
  type Incident,
} from '../../src/core/incident';
import { roleWord, t } from '../../src/shared/i18n';

const posted = '2026-11-21T05:00:00.000Z'; // 10:30 in Kolkata
const noticed = new Date('2026-11-21T05:02:30.000Z'); // 10:32

function incident(fields: Partial<Incident> = {}): Incident {
  const base = newIncident({
    id: 'inc-1',
    now: noticed,
    released: {
      platform: 'x',
      account: '@KingsfordGov',
      role: 'corporate',
      at: posted,
      page: 'https://x.com/home',
      post: 'Stick a bomb under the lot of them',
    },
    organization: 'Kingsford Council',
  });
  return { ...base, ...fields };
}

const markdown = (i: Incident) =>
  reportMarkdown(i, new Date('2026-11-21T05:15:00Z'), t, (role) => roleWord(role));

/** The ATX headings outside fenced code blocks (CommonMark: a fence closes with at least as many backticks). */
function headings(md: string): string[] {
  let fence: string | null = null;
  const found: string[] = [];
  for (const line of md.split('\n')) {
    const ticks = /^(`{3,})/u.exec(line)?.[1];
    if (fence === null && ticks) fence = ticks;
    else if (fence !== null && ticks && ticks.length >= fence.length && line.trim() === ticks)
      fence = null;
    else if (fence === null && /^#{1,6} /u.test(line)) found.push(line);
  }
  return found;
}

describe('the Markdown report', () => {
  it('says what went out, when it was noticed, each step with its time, and the notes', () => {
    let i = setStepDone(incident(), 'delete', true, new Date('2026-11-21T05:03:40Z'));
    i = setStepDone(i, 'apologise', true, new Date('2026-11-21T05:09:00Z'));
    i = { ...i, notes: 'Told the head of comms at 10:40.' };
    const md = markdown(i);
    expect(md).toContain('# Postguard incident report\n');
    expect(md).toContain('Organisation: Kingsford Council · incident inc-1');
    expect(md).toContain('Exported 2026-11-21 10:45 UTC+05:30.');
    expect(md).toContain('- Site: X\n');
    expect(md).toContain('- Account: `@KingsfordGov` (corporate)\n');
    expect(md).toContain('- Posted at: 2026-11-21 10:30 UTC+05:30\n');
    expect(md).toContain('- Page: `https://x.com/home`\n');
    expect(md).toContain('- Source: Postguard’s log of the last post it let through.\n');
    expect(md).toContain(
      'The post as logged:\n\n```text\nStick a bomb under the lot of them\n```\n',
    );
    expect(md).toContain(
      '2026-11-21 10:32 UTC+05:30, when the incident guide was opened: 2 min after the post.',
    );
    expect(md).toContain(
      '- [x] Delete the post now: done 2026-11-21 10:33 UTC+05:30 (1 min after it was noticed)\n',
    );
    expect(md).toContain(
      '- [x] Own it and apologise: done 2026-11-21 10:39 UTC+05:30 (6 min after it was noticed)\n',
    );
    expect(md).toContain('- [ ] Set the record straight: not done\n');
    expect(md).toContain('- [ ] Learn from it: not done\n');
    expect(md.indexOf('Delete the post now')).toBeLessThan(md.indexOf('Learn from it'));
    expect(md).toMatch(/## Notes\n\nTold the head of comms at 10:40\.\n$/u);
  });

  it('says so when details were corrected, entered by hand, or not known', () => {
    const corrected = correctPost(incident(), 'account', '@janedoe_fun');
    expect(markdown(corrected)).toContain('corrected by hand');
    expect(markdown(corrected)).toContain('`@janedoe_fun`');

    const empty = newIncident({ id: 'inc-2', now: noticed, released: null, organization: null });
    const md = markdown(empty);
    expect(md).toContain('Incident inc-2\n');
    expect(md).toContain('- Site: not known\n');
    expect(md).toContain('- Account: not known (unknown account)\n');
    expect(md).toContain('- Posted at: not known\n');
    expect(md).toContain('Source: entered by hand (Postguard had no record of the post).');
    expect(md).toContain('The log keeps no text of the post.');
    expect(md).toContain('2026-11-21 10:32 UTC+05:30, when the incident guide was opened.\n');
    expect(md).toContain('## Notes\n\nNo notes.\n');
  });

  it('keeps a hostile post and account from breaking out of their place', () => {
    const post = 'before\n```\n# Injected heading\n````\nafter';
    const i = incident({
      post: { ...incident().post, post, account: '`x` [link](https://evil.example)' },
    });
    const md = markdown(i);
    expect(md).toContain(`\`\`\`\`\`text\n${post}\n\`\`\`\`\``);
    expect(headings(md)).toEqual([
      '# Postguard incident report',
      '## What happened',
      '## When it was noticed',
      '## Steps',
      '## Notes',
    ]);
    expect(md).toContain('- Account: `` `x` [link](https://evil.example) `` (corporate)');
  });

  it('fences and code spans are longer than any run of backticks inside', () => {
    expect(fenced('plain')).toBe('```text\nplain\n```');
    expect(fenced('a ```` b')).toBe('`````text\na ```` b\n`````');
    expect(codeSpan('@jane_doe')).toBe('`@jane_doe`');
    expect(codeSpan('a `b` c')).toBe('``a `b` c``');
    expect(codeSpan('`x`')).toBe('`` `x` ``');
    expect(codeSpan('two\nlines')).toBe('`two lines`');
  });
});

describe('the JSON report', () => {
  it('holds the same facts as data, with times as ISO instants', () => {
    const i = setStepDone(
      incident({ notes: 'n' }),
      'delete',
      true,
      new Date('2026-11-21T05:03:40Z'),
    );
    const report = JSON.parse(reportJson(i, new Date('2026-11-21T05:15:00Z')));
    expect(report).toEqual({
      format: 'postguard-incident-report',
      version: 1,
      incidentId: 'inc-1',
      exportedAt: '2026-11-21T05:15:00.000Z',
      organization: 'Kingsford Council',
      post: {
        source: 'audit-log',
        corrected: false,
        platform: 'x',
        account: '@KingsfordGov',
        role: 'corporate',
        postedAt: posted,
        page: 'https://x.com/home',
        text: 'Stick a bomb under the lot of them',
      },
      noticedAt: '2026-11-21T05:02:30.000Z',
      minutesToNotice: 2,
      steps: [
        { step: 'delete', done: true, doneAt: '2026-11-21T05:03:40.000Z', minutesAfterNoticed: 1 },
        { step: 'apologise', done: false, doneAt: null, minutesAfterNoticed: null },
        { step: 'set-record-straight', done: false, doneAt: null, minutesAfterNoticed: null },
        { step: 'monitor', done: false, doneAt: null, minutesAfterNoticed: null },
        { step: 'prevent', done: false, doneAt: null, minutesAfterNoticed: null },
        { step: 'learn', done: false, doneAt: null, minutesAfterNoticed: null },
      ],
      notes: 'n',
    });
  });

  it('says null for what is not known', () => {
    const empty = newIncident({ id: 'inc-2', now: noticed, released: null, organization: null });
    const report = JSON.parse(reportJson(empty, noticed));
    expect(report.organization).toBeNull();
    expect(report.post).toMatchObject({
      source: 'entered',
      platform: null,
      account: null,
      text: null,
    });
    expect(report.minutesToNotice).toBeNull();
  });
});

it('names the files after the local time the post was noticed', () => {
  expect(reportFileName(incident(), 'markdown')).toBe('postguard-incident-2026-11-21T10-32.md');
  expect(reportFileName(incident(), 'json')).toBe('postguard-incident-2026-11-21T10-32.json');
});
