/**
 * Rules version 39: who took part, in the lists and clauses that version 38 passed over (a count of partner states before
 * their names, an observer, the instructors' delegation and its head, a delegation's relative clause), and names that ran
 * together or were cut. The sentences here are written anew.
 */
import { describe, expect, it } from 'vitest';
import { blank, candidate, triples } from '../../helpers/proposals';
import { propose } from '../../../src/ingest/propose';

const of = (text: string) => triples(propose(text, blank));

describe('who took part (rules version 39)', () => {
  it('reads a count of partner states before their names, and leaders of "10 nước ASEAN" described in more than five words', () => {
    const t = of('Bộ Quốc phòng tổ chức Hội nghị An ninh hàng hải khu vực với sự tham gia của lãnh đạo hải quân 10 nước ASEAN, Ban Thư ký ASEAN và 6 nước đối tác gồm Nhật Bản, Hàn Quốc và New Zealand.');
    for (const who of ['ASEAN', 'Ban Thư ký ASEAN', 'Nhật Bản', 'Hàn Quốc', 'New Zealand']) expect(t).toContain(`${who} participates_in Hội nghị An ninh hàng hải khu vực`);
    // (An organisation is no part of its own secretariat, listed after it.)
    expect(t).not.toContain('ASEAN part_of Ban Thư ký ASEAN');
  });

  it('reads no abbreviation listed before a state as part of it: "đại diện ASEAN, Nhật Bản"', () => {
    const t = of('Bộ Công an tổ chức Hội thảo phòng, chống ma túy với sự tham gia của đại diện UNODC, Campuchia.');
    expect(t).toContain('UNODC participates_in Hội thảo phòng, chống ma túy');
    expect(t).toContain('Campuchia participates_in Hội thảo phòng, chống ma túy');
    expect(t).not.toContain('UNODC part_of Campuchia');
  });

  it('reads an observer, with no occasion after the verb, as taking part in the one named before', () => {
    const t = of('Khóa huấn luyện gìn giữ hòa bình khai giảng sáng nay tại Hà Nội. Đại diện Ủy ban Chữ thập đỏ quốc tế và Ban Thư ký ASEAN tham dự với tư cách quan sát viên.');
    expect(t).toContain('Ủy ban Chữ thập đỏ quốc tế participates_in Khóa huấn luyện gìn giữ hòa bình');
    expect(t).toContain('Ban Thư ký ASEAN participates_in Khóa huấn luyện gìn giữ hòa bình');
  });

  it('reads the instructors\' delegation: the body they are of, and who leads it', () => {
    const t = of('Ngày 8/4, tại Hà Nội, Học viện Quân y khai giảng Khóa tập huấn cấp cứu chiến trường. Đoàn giảng viên gồm 10 bác sĩ thuộc Lục quân Hoàng gia Thái Lan do Đại tá Somchai Rattanakorn dẫn đầu.');
    expect(t).toContain('Lục quân Hoàng gia Thái Lan participates_in Khóa tập huấn cấp cứu chiến trường');
    expect(t).toContain('Somchai Rattanakorn participates_in Khóa tập huấn cấp cứu chiến trường');
  });

  it('reads the bodies of a delegation named in its relative clause: "The Omani delegation, which included officials of …"', () => {
    const t = of('The Joint Military Cooperation Committee Meeting was held in Muscat on 12 May. The Indian delegation, which included officials of the Ministry of Defence and the Indian Coast Guard, was led by Rear Admiral Sanjay Mehta.');
    expect(t).toContain('Ministry of Defence participates_in Joint Military Cooperation Committee Meeting');
    expect(t).toContain('Indian Coast Guard participates_in Joint Military Cooperation Committee Meeting');
  });
});

describe('names (rules version 39)', () => {
  it('ends a body\'s name after an abbreviation at "and the" and another body\'s head: "the Technical Secretariat of the OPCW and the Ministry of …"', () => {
    const p = propose('The course was jointly organised by the Technical Secretariat of the OPCW and the Ministry of Defence of Brunei Darussalam.', blank);
    expect(candidate(p, 'Technical Secretariat of the OPCW')).toBeDefined();
    expect(candidate(p, 'Ministry of Defence of Brunei Darussalam')).toBeDefined();
    expect(candidate(p, 'Technical Secretariat of the OPCW and the Ministry of Defence of Brunei Darussalam')).toBeUndefined();
  });

  it('reads a cyber command whose field is in lower case whole: "Bộ Tư lệnh Tác chiến không gian mạng"', () => {
    const p = propose('Bộ Tư lệnh Tác chiến không gian mạng đã tiếp đoàn Bộ Quốc phòng Singapore.', blank);
    expect(candidate(p, 'Bộ Tư lệnh Tác chiến không gian mạng')).toBeDefined();
    expect(candidate(p, 'Bộ Tư lệnh Tác chiến')).toBeUndefined();
  });
});

describe('the occasion a word named last (rules version 39)', () => {
  it('reads "Cùng dự có …" after "chủ trì buổi lễ" as attending the ceremony, not the mission the troops leave for', () => {
    const t = of('Sáng 9/6, tại Hà Nội, Bộ Quốc phòng tổ chức lễ xuất quân cho Bệnh viện dã chiến cấp 2 số 9 đi làm nhiệm vụ tại Phái bộ UNMISS. Thượng tướng Trần Văn Nam, Thứ trưởng Bộ Quốc phòng chủ trì buổi lễ. Cùng dự có đại diện Cục Gìn giữ hòa bình Việt Nam và Đại sứ quán Nhật Bản.');
    expect(t).toContain('Đại sứ quán Nhật Bản participates_in lễ xuất quân');
    expect(t).not.toContain('Đại sứ quán Nhật Bản participates_in Phái bộ UNMISS');
  });
});

describe('what the sides agree to cooperate on (rules version 39)', () => {
  it('hangs the fields after ";" on the article\'s instrument, not on a mechanism the sides agree to keep up', () => {
    const t = of('Hai bên đã ký Bản ghi nhớ về hợp tác an ninh. Hai bên nhất trí duy trì hiệu quả cơ chế Đối thoại An ninh thường niên; thúc đẩy hợp tác trong các lĩnh vực quân y, gìn giữ hòa bình và công nghiệp quốc phòng.');
    expect(t).toContain('Bản ghi nhớ về hợp tác an ninh covers quân y');
    expect(t).toContain('Bản ghi nhớ về hợp tác an ninh covers công nghiệp quốc phòng');
    expect(t.filter((r) => r.startsWith('cơ chế Đối thoại'))).toEqual([]);
  });
});

describe('the other side of an instrument, in English (rules version 39)', () => {
  it('reads the body an instrument is signed with after its topic: "a Memorandum of Understanding on shipbuilding with …"', () => {
    const t = of('The Bangladesh Navy signed a Memorandum of Understanding on hydrography with the Indonesian Navy on Monday.');
    expect(t).toContain('Indonesian Navy party_to Memorandum of Understanding on hydrography');
    // (Not a helper named after "with the support of": only a name right after "with".)
    expect(of('The Navy signed a Memorandum of Understanding on training with the support of the European Union.').filter((r) => r.includes('European Union party_to'))).toEqual([]);
  });
});

describe('names of departments and agencies (rules version 39)', () => {
  it('reads a department whose second field is planning whole: "Cục trưởng Cục Chính sách và Kế hoạch Bộ Quốc phòng Mông Cổ"', () => {
    const p = propose('Về phía Lào có Đại tá Khamla Vongsa, Cục trưởng Cục Chính sách và Kế hoạch Bộ Quốc phòng Lào.', blank);
    expect(candidate(p, 'Cục trưởng Cục Chính sách và Kế hoạch Bộ Quốc phòng Lào')).toBeDefined();
    expect(candidate(propose('Cục Chính sách và Kế hoạch Bộ Quốc phòng Lào đã tiếp đoàn.', blank), 'Kế hoạch Bộ Quốc phòng Lào')).toBeUndefined();
    // (A year is no field of a plan: "Kế hoạch hợp tác 2027".)
    expect(candidate(propose('Hai bên ký Kế hoạch hợp tác 2027.', blank), '2027')).toBeUndefined();
  });

  it('reads a police agency named by what it does up to the ministry it is of, and a second field "và phòng, chống …" up to the sentence\'s end', () => {
    const p = propose('Dự hội đàm có đại diện Cơ quan Cảnh sát điều tra Bộ Công an, Cục Quản lý xuất nhập cảnh và Cục An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao.', blank);
    expect(candidate(p, 'Cơ quan Cảnh sát điều tra')).toBeDefined();
    expect(candidate(p, 'Cục An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao')).toBeDefined();
    // (Not what another body does: "Học viện Quốc phòng | đào tạo Bộ Quốc phòng Lào".)
    expect(candidate(propose('Học viện Quốc phòng đào tạo Bộ Quốc phòng Lào.', blank), 'Học viện Quốc phòng')).toBeDefined();
  });

  it('ends a body\'s name before what it gives another: "Bộ Quốc phòng trao quà | cho Đại sứ quán Lào"', () => {
    const p = propose('Bộ Quốc phòng trao quà cho Đại sứ quán Campuchia.', blank);
    expect(candidate(p, 'Bộ Quốc phòng')).toBeDefined();
    expect(candidate(p, 'Đại sứ quán Campuchia')).toBeDefined();
  });

  it('ends a list of fields at a clause of being or having: "…, có hiệu lực 5 năm"', () => {
    const p = propose('Văn kiện cũng đề cập hợp tác về quản lý biên giới và chống buôn lậu, có hiệu lực 3 năm kể từ ngày ký.', blank);
    expect(candidate(p, 'chống buôn lậu')).toBeDefined();
    expect(candidate(p, 'có hiệu lực 3 năm kể từ ngày ký')).toBeUndefined();
  });
});

describe('who the talks were with (rules version 39)', () => {
  it('reads "chủ trì cuộc hội đàm với ông Y" as Y taking part', () => {
    const t = of('Sáng 2/6, tại Hà Nội, Thượng tướng Lê Văn Tuấn, Thứ trưởng Bộ Công an đã chủ trì cuộc hội đàm với ông Aziz Karimov, Thứ trưởng Bộ Nội vụ Uzbekistan.');
    expect(t).toContain('Aziz Karimov participates_in cuộc hội đàm');
    expect(t).toContain('Lê Văn Tuấn chairs cuộc hội đàm');
  });
});

describe('English occasions and who took part in them (rules version 39)', () => {
  it('reads "The 3rd meeting of the X Committee (JDCC)" as the meeting, before the committee\'s own abbreviation', () => {
    const t = of('The 4th meeting of the India–Ghana Joint Defence Cooperation Committee (JDCC) was held in Accra on May 4, 2026. The meeting was co-chaired by Defence Secretary Shri Rajesh Kumar Singh and Major General Kwame Mensah.');
    expect(t).toContain('4th meeting of the India–Ghana Joint Defence Cooperation Committee held_at Accra');
    expect(t).toContain('Kwame Mensah chairs 4th meeting of the India–Ghana Joint Defence Cooperation Committee');
  });

  it('reads an exercise named after its kind ("the multilateral exercise MILAN 2026") and who takes part in it', () => {
    const t = of('The co-chairs welcomed the participation of the Ghana Navy in the multilateral exercise MILAN 2026 at Visakhapatnam.');
    expect(t).toContain('Ghana Navy participates_in MILAN 2026');
    expect(t).not.toContain('Ghana Navy supports');
    expect(of('The Royal Thai Navy took part in the exercise Pitch Black 2026 in Darwin.')).toContain('Royal Thai Navy participates_in Pitch Black 2026');
  });

  it('reads who a meeting brought together, participating navies, observers attending, delegates presenting', () => {
    const t = of('The fifth meeting of the UAE–Egypt Joint Military Committee was held in Cairo. The meeting brought together delegations of the UAE Ministry of Defence and the Ministry of Defence of the Arab Republic of Egypt.');
    expect(t).toContain('UAE Ministry of Defence participates_in fifth meeting of the UAE–Egypt Joint Military Committee');
    expect(t).toContain('Ministry of Defence of the Arab Republic of Egypt participates_in fifth meeting of the UAE–Egypt Joint Military Committee');
    const u = of('Ships from six navies have arrived in Fremantle for Exercise Western Gate 2026. Participating navies include the Royal Malaysian Navy, the Indian Navy and the French Navy. Observers from Tonga and Samoa are also attending.');
    expect(u).toContain('Exercise Western Gate 2026 held_at Fremantle');
    for (const who of ['Royal Malaysian Navy', 'Indian Navy', 'French Navy', 'Tonga', 'Samoa']) expect(u).toContain(`${who} participates_in Exercise Western Gate 2026`);
  });

  it('reads a delegation "on an official visit" and its leader as taking part in it', () => {
    const t = of('A six-member delegation of the Kenya Defence Forces, led by Brigadier General Peter Otieno, Director of Peace Support Operations, is on an official visit to Malaysia.');
    expect(t).toContain('Kenya Defence Forces participates_in official visit');
    expect(t).toContain('Peter Otieno participates_in official visit');
  });

  it('reads an instrument\'s topic in lower case as its name\'s: "a Memorandum of Understanding on the joint production of unmanned aerial systems"', () => {
    const p = propose('Milkor and Tawazun signed a Memorandum of Understanding on the joint production of armoured vehicles at IDEX 2027.', blank);
    expect(candidate(p, 'Memorandum of Understanding on the joint production of armoured vehicles')).toBeDefined();
    // (Not when what follows is when: "an Agreement on Defence Cooperation on Monday".)
    expect(candidate(propose('The two ministers signed an Agreement on Defence Cooperation on Monday.', blank), 'Agreement on Defence Cooperation')).toBeDefined();
  });

  it('ends a ministry\'s name before "and the Ministry …" when the head word is its own: "the UAE Ministry of Defence and the Ministry of Defence of …"', () => {
    const p = propose('Officials of the Egyptian Ministry of Defence and the Ministry of Defence of the Republic of Uzbekistan met in Tashkent.', blank);
    expect(candidate(p, 'Egyptian Ministry of Defence')).toBeDefined();
    expect(candidate(p, 'Ministry of Defence of the Republic of Uzbekistan')).toBeDefined();
  });
});

describe('Vietnamese bodies, offices and lists from the fourteenth probe (rules version 39)', () => {
  it('reads the ministry or the staff a department\'s name ends with as what it is part of: "Cục Quân huấn Bộ Tổng Tham mưu"', () => {
    const t = of('Tham dự có đại diện Cục Đối ngoại Bộ Công an và Cục Tác chiến Bộ Tổng Tham mưu.');
    expect(t).toContain('Cục Đối ngoại Bộ Công an part_of Bộ Công an');
    expect(t).toContain('Cục Tác chiến Bộ Tổng Tham mưu part_of Bộ Tổng Tham mưu');
  });

  it('reads the states after an office of theirs as those who attended: "của Bộ trưởng, Trưởng đoàn quốc phòng các nước A, B …"', () => {
    const t = of('Sáng 3/3, Đại tướng Phan Văn Giang dự Hội nghị Bộ trưởng Quốc phòng ASEAN hẹp. Hội nghị có sự tham dự của Bộ trưởng, Trưởng đoàn quốc phòng các nước Malaysia, Singapore và Thái Lan.');
    for (const state of ['Malaysia', 'Singapore', 'Thái Lan']) expect(t).toContain(`${state} participates_in Hội nghị Bộ trưởng Quốc phòng ASEAN hẹp`);
  });

  it('reads a numbered unit that joins a force as part of it: "Đội Công binh số 6 tham gia Lực lượng …"', () => {
    const t = of('Bộ Quốc phòng tổ chức Lễ xuất quân Đội Công binh số 6 tham gia Lực lượng Lâm thời Liên hợp quốc tại Li-băng (UNIFIL).');
    expect(t).toContain('Đội Công binh số 6 part_of Lực lượng Lâm thời Liên hợp quốc tại Li-băng');
  });
});

describe('who took part, and departments in lists, from the fourteenth probe (rules version 39)', () => {
  it('reads observers who "tham gia với tư cách quan sát viên có …", and those at "phiên tham vấn"', () => {
    const t = of('Tuần tra chung lần thứ 40 diễn ra từ ngày 3 đến 5/6. Tham gia với tư cách quan sát viên có đại diện Cảnh sát biển Việt Nam và Bộ đội Biên phòng tỉnh Kiên Giang.');
    expect(t).toContain('Cảnh sát biển Việt Nam participates_in Tuần tra chung lần thứ 40');
    expect(t).toContain('Bộ đội Biên phòng tỉnh Kiên Giang participates_in Tuần tra chung lần thứ 40');
    const u = of('Tham vấn quốc phòng Việt Nam – Hungary lần thứ ba diễn ra tại Budapest. Tham dự phiên tham vấn, về phía Việt Nam có đại diện Cục Đối ngoại, Cục Kỹ thuật Binh chủng, Tổng cục Công nghiệp quốc phòng (Bộ Quốc phòng Việt Nam).');
    expect(u).toContain('Tổng cục Công nghiệp quốc phòng participates_in Tham vấn quốc phòng Việt Nam – Hungary lần thứ ba');
    expect(u).toContain('Cục Kỹ thuật Binh chủng part_of Bộ Quốc phòng Việt Nam');
    expect(u).not.toContain('Cục Kỹ thuật Binh chủng part_of Tổng cục Công nghiệp quốc phòng');
  });

  it('reads trainees by the bodies they are officers of and where the others come from, and those who teach', () => {
    const t = of('Khóa đào tạo điều tra số năm 2026 khai giảng sáng 5/3. Khóa đào tạo diễn ra tại Hà Nội với 25 học viên là cán bộ Cục Cảnh sát hình sự, Công an tỉnh Lạng Sơn cùng 5 học viên đến từ Bộ An ninh Lào. Tham gia giảng dạy có các chuyên gia của Cục Điều tra Liên bang Hoa Kỳ.');
    for (const who of ['Cục Cảnh sát hình sự', 'Công an tỉnh Lạng Sơn', 'Bộ An ninh Lào', 'Cục Điều tra Liên bang Hoa Kỳ']) expect(t).toContain(`${who} participates_in Khóa đào tạo điều tra số năm 2026`);
    expect(t).not.toContain('Cục Cảnh sát hình sự part_of Công an tỉnh Lạng Sơn');
  });

  it('ends a body\'s name before "và" and a rank, and reads a ministry with its second field "và Sản xuất quân sự"', () => {
    const p = propose('Lễ đón diễn ra với sự tham dự của đại diện Ủy ban nhân dân tỉnh Khánh Hòa, Cục Đối ngoại Bộ Quốc phòng và Đại tá Rajesh Nair.', blank);
    expect(candidate(p, 'Cục Đối ngoại Bộ Quốc phòng')).toBeDefined();
    expect(candidate(propose('Thượng tướng Mohamed Zaki, Bộ trưởng Bộ Quốc phòng và Sản xuất quân sự Ai Cập, phát biểu.', blank), 'Bộ trưởng Bộ Quốc phòng và Sản xuất quân sự Ai Cập')).toBeDefined();
  });
});

describe('a course named by its field and level (rules version 39)', () => {
  it('reads "an Explosive Ordnance Disposal Level 3 course" as the course, and "The course, organised by …" as pointing back to it', () => {
    const t = of('Engineers of the Australian Army spent a month in Laos, where they delivered an Explosive Ordnance Disposal Level 2 course. The course, organised by the Australian Army in partnership with UXO Lao, was held in Xieng Khouang province.');
    expect(t).toContain('Explosive Ordnance Disposal Level 2 course held_at Xieng Khouang province');
    expect(t).toContain('Australian Army chairs Explosive Ordnance Disposal Level 2 course');
  });
});

describe('what the review of version 39 found (rules version 39)', () => {
  it('ends an instrument\'s topic at a second verb, at when and where, and leaves a list of fields after a comma to be covered', () => {
    const t = of('The two sides signed a Memorandum of Understanding on defence cooperation and held talks on regional issues.');
    expect(t.some((r) => r.includes('held talks covers') || r.includes('covers held talks'))).toBe(false);
    expect(candidate(propose('Vietnam and India signed a Memorandum of Understanding on military education yesterday.', blank), 'Memorandum of Understanding on military education')).toBeDefined();
    expect(of('The Coast Guard signed a Memorandum of Understanding on marine pollution response, search and rescue.')).toContain('Memorandum of Understanding covers search and rescue');
  });

  it('places no occasion where ships arrived for it when the sentence says where it is held, and takes no destination as one who took part', () => {
    expect(of('INS Tabar arrived in Salalah on Sunday for the Indian Ocean Naval Symposium, which will be held in Doha next week.')).not.toContain('Indian Ocean Naval Symposium held_at Salalah');
    const t = of('The Indian Army contingent left for Kazakhstan to take part in the joint military exercise Prabal Dostyk 2026.');
    expect(t).toContain('Indian Army participates_in Prabal Dostyk 2026');
    expect(t).not.toContain('Kazakhstan participates_in Prabal Dostyk 2026');
  });

  it('keeps the committee a numbered meeting is of as a name, a joint committee as neither state\'s, and a dialogue\'s round with its sides', () => {
    const p = propose('The 5th meeting of the India–Kenya Joint Defence Cooperation Committee (JDCC) was held in Dar es Salaam on 9 March 2026.', blank);
    expect(candidate(p, 'India–Kenya Joint Defence Cooperation Committee')).toBeDefined();
    expect(candidate(p, 'Dar es Salaam')).toBeDefined();
    expect(triples(p)).not.toContain('India–Kenya Joint Defence Cooperation Committee part_of India');
    const t = of('The 3rd meeting of the Defence Policy Dialogue (DPD) between Japan and the Philippines was held in Tokyo.');
    expect(t.some((r) => r.startsWith('Japan participates_in'))).toBe(true);
  });

  it('reads a numbered command whole: "Bộ Tư lệnh 86"', () => {
    expect(candidate(propose('Bộ Tư lệnh 86 phối hợp với Bộ Tư lệnh Tác chiến không gian mạng Hàn Quốc tổ chức diễn tập.', blank), 'Bộ Tư lệnh 86')).toBeDefined();
  });
});

describe('observers and teachers come to the occasion, not to its ceremony (rules version 39)', () => {
  it('reads "Tham gia với tư cách quan sát viên có …" and "Tham gia giảng dạy có …" past a ceremony named since', () => {
    const t = of('Từ ngày 2 đến 5/6, hai bên tổ chức Tuần tra chung lần thứ 41 trên vùng biển giáp ranh. Lễ khai mạc diễn ra sáng 2/6 tại Phú Quốc. Tham gia với tư cách quan sát viên có đại diện Cảnh sát biển Việt Nam.');
    expect(t).toContain('Cảnh sát biển Việt Nam participates_in Tuần tra chung lần thứ 41');
    expect(t).not.toContain('Cảnh sát biển Việt Nam participates_in Lễ khai mạc');
    const u = of('Khóa đào tạo điều tra số năm 2027 bế giảng sáng 5/3. Dự lễ bế giảng có ông Park Min-ho. Tham gia giảng dạy có các chuyên gia của Cục Điều tra Liên bang Hoa Kỳ.');
    expect(u).toContain('Cục Điều tra Liên bang Hoa Kỳ participates_in Khóa đào tạo điều tra số năm 2027');
  });
});
