/** Rules version 23: sentences written to try the rules, by readers who had not seen the corpus or the rules. */
import { describe, expect, it } from 'vitest';
import { blank, labels } from '../../helpers/proposals';
import { propose } from '../../../src/ingest/propose';

describe('Vietnamese names that hold words in lower case (rules version 23)', () => {
  it('reads "Quỹ Hòa bình châu Âu" whole: a fund, and a continent named with a lower-case "châu" inside its name', () => {
    const l = labels(propose('Việt Nam và EU thảo luận về Quỹ Hòa bình châu Âu.', blank));
    expect(l).toContain('actor:Quỹ Hòa bình châu Âu');
    expect(l).not.toContain('place:châu Âu');
  });
  it('reads "Quỹ Tiền tệ Quốc tế" as a fund, and "Quy chế" as no fund', () => {
    expect(labels(propose('Quỹ Tiền tệ Quốc tế và Việt Nam tổ chức tọa đàm.', blank))).toContain('actor:Quỹ Tiền tệ Quốc tế');
    expect(labels(propose('Hai bên thông qua Quy chế phối hợp.', blank)).some((l) => l.startsWith('actor:Quy'))).toBe(false);
  });
  it('does not end a name inside a word: "Đoàn Tùy viên", not "Đoàn Tùy"', () => {
    expect(labels(propose('Đoàn Tùy viên quốc phòng các nước ASEAN đã thăm Học viện Quốc phòng.', blank))).not.toContain('actor:Đoàn Tùy');
  });
  it('keeps a rank before a name out of it, even opening a sentence: "Theo Đại tá Hồ Văn Lợi, …"', () => {
    const l = labels(propose('Theo Đại tá Hồ Văn Lợi, tuần tra song phương là biện pháp hữu hiệu.', blank));
    expect(l).toContain('actor:Hồ Văn Lợi');
    expect(l.some((x) => x.includes('Đại tá'))).toBe(false);
  });
});
