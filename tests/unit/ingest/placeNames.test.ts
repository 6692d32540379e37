/**
 * The English name proposed for a place a Vietnamese article names, so that the curator need not type it: the English
 * exonym where the press spells the place its own way; none for a place the project does not list.
 */
import { describe, expect, it } from 'vitest';
import { blank } from '../../helpers/proposals';
import { propose } from '../../../src/ingest/propose';
import { englishPlaceName } from '../../../src/ingest/placeNames';

const labelOf = (text: string, label: string) => propose(text, blank).candidates.find((c) => c.label === label)?.labelEn;

describe('English names of places in a Vietnamese article', () => {
  it('proposes the English exonym of a place the Vietnamese press spells its own way', () => {
    expect(labelOf('Ngày 8/5, tại thành phố Viêng Chăn, hai bên đã hội đàm.', 'Viêng Chăn')).toBe('Vientiane');
    expect(labelOf('Đoàn đã thăm Warszawa và làm việc với Bộ Quốc phòng Ba Lan.', 'Warszawa')).toBe('Warsaw');
  });
  it('proposes none for a place it does not list, so that Accept asks the reviewer, and none for a name of another kind', () => {
    expect(labelOf('Đoàn đã thăm tỉnh Xiêng Khoảng và làm việc với Bộ Chỉ huy Quân sự tỉnh.', 'Xiêng Khoảng')).toBeUndefined();
    expect(englishPlaceName('Hà Nội')).toBe('Hanoi');
    expect(labelOf('Bộ Quốc phòng Việt Nam đã ký bản ghi nhớ.', 'Bộ Quốc phòng Việt Nam')).toBeUndefined();
  });
});
