/**
 * Rules version 31: who took part, as the fifth probe of 18 unseen articles listed them once its blind figure was taken
 * ("Cùng tham gia có …", "học viên đến từ 14 nước, trong đó có …", "… cũng cử lực lượng tham gia", "responders from …
 * concluded …", "Tham gia có … của …"), and associations ("Hội …") as bodies. The sentences here are written anew.
 */
import { describe, expect, it } from 'vitest';
import { blank, labels, triples } from '../../helpers/proposals';
import { propose } from '../../../src/ingest/propose';

const of = (text: string) => triples(propose(text, blank));

describe('who took part, in the lists the fifth probe showed (rules version 31)', () => {
  it('reads every body after "Cùng tham gia có …"', () => {
    const t = of('Ngày 2/6, INTERPOL mở chiến dịch Bình Minh 2027. Cùng tham gia có Cảnh sát Hoàng gia Malaysia, Cảnh sát Quốc gia Lào và Cơ quan Cảnh sát Quốc gia Nhật Bản.');
    expect(t).toEqual(expect.arrayContaining(['Cảnh sát Hoàng gia Malaysia participates_in chiến dịch Bình Minh 2027', 'Cơ quan Cảnh sát Quốc gia Nhật Bản participates_in chiến dịch Bình Minh 2027']));
  });
  it('reads the states named of a count of trainees ("… đến từ 14 nước, trong đó có A, B và C")', () => {
    const t = of('Ngày 3/4, Khóa tập huấn ứng phó sự cố sinh học khai giảng tại Hà Nội với 28 học viên đến từ 12 nước, trong đó có Lào, Myanmar và Nepal.');
    expect(t).toEqual(expect.arrayContaining(['Lào participates_in Khóa tập huấn ứng phó sự cố sinh học', 'Nepal participates_in Khóa tập huấn ứng phó sự cố sinh học']));
  });
  it('reads those who sent forces as taking part in the occasion named before, each its own body ("… và Hội …")', () => {
    const t = of('Sáng 5/5, Quân khu 5 tổ chức Diễn tập chung ứng phó thiên tai năm 2027. Công an tỉnh Quảng Nam và Hội Chữ thập đỏ tỉnh Quảng Nam cũng cử lực lượng tham gia.');
    expect(t).toEqual(expect.arrayContaining(['Công an tỉnh Quảng Nam participates_in Diễn tập chung ứng phó thiên tai năm 2027', 'Hội Chữ thập đỏ tỉnh Quảng Nam participates_in Diễn tập chung ứng phó thiên tai năm 2027']));
    expect(labels(propose('Lễ kỷ niệm diễn ra tại Hội trường Thống Nhất.', blank))).toContain('place:Hội trường Thống Nhất');
    expect(labels(propose('Hội nghị Bộ trưởng Quốc phòng ASEAN diễn ra tại Viêng Chăn.', blank))).toContain('event:Hội nghị Bộ trưởng Quốc phòng ASEAN');
  });
  it('reads "responders from A, B and C concluded Exercise X" as taking part', () => {
    expect(of('Military and civilian responders from Fiji, Tonga and Samoa concluded Exercise Pacific Shield 2027 on Friday.')).toEqual(
      expect.arrayContaining(['Fiji participates_in Exercise Pacific Shield 2027', 'Samoa participates_in Exercise Pacific Shield 2027']),
    );
  });
  it('reads the bodies after "Tham gia có … của" as taking part, and keeps "Trung tâm … quốc gia Việt Nam" whole', () => {
    const t = of('Sáng 3/4, Khóa huấn luyện ứng phó tràn dầu năm 2027 khai giảng tại Quảng Ninh. Tham gia có 30 cán bộ của Bộ đội Biên phòng tỉnh Quảng Ninh.');
    expect(t).toContain('Bộ đội Biên phòng tỉnh Quảng Ninh participates_in Khóa huấn luyện ứng phó tràn dầu năm 2027');
    expect(labels(propose('Dự án do UNDP phối hợp với Trung tâm Hành động bom mìn quốc gia Việt Nam (VNMAC) triển khai.', blank)).some((l) => l.endsWith('bom mìn quốc gia Việt Nam'))).toBe(true);
  });
});
