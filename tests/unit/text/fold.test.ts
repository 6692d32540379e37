import { describe, expect, it } from 'vitest';
import { foldForSearch, toneKey } from '../../../src/text/fold';
import { isNfc, toNfc } from '../../../src/text/normalize';
import { findOccurrences } from '../../../src/text/locate';

describe('foldForSearch', () => {
  it.each([
    ['An ninh mạng', 'an ninh mang'],
    ['Công ước Bu-đa-pét', 'cong uoc bu da pet'],
    ['ĐẠI DIỆN CẤP CAO', 'dai dien cap cao'],
    ['Châu Á – Thái Bình Dương', 'chau a thai binh duong'],
    ['  EU  ', 'eu'],
  ])('folds %j to %j', (input, expected) => {
    expect(foldForSearch(input)).toBe(expected);
  });

  it('gives the same key for NFC and NFD input', () => {
    const nfc = 'Quốc phòng';
    expect(foldForSearch(nfc.normalize('NFD'))).toBe(foldForSearch(nfc));
  });
});

describe('NFC helpers', () => {
  it('recognises decomposed Vietnamese as not NFC and composes it', () => {
    const nfd = 'Việt Nam'.normalize('NFD');
    expect(isNfc(nfd)).toBe(false);
    expect(isNfc(toNfc(nfd))).toBe(true);
    expect(toNfc(nfd)).toBe('Việt Nam');
  });
});

describe('findOccurrences', () => {
  it('finds every occurrence, overlapping ones included', () => {
    expect(findOccurrences('aaa', 'aa')).toEqual([0, 1]);
    expect(findOccurrences('an ninh mạng, an ninh', 'an ninh')).toEqual([0, 14]);
    expect(findOccurrences('abc', '')).toEqual([]);
  });
});

describe('toneKey', () => {
  it('keeps a Vietnamese word’s tone wherever the mark stands, and case aside', () => {
    expect(toneKey('Uỷ')).toBe(toneKey('ủy'));
    expect(toneKey('hoà')).toBe(toneKey('hòa'));
    expect(toneKey('Trường')).not.toBe(toneKey('trưởng'));
    expect(toneKey('bà')).not.toBe(toneKey('ba'));
  });
});
