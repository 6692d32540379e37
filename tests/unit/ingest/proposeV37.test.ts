/**
 * Rules version 37: what version 36 left rough — bodies joined by "and", names the press writes in sentence case (a
 * ministry's "vận tải", a project's topic), and the "tải" of a ministry's name read as "tại". The sentences here are written anew.
 */
import { describe, expect, it } from 'vitest';
import { blank, candidate, triples } from '../../helpers/proposals';
import { propose } from '../../../src/ingest/propose';

const of = (text: string) => triples(propose(text, blank));

describe('names (rules version 37)', () => {
  it('reads a body complete with its head and an organisation of one word after "and" as two: "the EU Military Staff and Europol"', () => {
    const p = propose('The workshop brought together the European Union Military Staff and Europol with police officers from Laos.', blank);
    expect(candidate(p, 'European Union Military Staff')).toBeDefined();
    expect(candidate(p, 'Europol')).toBeDefined();
    expect(candidate(p, 'European Union Military Staff and Europol')).toBeUndefined();
    // (A name with an "and" of its own stays whole.)
    expect(candidate(propose('Officers of the Australian Command and Staff College met the Joint Staff and Interpol.', blank), 'Australian Command and Staff College')).toBeDefined();
  });

  it('reads a ministry named with its portfolio in lower case whole, and as its state\'s: "Bộ Giao thông vận tải Philippines"', () => {
    const t = of('Đoàn đã làm việc với Bộ Giao thông vận tải Philippines tại Manila.');
    expect(t).toContain('Bộ Giao thông vận tải Philippines part_of Philippines');
    expect(t).toContain('Bộ Giao thông vận tải Philippines located_in Manila');
    expect(of('Lãnh đạo Bộ Nông nghiệp và Phát triển nông thôn Lào đã tiếp đoàn.')).toContain('Bộ Nông nghiệp và Phát triển nông thôn Lào part_of Lào');
  });

  it('reads a project named in sentence case with its topic: "Dự án Tăng cường năng lực thực thi pháp luật trên biển"', () => {
    expect(of('Hội thảo nhận được sự hỗ trợ của Dự án Tăng cường năng lực thực thi pháp luật trên biển do Nhật Bản tài trợ.')).toContain(
      'Nhật Bản supports Dự án Tăng cường năng lực thực thi pháp luật trên biển',
    );
    expect(of('Hàn Quốc tài trợ cho Dự án Xây dựng năng lực gìn giữ hòa bình do UNDP triển khai.')).toContain('UNDP implements Dự án Xây dựng năng lực gìn giữ hòa bình');
    // (Its place stays in its name, as before.)
    expect(of('Canada viện trợ cho Dự án Khắc phục hậu quả bom mìn tại tỉnh Quảng Bình.')).toContain('Dự án Khắc phục hậu quả bom mìn tại tỉnh Quảng Bình concerns_region Quảng Bình');
  });
});

describe('who took part, as releases list it (rules version 37)', () => {
  it('reads those a delegation included or a side comprised, after "representatives of", "officials from"', () => {
    const t = of('The 4th EU–Viet Nam Security and Defence Dialogue was held in Hanoi on 2 June. The EU delegation included representatives of the European Defence Agency and the EU Military Staff. The Vietnamese side comprised officials from the Ministry of Public Security and the Viet Nam Coast Guard.');
    for (const body of ['European Defence Agency', 'EU Military Staff', 'Ministry of Public Security', 'Viet Nam Coast Guard']) expect(t).toContain(`${body} participates_in 4th EU–Viet Nam Security and Defence Dialogue`);
  });
  it('reads the states named among those a course brought together, the bodies whose officers formed its groups, and who addressed its opening', () => {
    const t = of('The 2nd Regional Course on Maritime Law opened in Accra on Monday. It brought together 30 officers from 12 states, among them Ghana, Togo and Benin. Officers of the Ghana Navy and the Togolese Navy formed the largest groups. The opening was addressed by Rear Admiral Kofi Mensah, Chief of the Naval Staff, and Ms Ana Ruiz, Head of the EU Delegation.');
    for (const end of ['Ghana', 'Togo', 'Benin', 'Ghana Navy', 'Togolese Navy', 'Kofi Mensah', 'Ana Ruiz']) expect(t).toContain(`${end} participates_in 2nd Regional Course on Maritime Law`);
  });
  it('reads whose ships or divers completed an exercise, who sent observers, and whose observers attended', () => {
    const t = of('Minehunters from the Royal Danish Navy and the Estonian Navy on Friday completed Exercise Baltic Sweep 2026. Observers from the Swedish Navy attended the final phase. Finland and Norway sent observers.');
    for (const end of ['Royal Danish Navy', 'Estonian Navy', 'Swedish Navy', 'Finland', 'Norway']) expect(t).toContain(`${end} participates_in Exercise Baltic Sweep 2026`);
  });
  it('reads those who came after "Tham dự có lãnh đạo", "Tham gia tham vấn có đại diện", "Tham gia đoàn … có đại diện"', () => {
    const navies = of('Hội nghị Tư lệnh Lực lượng Bảo vệ bờ biển ASEAN lần thứ 3 diễn ra tại Manila. Tham dự có lãnh đạo Cảnh sát biển Việt Nam, Cơ quan Thực thi pháp luật hàng hải Malaysia và Cảnh sát biển Indonesia.');
    for (const body of ['Cảnh sát biển Việt Nam', 'Cơ quan Thực thi pháp luật hàng hải Malaysia', 'Cảnh sát biển Indonesia']) expect(navies).toContain(`${body} participates_in Hội nghị Tư lệnh Lực lượng Bảo vệ bờ biển ASEAN lần thứ 3`);
    const talks = of('Tham vấn Chính sách Quốc phòng Việt Nam – Hungary lần thứ 2 diễn ra tại Budapest. Tham gia tham vấn có đại diện Cục Kinh tế, Cục Khoa học quân sự.');
    expect(talks).toContain('Cục Kinh tế participates_in Tham vấn Chính sách Quốc phòng Việt Nam – Hungary lần thứ 2');
    const delegation = of('Đối thoại Chiến lược Quốc phòng Việt Nam – Ấn Độ lần thứ 15 diễn ra tại New Delhi. Tham gia đoàn Việt Nam có đại diện Cục Đối ngoại và Cục Quân y.');
    expect(delegation).toContain('Cục Quân y participates_in Đối thoại Chiến lược Quốc phòng Việt Nam – Ấn Độ lần thứ 15');
    // ("Tham dự Hội nghị có …" names the meeting itself, as before.)
    expect(of('Hội nghị Quan chức Quốc phòng cấp cao ASEAN diễn ra tại Vientiane. Tham dự Hội nghị có bộ trưởng các nước là Lào, Campuchia và Thái Lan.')).toContain('Thái Lan participates_in Hội nghị Quan chức Quốc phòng cấp cao ASEAN');
  });
});

describe('names and what they state (rules version 37)', () => {
  it('reads a state\'s adjective of two words inside a body\'s name, but not a state\'s own name that ends it', () => {
    const t = of('The course was held at the Sri Lankan Defence Services College with support from the South African Department of Defence.');
    expect(t).toContain('Sri Lankan Defence Services College part_of Sri Lanka');
    expect(t).toContain('South African Department of Defence part_of South Africa');
    expect(of('Mr Ellery praised Viet Nam\'s work as ASEAN Country Coordinator for New Zealand.')).not.toContain('ASEAN Country Coordinator for New Zealand part_of New Zealand');
  });
  it('reads the states a triangular cooperation is named by as its parties', () => {
    const t = of('The course is part of the Thailand–Cambodia–Laos Demining Triangular Cooperation.');
    for (const state of ['Thailand', 'Cambodia', 'Laos']) expect(t).toContain(`${state} party_to Thailand–Cambodia–Laos Demining Triangular Cooperation`);
    // (So does a programme named by two states' adjectives, when the article names the states.)
    const adjectives = of('Denmark and Norway renewed the Danish-Norwegian Naval Training Programme on Monday.');
    for (const state of ['Denmark', 'Norway']) expect(adjectives).toContain(`${state} party_to Danish-Norwegian Naval Training Programme`);
  });
  it('names nothing with a verb\'s "-ing" that opens a sentence, and gives what "the two sides" discussed to the occasion, not to what they built on', () => {
    const p = propose('The second EU–Malaysia Security Dialogue took place in Kuala Lumpur on Monday. Building on the EU Strategy for Cooperation in the Indo-Pacific, the two sides discussed maritime security and crisis management.', blank);
    expect(candidate(p, 'Building on the EU Strategy for Cooperation in the Indo-Pacific')).toBeUndefined();
    const t = triples(p);
    expect(t).toContain('second EU–Malaysia Security Dialogue covers maritime security');
    expect(t).not.toContain('EU Strategy for Cooperation in the Indo-Pacific covers maritime security');
  });
});

describe('ceremonies and who belongs to a state (rules version 37)', () => {
  it('reads who attended "Dự lễ có …" at the ceremony named before, not at the mission its troops leave for, and ends a ceremony\'s name before "có"', () => {
    const send = of('Sáng nay, Bộ Quốc phòng tổ chức Lễ xuất quân Đội Công binh số 3 làm nhiệm vụ tại Lực lượng Lâm thời Bảo an Liên hợp quốc tại Abyei. Dự lễ có bà Lena Berg, Đại sứ Thụy Điển tại Việt Nam.');
    expect(send).toContain('Lena Berg participates_in Lễ xuất quân');
    expect(send).not.toContain('Lena Berg participates_in Lực lượng Lâm thời Bảo an Liên hợp quốc tại Abyei');
    const opened = propose('Khóa tập huấn rà phá bom mìn năm 2026 khai giảng tại Huế. Dự lễ khai giảng có Đại tá Trần Văn Minh, Chỉ huy trưởng.', blank);
    expect(candidate(opened, 'lễ khai giảng có')).toBeUndefined();
    expect(triples(opened)).toContain('Trần Văn Minh participates_in lễ khai giảng');
  });
  it('gives the forces taking part to the exercise, not to its opening ceremony named in the sentence before', () => {
    const t = of('Diễn tập Cứu hộ ASEAN 2026 khai mạc tại Nha Trang. Dự lễ khai mạc có Thượng tướng Phan Văn Giang. Lực lượng tham gia gồm các đơn vị của Quân đội Nhân dân Lào và Quân đội Hoàng gia Thái Lan.');
    expect(t).toContain('Quân đội Hoàng gia Thái Lan participates_in Diễn tập Cứu hộ ASEAN 2026');
    expect(t).not.toContain('Quân đội Hoàng gia Thái Lan participates_in lễ khai mạc');
  });
  it('makes no association or aid group part of the state its name holds', () => {
    expect(of('Hiệp hội Công nghiệp Quốc phòng Ba Lan đã ký thỏa thuận.')).not.toContain('Hiệp hội Công nghiệp Quốc phòng Ba Lan part_of Ba Lan');
    expect(of("Danish People's Aid sent two trainers.")).not.toContain("Danish People's Aid part_of Denmark");
    expect(of('Bộ Quốc phòng Ba Lan đã ký thỏa thuận.')).toContain('Bộ Quốc phòng Ba Lan part_of Ba Lan');
  });
});

describe('an event named by its field (rules version 37)', () => {
  it('takes a field written with its first word alone capitalised whole into an event\'s name', () => {
    const p = propose('Diễn tập thực địa Tìm kiếm cứu nạn ADMM+ năm 2027 khai mạc tại Quy Nhơn.', blank);
    expect(triples(p)).toContain('Diễn tập thực địa Tìm kiếm cứu nạn ADMM+ năm 2027 held_at Quy Nhơn');
    expect(candidate(p, 'Diễn tập thực địa Tìm kiếm')).toBeUndefined();
  });
});

describe('where and on what (rules version 37)', () => {
  it('reads where a delegation attended an occasion when the sentence opens with the place', () => {
    expect(of('Từ ngày 8 đến 10/10, tại Jakarta (Indonesia), đoàn đại biểu Bộ Quốc phòng Việt Nam do Thượng tướng Hoàng Xuân Chiến dẫn đầu đã tham dự Hội nghị Quan chức Quốc phòng cấp cao ASEAN.')).toContain(
      'Hội nghị Quan chức Quốc phòng cấp cao ASEAN held_at Jakarta',
    );
    // (Not where a meeting the delegation will go on to is named with its own place.)
    expect(of('Ngày 4/3, tại Hà Nội, Bộ trưởng Phan Văn Giang tiếp đoàn Lào trước khi đoàn sang dự Hội nghị ADMM lần thứ 19 tại Viêng Chăn.')).not.toContain('Hội nghị ADMM lần thứ 19 held_at Hà Nội');
  });
  it('reads the fields of "các biện pháp" a meeting discussed', () => {
    const t = of('Hội nghị Cảnh sát biển ASEAN lần thứ 4 khai mạc tại Nha Trang. Hội nghị tập trung thảo luận các biện pháp phòng, chống ma túy và mua bán người.');
    expect(t).toContain('Hội nghị Cảnh sát biển ASEAN lần thứ 4 covers mua bán người');
  });
});

describe('a body\'s portfolio after "of" (rules version 37)', () => {
  it('reads "Department of Political Affairs, Peace and Security" whole, but not a ministry and the states listed after its comma', () => {
    const p = propose('Ms Adaeze Obi, an officer of the AU Commission\'s Department of Political Affairs, Peace and Security, spoke.', blank);
    expect(candidate(p, 'Department of Political Affairs, Peace and Security')).toBeDefined();
    const states = propose('The Ministry of Defence, Japan and Australia signed the plan.', blank);
    expect(candidate(states, 'Ministry of Defence')).toBeDefined();
    expect(candidate(states, 'Australia')).toBeDefined();
  });
});

describe('what a reviewer\'s texts found (rules version 37)', () => {
  it('reads no participants from what others formed, from observers sent to another year or denied, nor from another occasion attended', () => {
    const exercise = 'Exercise Cope Thunder 2026 opened in Clark on Monday. ';
    expect(of(`${exercise}Officers of the Thai Police and the Lao Army formed a joint unit last year.`)).not.toContain('Lao Army participates_in Exercise Cope Thunder 2026');
    expect(of(`${exercise}Neither Poland nor Estonia sent observers.`)).not.toContain('Estonia participates_in Exercise Cope Thunder 2026');
    expect(of(`${exercise}Last year, Chile and Peru sent observers.`)).not.toContain('Peru participates_in Exercise Cope Thunder 2026');
    expect(of(`${exercise}Representatives from the Indonesian Air Force attended the final planning conference in May.`)).not.toContain('Indonesian Air Force participates_in Exercise Cope Thunder 2026');
    expect(of(`${exercise}Observers from the Royal Air Force attended the opening.`)).toContain('Royal Air Force participates_in Exercise Cope Thunder 2026');
  });
  it('keeps "Staff" after "and" in the name before it, and a body named by a list its head closes whole', () => {
    expect(candidate(propose('The course was organised by the EU Military Committee and Staff in Brussels.', blank), 'Staff')).toBeUndefined();
    expect(candidate(propose('The UK delegation included staff of the Foreign, Commonwealth and Development Office.', blank), 'Foreign, Commonwealth and Development Office')).toBeDefined();
  });
  it('takes no inspection team for a delegation to the occasion named before', () => {
    const t = of('Hội nghị Quân chính Quân khu 7 năm 2026 diễn ra ngày 2/1. Tuần sau, Tham gia đoàn kiểm tra có đại diện Cục Quân huấn và Cục Tác chiến.');
    expect(t).not.toContain('Cục Tác chiến participates_in Hội nghị Quân chính Quân khu 7 năm 2026');
  });
});
