import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { foldKeepLength } from '../../../src/text/fold';
import { normalizeArticle } from '../../../src/text/normalize';
import { sentenceContaining, splitSentences } from '../../../src/text/sentences';
import { isAcronym, tokenize } from '../../../src/text/tokens';

describe('sentences', () => {
  it('splits Vietnamese text into sentences with offsets', () => {
    const text = 'Hai bên ký kết. Thỏa thuận có hiệu lực!\nĐây là bước tiến mới.';
    const spans = splitSentences(text).map((s) => text.slice(s.start, s.end));
    expect(spans).toEqual(['Hai bên ký kết.', 'Thỏa thuận có hiệu lực!', 'Đây là bước tiến mới.']);
  });

  it('does not break after abbreviations such as TP., PGS.TS. or U.S.', () => {
    const text = 'Ông A sống ở TP. Hồ Chí Minh. PGS.TS. Nguyễn B nói với U.S. Navy. Hết.';
    const spans = splitSentences(text).map((s) => text.slice(s.start, s.end));
    expect(spans).toEqual(['Ông A sống ở TP. Hồ Chí Minh.', 'PGS.TS. Nguyễn B nói với U.S. Navy.', 'Hết.']);
  });
});

/** The splitter as it was: one segmenter pass over the whole text, abbreviations found by regular expressions. */
function wholeTextSentences(text: string) {
  const abbreviationEnd = /(?:^|[\s(])(?:(?:\p{Lu}{1,4}|ThS|Mr|Mrs|Ms|Dr|St)\.)+\s*$/u;
  const spans: { start: number; end: number }[] = [];
  for (const { index, segment } of new Intl.Segmenter('vi', { granularity: 'sentence' }).segment(text)) {
    const previous = spans.at(-1);
    const slice = previous && text.slice(previous.start, previous.end);
    if (previous && slice !== undefined && abbreviationEnd.test(slice) && !/\n\s*$/.test(slice)) previous.end = index + segment.length;
    else spans.push({ start: index, end: index + segment.length });
  }
  return spans
    .map(({ start, end }) => {
      while (start < end && /\s/.test(text[start]!)) start++;
      while (end > start && /\s/.test(text[end - 1]!)) end--;
      return { start, end };
    })
    .filter((s) => s.end > s.start);
}

/** Text made of what decides a sentence break: terminators, closing marks, spaces, line breaks, cases, abbreviations. */
const tricky = fc
  .array(
    fc.constantFrom('Hai bên', ' ', ' ', '.', '. ', '!', '?', '…', ')', '"', '”', '\n', '\n\n', '\u2029', 'U.S.', 'TP.', 'PGS.TS.', 'Mr.', 'ông', 'Hà', 'EU', 'a', '3', '.5', ',', '\u200b', '\u0301', '😀', '。', '(', 'ký.'),
    { maxLength: 60 },
  )
  .map((parts) => parts.join(''));

describe('sentences of a long text', () => {
  it('are the same as one pass of the segmenter over the whole text, however small the windows it is read in', () => {
    fc.assert(
      fc.property(tricky, fc.integer({ min: 4, max: 64 }), (text, window) => {
        expect(splitSentences(text, window)).toEqual(wholeTextSentences(text));
      }),
      { numRuns: 3000 },
    );
  });

  it('are found without ever handing the segmenter a long text (V8 spends time in proportion to all of it on every sentence)', () => {
    const text = Array.from({ length: 20_000 }, (_, i) => `Câu số ${i} nói về hợp tác.${i % 50 === 49 ? '\n' : ' '}`).join('');
    const segment = vi.spyOn(Intl.Segmenter.prototype, 'segment');
    try {
      expect(splitSentences(text)).toHaveLength(20_000);
      const longest = Math.max(...segment.mock.calls.map(([input]) => input.length));
      expect(longest).toBeLessThanOrEqual(8192);
    } finally {
      segment.mockRestore();
    }
  });
});

describe('folding that keeps offsets', () => {
  it('folds case, diacritics and đ one unit for one', () => {
    const text = 'Công ước Bu-đa-pét, ĐỐI THOẠI 😀 İ';
    const folded = foldKeepLength(text);
    expect(folded.length).toBe(text.length);
    expect(folded).toBe('cong uoc bu-da-pet, doi thoai 😀 i');
  });
});

describe('words', () => {
  it('keeps hyphenated syllables together and reports offsets', () => {
    const text = 'Công ước Bu-đa-pét (UNCLOS)';
    const tokens = tokenize(text);
    expect(tokens.map((t) => t.folded)).toEqual(['cong', 'uoc', 'bu-da-pet', 'unclos']);
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
  });

  it('tells acronyms from words', () => {
    expect(['EU', 'HĐBA', 'CSDP'].every(isAcronym)).toBe(true);
    expect(['Eu', 'A', 'eu', '1990'].some(isAcronym)).toBe(false);
  });
});

describe('normalizeArticle', () => {
  it('drops a byte-order mark, turns CRLF into LF and composes NFD into NFC', () => {
    const nfd = 'Việt Nam'.normalize('NFD');
    expect(normalizeArticle(`\uFEFF${nfd}\r\nHà Nội\r`)).toBe('Việt Nam\nHà Nội\n');
  });
});

describe('the sentence that holds an offset', () => {
  it('is the one a scan of the sentences finds, or -1 between them', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('Hai bên ký. ', 'A và B hợp tác!\n', '  ', 'The EU. '), { maxLength: 40 }), fc.nat(), (parts, n) => {
        const text = parts.join('');
        const spans = splitSentences(text);
        const offset = text.length === 0 ? 0 : n % (text.length + 1);
        expect(sentenceContaining(spans, offset)).toBe(spans.findIndex((s) => offset >= s.start && offset < s.end));
      }),
    );
  });
});
