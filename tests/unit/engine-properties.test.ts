// Whatever the text, the verdict is consistent: never throws, the action is
// the strictest reason's, and every span points at the text it quotes.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluate, type Action } from '../../src/core/engine';
import { example, seen } from './engine-helpers';

const kingsford = example('kingsford-council');
const rank: Record<Action, number> = { allow: 0, confirm: 1, block: 2 };
const pieces = fc.constantFrom(
  'bomb',
  ' ',
  'lol',
  '#Poppies',
  '😂',
  'f***ing',
  'our residents',
  'Drive',
  '\n',
  'é',
);
const text = fc.oneof(
  fc.string({ unit: 'grapheme' }),
  fc.array(pieces).map((p) => p.join('')),
);
const handle = fc.constantFrom(null, 'KingsfordGov', 'jane_kingsford', 'janedoe_fun', 'stranger');
const time = fc.date({
  min: new Date('2026-11-11T08:00:00Z'),
  max: new Date('2026-11-11T14:00:00Z'),
  noInvalidDate: true,
});

describe('verdict invariants', () => {
  it('holds for any thread, account and time', () => {
    fc.assert(
      fc.property(fc.array(text, { maxLength: 4 }), handle, time, (texts, h, now) => {
        const verdict = evaluate({ texts }, seen(h), kingsford, now);
        const worst = Math.max(0, ...verdict.reasons.map((r) => rank[r.action]));
        expect(rank[verdict.action]).toBe(worst);
        for (let i = 1; i < verdict.reasons.length; i++) {
          expect(rank[verdict.reasons[i - 1]!.action]).toBeGreaterThanOrEqual(
            rank[verdict.reasons[i]!.action],
          );
        }
        for (const r of verdict.reasons) {
          expect(r.message.length).toBeGreaterThan(0);
          for (const s of r.spans) {
            expect(texts[s.post]?.slice(s.start, s.end)).toBe(s.text);
          }
        }
      }),
    );
  });
});
