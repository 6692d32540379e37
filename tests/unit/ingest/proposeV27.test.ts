/** Rules version 27: the two heads who sign, named by what they are. */
import { describe, expect, it } from 'vitest';
import { blank, triples } from '../../helpers/proposals';
import { propose } from '../../../src/ingest/propose';

const of = (text: string) => triples(propose(text, blank));

describe('the two heads of delegation and the two ministers who sign (rules version 27)', () => {
  const lead =
    'Ngày 21/11, tại New Delhi, Thượng tướng Vũ Thanh Sơn, Thứ trưởng Bộ Quốc phòng Việt Nam và ông Rajiv Mehra, Thứ trưởng Quốc phòng Ấn Độ đồng chủ trì Đối thoại Chính sách quốc phòng lần thứ 16. ';
  it('reads "hai Trưởng đoàn đã ký …" as signed by the two people the article names', () => {
    const t = of(lead + 'Kết thúc Đối thoại, hai Trưởng đoàn đã ký Biên bản Đối thoại Chính sách quốc phòng lần thứ 16.');
    expect(t).toEqual(
      expect.arrayContaining(['Vũ Thanh Sơn signs Biên bản Đối thoại Chính sách quốc phòng lần thứ 16', 'Rajiv Mehra signs Biên bản Đối thoại Chính sách quốc phòng lần thứ 16']),
    );
  });
  it('reads "hai Bộ trưởng đã ký …" so too', () => {
    const t = of(
      'Ngày 9/9, tại Phnôm Pênh, Đại tướng Nguyễn Đình Hưng, Bộ trưởng Bộ Quốc phòng Việt Nam hội đàm với Đại tướng Chea Sokhom, Bộ trưởng Bộ Quốc phòng Campuchia. Kết thúc hội đàm, hai Bộ trưởng đã ký Kế hoạch hợp tác quốc phòng năm 2027.',
    );
    expect(t).toEqual(expect.arrayContaining(['Nguyễn Đình Hưng signs Kế hoạch hợp tác quốc phòng năm 2027', 'Chea Sokhom signs Kế hoạch hợp tác quốc phòng năm 2027']));
  });
  it('reads "the two heads of delegation signed …" in English', () => {
    const t = of('General Tran Van Son and Mr Rajiv Mehra co-chaired the 16th Defence Policy Dialogue in New Delhi. The two heads of delegation signed a Memorandum of Understanding on Military Training.');
    expect(t).toEqual(
      expect.arrayContaining(['Tran Van Son signs Memorandum of Understanding on Military Training', 'Rajiv Mehra signs Memorandum of Understanding on Military Training']),
    );
  });
  it('reads no signer when the article names only one person', () => {
    const t = of('Ngày 9/9, Đại tướng Nguyễn Đình Hưng tiếp Đoàn đại biểu Bộ Quốc phòng Campuchia. Kết thúc buổi tiếp, hai Trưởng đoàn đã ký Biên bản ghi nhớ.');
    expect(t.filter((x) => x.includes(' signs '))).toEqual([]);
  });
});

describe('a host named with a bare title in the chain, and a donor before its verb (rules version 27)', () => {
  it('reads "Đại tướng Chea Sokhom, Phó Thủ tướng, Bộ trưởng Bộ Quốc phòng …" as his office past the bare title', () => {
    const t = of('Nhận lời mời của Đại tướng Chea Sokhom, Phó Thủ tướng, Bộ trưởng Bộ Quốc phòng Vương quốc Campuchia, Đoàn đại biểu Bộ Quốc phòng Việt Nam đã thăm chính thức Campuchia.');
    expect(t).toContain('Chea Sokhom holds_role Bộ trưởng Bộ Quốc phòng Vương quốc Campuchia');
  });
  it('ends a ministry before "tài trợ" ("Bộ Quốc phòng Hoa Kỳ | tài trợ …", not the word "kỳ tài")', () => {
    expect(propose('Bộ Quốc phòng Hoa Kỳ tài trợ dự án rà phá bom mìn.', blank).candidates.map((c) => c.label)).toContain('Bộ Quốc phòng Hoa Kỳ');
  });
});

