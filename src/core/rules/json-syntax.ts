// Where is a JSON file broken? JSON.parse's messages differ between browsers
// and often carry no position at all (V8 says `Unexpected token '}', "..." is
// not valid JSON`), so this small scanner finds the first error itself and
// says it as line and column. It is iterative (an explicit stack), so a file
// of a million `[` cannot overflow the call stack. Only called after
// JSON.parse has failed. Each message is a Localizable (see issues.ts); its
// English is in issue-messages.ts.
import { localizable, type Localizable, type LocalizableParam } from '../localizable';

export interface JsonSyntaxError {
  line: number;
  column: number;
  message: Localizable;
}

type Expect = 'value' | 'valueOrEnd' | 'key' | 'keyOrEnd' | 'colon' | 'commaOrEnd' | 'done';

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const HEX4 = /[0-9a-fA-F]{4}/y;

/** The character at `i` as the message shows it (a control character by its code). */
function show(text: string, i: number): LocalizableParam {
  const c = text.codePointAt(i) ?? 0;
  if (c < 0x20 || c === 0x7f) return `U+${c.toString(16).toUpperCase().padStart(4, '0')}`;
  if (c === 0x22) return localizable('rules_json_double_quote');
  return localizable('rules_json_char', String.fromCodePoint(c));
}

/** `message`, with a hint when what was found looks like a habit from JavaScript. */
function hint(message: Localizable, text: string, i: number): Localizable {
  if (text.startsWith('//', i) || text.startsWith('/*', i))
    return localizable('rules_json_hint_comments', message);
  if (text[i] === "'") return localizable('rules_json_hint_quotes', message);
  return message;
}

type Found = [number, Localizable];

/** Index after the string that starts at `i`, or an error message with its index. */
function scanString(text: string, i: number): number | Found {
  for (let j = i + 1; j < text.length; j++) {
    const c = text.charCodeAt(j);
    if (c === 0x22) return j + 1;
    if (c < 0x20) return [j, localizable('rules_json_control_char')];
    if (c === 0x5c) {
      const e = text[j + 1];
      if (e === 'u') {
        HEX4.lastIndex = j + 2;
        if (!HEX4.test(text)) return [j, localizable('rules_json_unicode_escape')];
        j += 5;
      } else if (e !== undefined && '"\\/bfnrt'.includes(e)) {
        j += 1;
      } else {
        const escape = e === undefined ? '\\' : `\\${e}`;
        return [j, localizable('rules_json_unknown_escape', escape)];
      }
    }
  }
  return [i, localizable('rules_json_unclosed_text')];
}

function locate(text: string): Found | undefined {
  const stack: string[] = [];
  let expect: Expect = 'value';
  let i = 0;
  const after = (): Expect => (stack.length > 0 ? 'commaOrEnd' : 'done');
  for (;;) {
    while (i < text.length && ' \t\n\r'.includes(text.charAt(i))) i++;
    if (i >= text.length) {
      if (expect === 'done') return undefined;
      if (stack.length === 0 && i === 0) return [0, localizable('rules_json_empty')];
      const closer = stack.at(-1) === '{' ? '}' : ']';
      return [
        i,
        stack.length
          ? localizable('rules_json_ends_early_closer', closer)
          : localizable('rules_json_ends_early'),
      ];
    }
    const c = text.charAt(i);
    if (expect === 'done') return [i, localizable('rules_json_after_end', show(text, i))];
    if (expect === 'colon') {
      if (c !== ':') return [i, localizable('rules_json_expected_colon', show(text, i))];
      i++;
      expect = 'value';
    } else if (expect === 'commaOrEnd') {
      const closer = stack.at(-1) === '{' ? '}' : ']';
      if (c === ',') {
        i++;
        expect = closer === '}' ? 'key' : 'value';
      } else if (c === closer) {
        stack.pop();
        i++;
        expect = after();
      } else {
        const found = localizable('rules_json_expected_comma', closer, show(text, i));
        return [i, hint(found, text, i)];
      }
    } else if (expect === 'key' || expect === 'keyOrEnd') {
      if (c === '}') {
        if (expect === 'key') return [i, localizable('rules_json_comma_before_brace')];
        stack.pop();
        i++;
        expect = after();
      } else if (c === '"') {
        const end = scanString(text, i);
        if (typeof end !== 'number') return end;
        i = end;
        expect = 'colon';
      } else {
        return [i, hint(localizable('rules_json_expected_name', show(text, i)), text, i)];
      }
    } else if (c === ']' && expect === 'valueOrEnd') {
      stack.pop();
      i++;
      expect = after();
    } else if (c === ']' && stack.at(-1) === '[') {
      return [i, localizable('rules_json_comma_before_bracket')];
    } else if (c === '{' || c === '[') {
      stack.push(c);
      i++;
      expect = c === '{' ? 'keyOrEnd' : 'valueOrEnd';
    } else if (c === '"') {
      const end = scanString(text, i);
      if (typeof end !== 'number') return end;
      i = end;
      expect = after();
    } else {
      const word = ['true', 'false', 'null'].find((w) => text.startsWith(w, i));
      NUMBER.lastIndex = i;
      const num = word === undefined && NUMBER.test(text) ? NUMBER.lastIndex : undefined;
      if (word === undefined && num === undefined) {
        return [i, hint(localizable('rules_json_expected_value', show(text, i)), text, i)];
      }
      i = num ?? i + (word?.length ?? 0);
      expect = after();
    }
  }
}

/** The first syntax error in `text`, or undefined if the scanner finds none. */
export function findJsonSyntaxError(text: string): JsonSyntaxError | undefined {
  const found = locate(text);
  if (!found) return undefined;
  const [offset, message] = found;
  const before = text.slice(0, offset);
  const lineStart = before.lastIndexOf('\n') + 1;
  return { line: before.split('\n').length, column: offset - lineStart + 1, message };
}
