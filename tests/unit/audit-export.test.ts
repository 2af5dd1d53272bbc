// The audit log's exports: CSV that any spreadsheet reads back cell for cell
// (quotes, commas, line breaks) and that cannot smuggle in a formula, and JSON
// with the entries newest first and how many were dropped.
import { describe, expect, it } from 'vitest';
import {
  auditCsv,
  auditFileName,
  auditJson,
  csvCell,
  newestFirst,
  type LoggedEntry,
} from '../../src/core/audit';

/** RFC 4180 reader: rows of cells. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += c;
  }
  expect(cell).toBe(''); // ends with CRLF
  return rows;
}

const released: LoggedEntry = {
  kind: 'post-released',
  at: '2026-11-21T10:30:00.000Z',
  platform: 'x',
  account: '@KingsfordGov',
  role: 'corporate',
  action: 'confirm',
  codes: ['corporate-account', 'banned-term'],
  post: 'Bins, "Tuesday",\nnext week',
  page: 'https://x.com/home',
  holdId: 'h-1',
};
const imported: LoggedEntry = {
  kind: 'rules-imported',
  at: '2026-11-21T09:00:00.000Z',
  fileName: 'kingsford-council.json',
  organization: 'Kingsford Council',
  accounts: 5,
};

describe('CSV', () => {
  it('quotes every cell and doubles quotes', () => {
    expect(csvCell('plain')).toBe('"plain"');
    expect(csvCell('say "hi", then\nleave')).toBe('"say ""hi"", then\nleave"');
    expect(csvCell(undefined)).toBe('""');
    expect(csvCell(null)).toBe('""');
    expect(csvCell(5)).toBe('"5"');
  });

  it('makes a cell that starts a formula plain text', () => {
    for (const start of ['=', '+', '-', '@', '\t', '\r']) {
      expect(csvCell(`${start}HYPERLINK("http://evil.example")`)).toBe(
        `"'${start}HYPERLINK(""http://evil.example"")"`,
      );
    }
    expect(csvCell('@KingsfordGov')).toBe(`"'@KingsfordGov"`);
    expect(csvCell('a=1')).toBe('"a=1"');
  });

  it('has a header, one row per entry newest first, and reads back cell for cell', () => {
    const csv = auditCsv([imported, released]);
    expect(csv.startsWith('\uFEFF"at","kind",')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    const rows = parseCsv(csv.slice(1));
    expect(rows).toEqual([
      [
        'at',
        'kind',
        'platform',
        'account',
        'role',
        'action',
        'codes',
        'post',
        'page',
        'trusted',
        'details',
      ],
      [
        '2026-11-21T10:30:00.000Z',
        'post-released',
        'x',
        "'@KingsfordGov",
        'corporate',
        'confirm',
        'corporate-account banned-term',
        'Bins, "Tuesday",\nnext week',
        'https://x.com/home',
        '',
        '{"holdId":"h-1"}',
      ],
      [
        '2026-11-21T09:00:00.000Z',
        'rules-imported',
        '',
        '',
        '',
        '',
        '',
        '',
        '',
        '',
        '{"fileName":"kingsford-council.json","organization":"Kingsford Council","accounts":5}',
      ],
    ]);
  });

  it('is only a header for an empty log', () => {
    expect(parseCsv(auditCsv([]).slice(1))).toHaveLength(1);
  });
});

describe('JSON', () => {
  it('holds the entries as stored, newest first, with the dropped count', () => {
    const json = JSON.parse(
      auditJson([imported, released], {
        exportedAt: new Date('2026-11-21T11:00:00Z'),
        dropped: 3,
        damaged: false,
      }),
    );
    expect(json).toEqual({
      format: 'postguard-audit-log',
      version: 1,
      exportedAt: '2026-11-21T11:00:00.000Z',
      dropped: 3,
      damaged: false,
      entries: [released, imported],
    });
  });
});

it('orders newest first, the later-logged first for equal times', () => {
  const a = { at: '2026-11-21T10:00:00.000Z', id: 'a' };
  const b = { at: '2026-11-21T10:00:00.000Z', id: 'b' };
  const c = { at: '2026-11-21T09:00:00.000Z', id: 'c' };
  expect(newestFirst([c, a, b]).map((e) => e.id)).toEqual(['b', 'a', 'c']);
});

it('names the files after the local time of the export', () => {
  const now = new Date(2026, 10, 21, 10, 32);
  expect(auditFileName(now, 'csv')).toBe('postguard-audit-2026-11-21T10-32.csv');
  expect(auditFileName(now, 'json')).toBe('postguard-audit-2026-11-21T10-32.json');
});
