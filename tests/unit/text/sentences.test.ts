import { describe, expect, it } from 'vitest';
import { foldKeepLength } from '../../../src/text/fold';
import { normalizeArticle } from '../../../src/text/normalize';
import { splitSentences } from '../../../src/text/sentences';
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
