// Where is a JSON file broken? JSON.parse's messages differ between browsers
// and often carry no position at all (V8 says `Unexpected token '}', "..." is
// not valid JSON`), so this small scanner finds the first error itself and
// says it as line and column. It is iterative (an explicit stack), so a file
// of a million `[` cannot overflow the call stack. Only called after
// JSON.parse has failed.

export interface JsonSyntaxError {
  line: number;
  column: number;
  message: string;
}

type Expect = 'value' | 'valueOrEnd' | 'key' | 'keyOrEnd' | 'colon' | 'commaOrEnd' | 'done';

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const HEX4 = /[0-9a-fA-F]{4}/y;

function show(text: string, i: number): string {
  const c = text.codePointAt(i) ?? 0;
  if (c < 0x20 || c === 0x7f) return `U+${c.toString(16).toUpperCase().padStart(4, '0')}`;
  if (c === 0x22) return `'"'`;
  return `"${String.fromCodePoint(c)}"`;
}

function hint(text: string, i: number): string {
  if (text.startsWith('//', i) || text.startsWith('/*', i))
    return ' (comments are not allowed in JSON)';
  if (text[i] === "'") return ' (JSON needs double quotes)';
  return '';
}

/** Index after the string that starts at `i`, or an error message with its index. */
function scanString(text: string, i: number): number | [number, string] {
  for (let j = i + 1; j < text.length; j++) {
    const c = text.charCodeAt(j);
    if (c === 0x22) return j + 1;
    if (c < 0x20) return [j, 'a line break or control character inside text; write it as \\n'];
    if (c === 0x5c) {
      const e = text[j + 1];
      if (e === 'u') {
        HEX4.lastIndex = j + 2;
        if (!HEX4.test(text)) return [j, 'a \\u escape needs four hex digits'];
        j += 5;
      } else if (e !== undefined && '"\\/bfnrt'.includes(e)) {
        j += 1;
      } else {
        return [j, `unknown escape ${e === undefined ? '\\' : `\\${e}`} in text`];
      }
    }
  }
  return [i, 'this text is never closed with a "'];
}

function locate(text: string): [number, string] | undefined {
  const stack: string[] = [];
  let expect: Expect = 'value';
  let i = 0;
  const after = (): Expect => (stack.length > 0 ? 'commaOrEnd' : 'done');
  for (;;) {
    while (i < text.length && ' \t\n\r'.includes(text.charAt(i))) i++;
    if (i >= text.length) {
      if (expect === 'done') return undefined;
      if (stack.length === 0 && i === 0) return [0, 'the file is empty'];
      const closer = stack.at(-1) === '{' ? '}' : ']';
      return [
        i,
        `the file ends too early${stack.length ? ` (a closing ${closer} is missing)` : ''}`,
      ];
    }
    const c = text.charAt(i);
    if (expect === 'done') return [i, `unexpected ${show(text, i)} after the end of the data`];
    if (expect === 'colon') {
      if (c !== ':') return [i, `expected ":" after the property name, found ${show(text, i)}`];
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
        return [i, `expected "," or "${closer}", found ${show(text, i)}${hint(text, i)}`];
      }
    } else if (expect === 'key' || expect === 'keyOrEnd') {
      if (c === '}') {
        if (expect === 'key') return [i, 'a comma before "}" is not allowed in JSON'];
        stack.pop();
        i++;
        expect = after();
      } else if (c === '"') {
        const end = scanString(text, i);
        if (typeof end !== 'number') return end;
        i = end;
        expect = 'colon';
      } else {
        return [
          i,
          `expected a property name in double quotes, found ${show(text, i)}${hint(text, i)}`,
        ];
      }
    } else if (c === ']' && expect === 'valueOrEnd') {
      stack.pop();
      i++;
      expect = after();
    } else if (c === ']' && stack.at(-1) === '[') {
      return [i, 'a comma before "]" is not allowed in JSON'];
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
        return [i, `expected a value, found ${show(text, i)}${hint(text, i)}`];
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
