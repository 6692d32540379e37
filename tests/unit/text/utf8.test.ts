import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeUtf8 } from '../../../src/text/utf8';

const strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const valid = (bytes: Uint8Array) => {
  try {
    strict.decode(bytes);
    return true;
  } catch {
    return false;
  }
};
const encode = (text: string) => new TextEncoder().encode(text);
const join = (...parts: (Uint8Array | number[])[]) => new Uint8Array(parts.flatMap((p) => [...p]));

/** Text with every width of UTF-8 character: ASCII, Vietnamese, CJK, emoji. */
const text = fc.array(fc.constantFrom('a', ' ', '\n', 'ệ', 'Đ', 'ư', '中', '\u200b', '😀', '\u{10ffff}', '\uffff'), { maxLength: 30 }).map((cs) => cs.join(''));

/**
 * Byte sequences that cannot start a character, one per kind of mistake in the Unicode
 * standard's table of well-formed UTF-8 (Table 3-7).
 */
const BROKEN: [string, number[]][] = [
  ['a lone continuation byte', [0x80]],
  ['a continuation byte at the top of its range', [0xbf]],
  ['C0, always an overlong lead', [0xc0, 0x80]],
  ['C1, always an overlong lead', [0xc1, 0xbf]],
  ['an overlong three-byte form', [0xe0, 0x80, 0x80]],
  ['a UTF-16 surrogate', [0xed, 0xa0, 0x80]],
  ['the last surrogate', [0xed, 0xbf, 0xbf]],
  ['an overlong four-byte form', [0xf0, 0x80, 0x80, 0x80]],
  ['past U+10FFFF', [0xf4, 0x90, 0x80, 0x80]],
  ['F5, never a lead', [0xf5, 0x80, 0x80, 0x80]],
  ['FF, never in UTF-8', [0xff]],
  ['a two-byte character cut short', [0xc3]],
  ['a three-byte character cut short', [0xe1, 0xbb]],
  ['a four-byte character cut short', [0xf0, 0x9f, 0x98]],
  ['a lead followed by ASCII', [0xe1, 0x41]],
];

/** Mostly well-formed bytes with mistakes and random fragments among them: random bytes alone fail at once. */
const nearlyUtf8 = fc
  .array(fc.oneof(text.map(encode), fc.constantFrom(...BROKEN.map(([, bytes]) => new Uint8Array(bytes))), fc.uint8Array({ maxLength: 4 })), { maxLength: 8 })
  .map((parts) => join(...parts));

describe('strict UTF-8 decoding', () => {
  it('decodes every valid text, and keeps a byte-order mark for the caller', () => {
    fc.assert(
      fc.property(text, (s) => {
        expect(decodeUtf8(encode(s))).toEqual({ text: s });
      }),
    );
    expect(decodeUtf8(encode('\ufeffViệt'))).toEqual({ text: '\ufeffViệt' });
  });

  it.each(BROKEN)('names the offset of %s, wherever it stands', (_name, broken) => {
    fc.assert(
      fc.property(text, text, (before, after) => {
        const prefix = encode(before);
        // ASCII after the mistake, so that a cut-short character is not completed by what follows.
        expect(decodeUtf8(join(prefix, broken, encode(`x${after}`)))).toEqual({ badByte: prefix.length });
        expect(decodeUtf8(join(prefix, broken))).toEqual({ badByte: prefix.length });
      }),
    );
  });

  it('on any bytes: valid exactly when the platform decoder says so; else everything before the offset decodes and the character there does not', () => {
    fc.assert(
      fc.property(nearlyUtf8, (bytes) => {
        const result = decodeUtf8(bytes);
        if (valid(bytes)) {
          expect(result).toEqual({ text: strict.decode(bytes) });
          return;
        }
        expect(result).toHaveProperty('badByte');
        const at = (result as { badByte: number }).badByte;
        expect(at).toBeGreaterThanOrEqual(0);
        expect(at).toBeLessThan(bytes.length);
        expect(valid(bytes.slice(0, at))).toBe(true);
        expect(valid(bytes.slice(0, at + 4))).toBe(false);
      }),
      { numRuns: 2000 },
    );
  });
});
