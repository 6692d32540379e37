/**
 * Rules version 32: who spoke at an occasion took part in it ("Phát biểu khai mạc, X …", "X phát biểu bế mạc hội nghị",
 * "Dự và phát biểu tại buổi lễ có …", "X delivered the opening remarks"); courses named "Khóa bồi dưỡng …"; and names that
 * ended too early or too late ("Cục Cảnh sát hình sự | phối hợp …", "Đại sứ quán Hoa Kỳ | cùng dự …"). The sentences here
 * are written anew.
 */
import { describe, expect, it } from 'vitest';
import { blank, labels, triples } from '../../helpers/proposals';
import { propose } from '../../../src/ingest/propose';

const of = (text: string) => triples(propose(text, blank));

describe('who spoke at an occasion (rules version 32)', () => {
  it('reads "Phát biểu khai mạc, X, …" as X taking part in the occasion named before', () => {
    const t = of('Ngày 4/5, Bộ Công an tổ chức Hội thảo quốc tế về phòng, chống mua bán người. Phát biểu khai mạc, Trung tướng Đỗ Minh Hà, Thứ trưởng Bộ Công an, cho biết tội phạm ngày càng tinh vi.');
    expect(t).toContain('Đỗ Minh Hà participates_in Hội thảo quốc tế về phòng, chống mua bán người');
  });
  it('reads "X, office, phát biểu khai mạc; Y cùng dự" as both taking part', () => {
    const t = of('Sáng 9/9, Học viện Biên phòng khai giảng Khóa bồi dưỡng nghiệp vụ biên phòng cho sĩ quan Lào. Thiếu tướng Hồ Văn Lâm, Giám đốc Học viện Biên phòng, phát biểu khai giảng; ông Khamphan Sisouk, Tùy viên Quốc phòng Lào, cùng dự.');
    expect(t).toEqual(expect.arrayContaining(['Hồ Văn Lâm participates_in Khóa bồi dưỡng nghiệp vụ biên phòng', 'Khamphan Sisouk participates_in Khóa bồi dưỡng nghiệp vụ biên phòng']));
  });
  it('reads "X phát biểu bế mạc hội nghị" with the meeting it names', () => {
    expect(of('Hội nghị Chỉ huy Cảnh sát biển ASEAN lần thứ 5 diễn ra tại Hạ Long. Trung tướng Vũ Trọng Đức phát biểu bế mạc hội nghị.')).toContain(
      'Vũ Trọng Đức participates_in Hội nghị Chỉ huy Cảnh sát biển ASEAN lần thứ 5',
    );
  });
  it('reads "Dự và phát biểu tại buổi lễ có …" as who attended', () => {
    expect(of('Lễ bàn giao Trạm radar biển diễn ra tại Phú Quốc. Dự và phát biểu tại buổi lễ có Đại tá Ngô Quang Vinh, Chính ủy Vùng 5 Hải quân.')).toContain('Ngô Quang Vinh participates_in Lễ bàn giao');
  });
  it('reads "X delivered the opening remarks" as X taking part in the occasion named before', () => {
    expect(of('The ASEAN Regional Forum Workshop on Maritime Safety opened in Manila on Monday. Rear Admiral Jose Cruz delivered the opening remarks.')).toContain(
      'Jose Cruz participates_in ASEAN Regional Forum Workshop on Maritime Safety',
    );
    expect(of('The Pacific Coast Guard Forum met in Suva. Delegations from Tonga and Samoa attended, alongside observers from Japan.')).toEqual(
      expect.arrayContaining(['Tonga participates_in Pacific Coast Guard Forum', 'Japan participates_in Pacific Coast Guard Forum']),
    );
  });
  it('does not take a speech for taking part in the mission a departure ceremony names', () => {
    const t = of('Bộ Quốc phòng tổ chức Lễ xuất quân cho Đội Công binh số 8 đi làm nhiệm vụ tại Phái bộ Nam Sudan (UNMISS). Phát biểu giao nhiệm vụ, Thượng tướng Lý Văn Sơn yêu cầu đơn vị chấp hành nghiêm kỷ luật.');
    expect(t).not.toContain('Lý Văn Sơn participates_in Phái bộ Nam Sudan');
  });
});

describe('names that ended in the wrong place (rules version 32)', () => {
  it('keeps an agency named in lower case whole before what it does ("Cục Cảnh sát hình sự | phối hợp …")', () => {
    expect(labels(propose('Cục Cảnh sát kinh tế phối hợp với Cảnh sát Liên bang Australia điều tra đường dây rửa tiền.', blank))).toContain('actor:Cục Cảnh sát kinh tế');
    expect(labels(propose('Học viện Hậu cần không ngừng mở rộng hợp tác với Học viện Quân sự Hoàng gia Campuchia.', blank))).toContain('actor:Học viện Hậu cần');
  });
  it('ends a body at its state before "cùng" ("Đại sứ quán Hoa Kỳ | cùng dự"), and keeps the state', () => {
    const l = labels(propose('Đại sứ quán Hoa Kỳ cùng dự lễ bàn giao.', blank));
    expect(l).toEqual(expect.arrayContaining(['actor:Đại sứ quán Hoa Kỳ', 'actor:Hoa Kỳ']));
  });
  it('does not take "Đại diện" into the name of the office it represents', () => {
    expect(labels(propose('Đại diện Văn phòng Liên hợp quốc về Phòng chống Khủng bố (UNOCT) cùng dự hội thảo.', blank))).toContain('actor:Văn phòng Liên hợp quốc về Phòng chống Khủng bố');
  });
});
