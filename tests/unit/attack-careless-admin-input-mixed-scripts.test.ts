// Attack: careless admin input, names that mix alphabets. A Facebook or
// LinkedIn name is free text, so a pasted Cyrillic `о` in "Kingsford Council"
// is not refused; the options page warns about it instead, naming where the
// name is and the alphabets it mixes (src/options/name-warnings.tsx).
import { describe, expect, it } from 'vitest';
import { mixedScriptNames, mixedScripts, scriptsOf } from '../../src/core/rules/mixed-scripts';

const CYRILLIC_O = '\u043E';
const GREEK_OMICRON = '\u03BF';

describe('attack: careless admin input, names that mix alphabets', () => {
  it.each([
    [`Kingsf${CYRILLIC_O}rd Council`, ['Latn', 'Cyrl']],
    [`Kingsf${GREEK_OMICRON}rd Council`, ['Latn', 'Grek']],
    [`К${'ingsford'}`, ['Cyrl', 'Latn']],
    [`Kingsford ${CYRILLIC_O}${GREEK_OMICRON}`, ['Latn', 'Cyrl', 'Grek']],
  ])('%j mixes %j', (name, scripts) => {
    expect(mixedScripts(name)).toEqual(scripts);
  });

  it.each([
    'Kingsford Council',
    'Conseil de Kingsford-sur-Mer',
    'Кингсфорд',
    'Δήμος Κίνγκσφορντ',
    'Kingsford Council 🏛️ 2026!',
    'キングスフォード市役所 Kingsford',
    '킹스포드 Council',
    'Ｋｉｎｇｓｆｏｒｄ',
    `Kingsford\u200BCouncil`,
  ])('%j is one writing system (or a mix people really use)', (name) => {
    expect(mixedScripts(name)).toBeNull();
  });

  it('ignores digits, punctuation, emoji and combining marks', () => {
    expect(scriptsOf('a1_-🏛️\u0301')).toEqual(['Latn']);
  });

  it('names the path of each handle and alias that mixes alphabets, in a draft read defensively', () => {
    const rules = {
      accounts: [
        { platform: 'x', handle: 'KingsfordGov' },
        {
          platform: 'facebook',
          handle: `Kingsf${CYRILLIC_O}rd Council`,
          aliases: ['ok', `Kingsf${GREEK_OMICRON}rd`],
        },
        null,
        { platform: 'linkedin', handle: 5, aliases: 'none' },
      ],
    };
    expect(mixedScriptNames(rules)).toEqual([
      { path: 'accounts[1].handle', scripts: ['Latn', 'Cyrl'] },
      { path: 'accounts[1].aliases[1]', scripts: ['Latn', 'Grek'] },
    ]);
    expect(mixedScriptNames(null)).toEqual([]);
    expect(mixedScriptNames({ accounts: 'none' })).toEqual([]);
  });
});
