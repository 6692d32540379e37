/** The English label a new entity is proposed with: one the project knows, or none, so that the reviewer is asked. */
import { describe, expect, it } from 'vitest';
import { buildKnowledge, propose } from '../../../src/ingest/propose';

const blank = buildKnowledge([], []);
const englishOf = (text: string, label: string) => {
  const c = propose(text, blank).candidates.find((c) => c.label === label);
  expect(c, label).toBeDefined();
  return c!.labelEn;
};

describe('a new entity’s English label', () => {
  it('is a state’s English name in a Vietnamese article, not its Vietnamese name copied', () => {
    // "Ba Lan" and "Na Uy" are written in Latin letters without diacritics, but they are no English names.
    const vi = 'Phía Ba Lan chia sẻ về tình hình an ninh ở châu Âu. Phía Na Uy đã đến Hà Nội và gặp đại diện của Lào.';
    expect(englishOf(vi, 'Ba Lan')).toBe('Poland');
    expect(englishOf(vi, 'Na Uy')).toBe('Norway');
    expect(englishOf(vi, 'Lào')).toBe('Laos');
    // A place the project lists by its English name (data/place-names.json); one it has no English for: none, so that Accept
    // asks the reviewer.
    expect(englishOf(vi, 'Hà Nội')).toBe('Hanoi');
    expect(englishOf('Đoàn đã thăm tỉnh Xiêng Khoảng và làm việc với Bộ Chỉ huy Quân sự tỉnh.', 'Xiêng Khoảng')).toBeUndefined();
  });

  it('is the name as written in an English article', () => {
    const en = 'The delegation of Poland held talks in Cairo on Monday.';
    expect(englishOf(en, 'Poland')).toBe('Poland');
    expect(englishOf(en, 'Cairo')).toBe('Cairo');
  });
});
