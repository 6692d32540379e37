/**
 * JSON.parse says where it failed as a character position, or, for an unexpected token, not
 * at all: people find lines and columns, so locate the error and say those.
 */
export type TextPosition = { line: number; column: number };

export function lineAndColumn(text: string, offset: number): TextPosition {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line += 1;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
// eslint-disable-next-line no-control-regex -- raw control characters are what JSON strings may not hold
const STRING = /"(?:[^"\\\u0000-\u001F]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*"/y;
const SPACE = /[ \t\n\r]*/y;

/** The offset of the first character that stops `text` from being JSON (only called on a failure). */
function errorOffset(text: string): number {
  let i = 0;
  const skip = () => {
    SPACE.lastIndex = i;
    SPACE.test(text);
    i = SPACE.lastIndex;
  };
  const match = (re: RegExp) => {
    re.lastIndex = i;
    if (!re.test(text)) throw i;
    i = re.lastIndex;
  };
  const expect = (char: string) => {
    if (text[i] !== char) throw i;
    i += 1;
  };
  const value = (): void => {
    skip();
    const c = text[i];
    if (c === '{' || c === '[') {
      const close = c === '{' ? '}' : ']';
      i += 1;
      skip();
      if (text[i] === close) {
        i += 1;
        return;
      }
      for (;;) {
        if (close === '}') {
          skip();
          match(STRING);
          skip();
          expect(':');
        }
        value();
        skip();
        if (text[i] === ',') i += 1;
        else return expect(close);
      }
    }
    if (c === '"') return match(STRING);
    for (const word of ['true', 'false', 'null']) {
      if (text.startsWith(word, i)) {
        i += word.length;
        return;
      }
    }
    match(NUMBER);
  };
  try {
    value();
    skip();
    return i;
  } catch (offset) {
    // A RangeError: nesting deeper than the stack; say nothing rather than something wrong.
    return typeof offset === 'number' ? offset : -1;
  }
}

/** Where a JSON.parse failure is (when it can be found) and what the parser said, without its character position. */
export function locateJsonError(text: string, error: unknown): Partial<TextPosition> & { detail: string } {
  const message = error instanceof Error ? error.message : String(error);
  const detail = message
    .replace(/\s*(?:in JSON )?at position \d+.*$/s, '')
    .replace(/^(Unexpected token '.*?'), .* is not valid JSON$/s, '$1')
    .replace(/^Unexpected end of JSON input$/, 'the text ends before the JSON does');
  const offset = errorOffset(text);
  return offset < 0 ? { detail } : { ...lineAndColumn(text, offset), detail };
}

/** "line 3, column 1: Expected double-quoted property name" from a JSON.parse failure. */
export function describeJsonError(text: string, error: unknown): string {
  const { line, column, detail } = locateJsonError(text, error);
  return line === undefined ? detail : `line ${line}, column ${column}: ${detail}`;
}
