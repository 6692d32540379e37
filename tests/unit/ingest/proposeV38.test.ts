/**
 * Rules version 38: names of bodies that version 37 cut (a police department named by the sentences it enforces, a
 * ministry's second field, a directorate whose abbreviation is its own language's). The sentences here are written anew.
 */
import { describe, expect, it } from 'vitest';
import { blank, candidate, triples } from '../../helpers/proposals';
import { propose } from '../../../src/ingest/propose';

const of = (text: string) => triples(propose(text, blank));

describe('names of bodies (rules version 38)', () => {
  it('reads "Cục Cảnh sát thi hành án hình sự và hỗ trợ tư pháp" whole: enforcing sentences is no "implements", and a second field after "và" is the name\'s', () => {
    const t = of('Cục Cảnh sát thi hành án hình sự và hỗ trợ tư pháp, Bộ Công an đã trao đổi kinh nghiệm với đoàn Cơ quan Cải huấn Singapore.');
    expect(t).toContain('Cục Cảnh sát thi hành án hình sự và hỗ trợ tư pháp part_of Bộ Công an');
    // (A lower-case run that no comma, bracket or state closes is still no name: "… và hỗ trợ các nước" is a clause.)
    const p = propose('Cục Cảnh sát hình sự và hỗ trợ các nước trong khu vực phòng chống ma túy.', blank);
    expect(candidate(p, 'Cục Cảnh sát hình sự và hỗ trợ các nước')).toBeUndefined();
  });

  it('reads a minister\'s office whole when the ministry has a second field after "và": Singapore\'s, Australia\'s', () => {
    const t = of('Bộ trưởng Bộ Phát triển Kỹ thuật số và Thông tin Singapore Josephine Teo phát biểu khai mạc hội nghị.');
    expect(t).toContain('Josephine Teo holds_role Bộ trưởng Bộ Phát triển Kỹ thuật số và Thông tin Singapore');
    expect(t).toContain('Bộ Phát triển Kỹ thuật số và Thông tin Singapore part_of Singapore');
    expect(of('Chiều 4/3, Bộ trưởng Bộ Ngoại giao và Thương mại Australia Penny Wong hội đàm với người đồng cấp Việt Nam.')).toContain(
      'Penny Wong holds_role Bộ trưởng Bộ Ngoại giao và Thương mại Australia',
    );
  });

  it('reads a directorate whose abbreviation is of its French name whole, up to its last field: "Tổng cục Quan hệ quốc tế và Chiến lược (DGRIS)"', () => {
    const p = propose('Thiếu tướng Nguyễn Văn Bình đã tiếp đoàn Tổng cục Quan hệ quốc tế và Chiến lược (DGRIS) thuộc Bộ Quân đội Pháp.', blank);
    expect(candidate(p, 'Tổng cục Quan hệ quốc tế và Chiến lược')).toBeDefined();
    expect(candidate(p, 'Chiến lược')).toBeUndefined();
    // (A convention after "và" is still a second name: "các nước ASEAN và Công ước ASEAN về chống khủng bố (ACCT)".)
    expect(candidate(propose('Hội nghị nhắc lại cam kết của các nước ASEAN và Công ước ASEAN về chống khủng bố (ACCT).', blank), 'Công ước ASEAN về chống khủng bố')).toBeDefined();
  });
});

describe('names of events, offices and people (rules version 38)', () => {
  it('reads an exercise named by a field whose first word alone is capitalised, right after its head: "Diễn tập Tìm kiếm cứu nạn trên biển"', () => {
    const p = propose('Lực lượng hải quân hai nước tham gia Diễn tập Tìm kiếm cứu nạn trên biển năm 2026 tại Khánh Hòa.', blank);
    expect(candidate(p, 'Diễn tập Tìm kiếm cứu nạn trên biển năm 2026')).toBeDefined();
    expect(candidate(p, 'Diễn tập Tìm kiếm')).toBeUndefined();
  });

  it('reads a Commonwealth navy\'s "Flag Officer Commanding-in-Chief" as an office of the command it names', () => {
    const t = of('Vice Admiral Arun Mehta, Flag Officer Commanding-in-Chief of the Western Naval Command, hosted the delegation in Mumbai.');
    expect(t).toContain('Arun Mehta holds_role Flag Officer Commanding-in-Chief of the Western Naval Command');
  });

  it('reads a short given name over its full stop, neither ending the sentence nor the name: "Jose Ma. Ramirez", "Mohd. Anuar Rahman"', () => {
    expect(candidate(propose('Navy chief Vice Admiral Carlos Ma. Dizon opened the exercise in Subic Bay.', blank), 'Carlos Ma. Dizon')).toBeDefined();
    expect(candidate(propose('Brigadier General Mohd. Anuar Rahman led the Malaysian delegation.', blank), 'Mohd. Anuar Rahman')).toBeDefined();
    // ("Md." is also Maryland's, and may end a sentence: "… at Annapolis, Md. The U.S. Naval Academy hosted …".)
    expect(candidate(propose('The workshop was held at Annapolis, Md. The U.S. Naval Academy hosted cadets from 12 countries.', blank), 'U.S. Naval Academy')).toBeDefined();
  });

  it('reads a demining group or an NGO named for its country as no part of that state', () => {
    const t = of('The Swedish Demining Group, a Swedish NGO, cleared 40 hectares in Quang Binh last year.');
    expect(t).not.toContain('Swedish Demining Group part_of Sweden');
    // (A ministry whose name holds the letters "ngo" is still its state's: "Bộ Ngoại giao Việt Nam".)
    expect(of('Đại diện Bộ Ngoại giao Việt Nam dự lễ bàn giao.')).toContain('Bộ Ngoại giao Việt Nam part_of Việt Nam');
  });
});

describe('who took part (rules version 38)', () => {
  it('reads both sides of talks named as the subject: "A và B đã hội đàm tại …", and then what "hai bên" support', () => {
    const t = of('Ngày 12/6, Bộ Quốc phòng Việt Nam và Bộ Quốc phòng Chile đã hội đàm tại Santiago. Hai bên khẳng định ủng hộ Công ước của Liên Hợp Quốc về Luật Biển.');
    expect(t).toContain('Bộ Quốc phòng Việt Nam participates_in hội đàm');
    expect(t).toContain('Bộ Quốc phòng Chile participates_in hội đàm');
    expect(t).toContain('Bộ Quốc phòng Chile supports Công ước của Liên Hợp Quốc về Luật Biển');
    // (The words after the meeting end no list item: "… và đấu tranh với tội phạm lừa đảo trực tuyến" stays one field.)
    const p = propose('Hai bên nhất trí hợp tác trong các lĩnh vực: chống ma túy, an ninh mạng và đấu tranh với tội phạm lừa đảo trực tuyến.', blank);
    expect(candidate(p, 'lừa đảo trực tuyến')).toBeUndefined();
  });
});

describe('bodies of bodies (rules version 38)', () => {
  it('reads the body an English body\'s name says it is of, after "of the", as what it is part of', () => {
    expect(of('The Sixth Committee of the United Nations General Assembly adopted the draft without a vote.')).toContain(
      'Sixth Committee of the United Nations General Assembly part_of United Nations General Assembly',
    );
    expect(of('The Legal Service of the European Commission gave its opinion.')).toContain('Legal Service of the European Commission part_of European Commission');
    // (Not where the article names that body by a shorter name its own ends with: that is the same body.)
    const t = of('The Sixth Committee of the United Nations General Assembly adopted the draft. The General Assembly will vote in December.');
    expect(t).not.toContain('United Nations General Assembly part_of General Assembly');
  });
});

describe('a working group\'s session and its co-chairs\' full offices (rules version 38)', () => {
  const text =
    'Sáng 9/10, tại Hà Nội, Phiên họp lần thứ hai Nhóm công tác chung Việt Nam – Ghana về an ninh biển đã diễn ra dưới sự đồng chủ trì của Thiếu tướng Trần Văn Hải, Phó Tư lệnh Bộ Tư lệnh Cảnh sát biển nước Cộng hòa xã hội chủ nghĩa Việt Nam và ông Kwame Mensah, Thư ký Bộ Nội vụ và Hành chính Quốc gia nước Cộng hòa Ghana. Tham dự có ông Kofi Boateng, Đại sứ Ghana tại Malaysia kiêm nhiệm Việt Nam.';
  it('reads a capitalised "Phiên họp" as the head of the session\'s name, which the co-chairs chair', () => {
    const t = of(text);
    expect(t).toContain('Phiên họp lần thứ hai Nhóm công tác chung Việt Nam – Ghana về an ninh biển held_at Hà Nội');
    expect(t).toContain('Kwame Mensah chairs Phiên họp lần thứ hai Nhóm công tác chung Việt Nam – Ghana về an ninh biển');
  });
  it('reads an office whole through "nước" and a state\'s full name, a ministry\'s "và Hành chính …", an envoy\'s "kiêm nhiệm"', () => {
    const t = of(text);
    expect(t).toContain('Trần Văn Hải holds_role Phó Tư lệnh Bộ Tư lệnh Cảnh sát biển nước Cộng hòa xã hội chủ nghĩa Việt Nam');
    expect(t).toContain('Kwame Mensah holds_role Thư ký Bộ Nội vụ và Hành chính Quốc gia nước Cộng hòa Ghana');
    expect(t).toContain('Kofi Boateng holds_role Đại sứ Ghana tại Malaysia kiêm nhiệm Việt Nam');
  });
  it('ends a body\'s name at its state, before what it is ready to do: "Cơ quan Cảnh sát Quốc gia Ghana | sẵn sàng cử …"', () => {
    const p = propose('Ông Mensah cho biết Cơ quan Cảnh sát Quốc gia Ghana sẵn sàng cử học viên sang Việt Nam.', blank);
    expect(candidate(p, 'Cơ quan Cảnh sát Quốc gia Ghana')).toBeDefined();
  });
});

describe('a joint statement about a partnership (rules version 38)', () => {
  it('reads "Tuyên bố chung về tăng cường quan hệ Đối tác Chiến lược giữa nước … và nước …" whole, with both states as parties', () => {
    const t = of('Hai nước đã ra Tuyên bố chung về tăng cường quan hệ Đối tác Chiến lược giữa nước Cộng hòa xã hội chủ nghĩa Việt Nam và nước Cộng hòa Uzbekistan.');
    const name = 'Tuyên bố chung về tăng cường quan hệ Đối tác Chiến lược giữa nước Cộng hòa xã hội chủ nghĩa Việt Nam và nước Cộng hòa Uzbekistan';
    expect(t).toContain(`Cộng hòa Uzbekistan party_to ${name}`);
    expect(t).toContain(`Cộng hòa xã hội chủ nghĩa Việt Nam party_to ${name}`);
    expect(of('Hai nước ra Tuyên bố chung về làm sâu sắc quan hệ Đối tác Toàn diện Việt Nam – Uzbekistan.')).toContain(
      'Uzbekistan party_to Tuyên bố chung về làm sâu sắc quan hệ Đối tác Toàn diện Việt Nam – Uzbekistan',
    );
  });
});

describe('a partnership\'s aim, and a visit welcomed (rules version 38)', () => {
  it('reads what a partnership is for as part of its name: "… vì hòa bình và thịnh vượng tại châu Á và trên thế giới giữa A và B"', () => {
    const t = of('Chuyến thăm diễn ra trong khuôn khổ Quan hệ Đối tác Chiến lược Toàn diện vì hòa bình và thịnh vượng tại châu Á và trên thế giới giữa Việt Nam và Nhật Bản.');
    const name = 'Quan hệ Đối tác Chiến lược Toàn diện vì hòa bình và thịnh vượng tại châu Á và trên thế giới giữa Việt Nam và Nhật Bản';
    expect(t).toContain(`Nhật Bản party_to ${name}`);
    // (Where it is for is no place the visit was held, nor a region the partnership is about.)
    expect(t.some((r) => r.includes('châu Á held_at') || r.endsWith('held_at châu Á') || r.includes('concerns_region'))).toBe(false);
  });
  it('reads no support from a visit welcomed: "hoan nghênh chuyến thăm", "welcomed the visit"', () => {
    const t = of('Thượng tướng Nguyễn Văn Nam hoan nghênh chuyến thăm chính thức Việt Nam của Đô đốc Sato Hiroshi.');
    expect(t.filter((r) => r.includes(' supports '))).toEqual([]);
    // (What is welcomed otherwise is still supported: "hoan nghênh Sáng kiến …".)
    expect(of('Việt Nam hoan nghênh Sáng kiến Vành đai an ninh biển của Nhật Bản.').some((r) => r.startsWith('Việt Nam supports Sáng kiến'))).toBe(true);
  });
});

describe('a body of a body, after "của", and a parliament that ratifies (rules version 38)', () => {
  it('reads the body a Vietnamese body\'s name says it is of as what it is part of: "… của Lực lượng Vũ trang Na Uy"', () => {
    const t = of('Phía Phần Lan thông báo Trung tâm Huấn luyện Quốc tế của Lực lượng Phòng vệ Phần Lan sẽ dành 3 suất học bổng.');
    expect(t).toContain('Trung tâm Huấn luyện Quốc tế của Lực lượng Phòng vệ Phần Lan part_of Lực lượng Phòng vệ Phần Lan');
    expect(t).toContain('Lực lượng Phòng vệ Phần Lan part_of Phần Lan');
  });
  it('reads no parliament as a party to what it ratifies: "Quốc hội đã biểu quyết phê chuẩn Hiệp định …"', () => {
    const t = of('Ủy ban Đối ngoại của Quốc hội đã thẩm tra Hiệp định. Chiều 18/6, Quốc hội đã phê chuẩn Hiệp định giữa Việt Nam và Chile về hợp tác quốc phòng.');
    expect(t.filter((r) => r.startsWith('Quốc hội party_to'))).toEqual([]);
    expect(t).toContain('Ủy ban Đối ngoại của Quốc hội part_of Quốc hội');
  });
});

describe('a course by its head alone (rules version 38)', () => {
  it('reads "Khóa huấn luyện …" after the course\'s name as that course, though a headline named it in other words', () => {
    const t = of('Khai giảng khóa huấn luyện rà phá bom mìn cho học viên Campuchia. Sáng 3/11, Trung tâm VNMAC khai giảng Khóa huấn luyện quốc tế về rà phá bom mìn nhân đạo năm 2026. Khóa huấn luyện kéo dài bốn tuần. Giảng viên là các chuyên gia của Trường Công binh Lục quân Hàn Quốc.');
    expect(t).toContain('Trường Công binh Lục quân Hàn Quốc participates_in Khóa huấn luyện quốc tế về rà phá bom mìn nhân đạo năm 2026');
    expect(t.some((r) => r.endsWith(' Khóa huấn luyện'))).toBe(false);
  });
});

describe('an English release\'s "the Meeting" (rules version 38)', () => {
  it('reads a capitalised head word alone after "the" as the occasion of that kind named last before it', () => {
    // (Though the headline names it in other words: two events hold "Meeting".)
    const t = of(
      'ARF Inter-Sessional Meeting on Counter-Terrorism convenes in Vientiane\n\nBANGKOK, 4 April 2026 – The 9th ASEAN Regional Forum Inter-Sessional Meeting on Counter-Terrorism (ARF ISM on CT) was held on 2–3 April 2026 in Vientiane, Laos. The Meeting was co-chaired by Laos and Japan, and was attended by representatives of ARF participants. Opening the Meeting, Mr Somchai Vong, Director-General of the ASEAN Department, spoke.',
    );
    expect(t).toContain('Japan chairs 9th ASEAN Regional Forum Inter-Sessional Meeting on Counter-Terrorism');
    expect(t.some((r) => r.endsWith(' Meeting'))).toBe(false);
  });
});

describe('English workshop names and formal state names (rules version 38)', () => {
  it('reads what a workshop\'s topic protects from as its name\'s, and its town at the clause\'s end as where it is held', () => {
    const t = of('UNODC today opened a Regional Workshop on Protecting Critical Infrastructure from Terrorist Attacks in Almaty.');
    expect(t).toContain('Regional Workshop on Protecting Critical Infrastructure from Terrorist Attacks held_at Almaty');
  });
  it('reads "the State of Qatar" as Qatar, as "the Kingdom of Saudi Arabia" is Saudi Arabia', () => {
    const t = of('The course is funded by the State of Qatar.');
    expect(t.filter((r) => r.includes(' part_of '))).toEqual([]);
    expect(of('The course is funded by the State of Qatar and the Kingdom of Saudi Arabia through UNCCT.').filter((r) => r.includes(' part_of '))).toEqual([]);
  });
});

describe('what the reviewer\'s texts found worse, mended (rules version 38)', () => {
  it('reads no support from a welcomed visit, not even of the next name; a disaster programme ("Thảm họa") is still supported', () => {
    expect(of('Thượng tướng Hoàng Xuân Lộc hoan nghênh chuyến thăm của đoàn Bộ Quốc phòng Ấn Độ.').filter((r) => r.includes(' supports '))).toEqual([]);
    expect(of('India welcomed the visit by Indonesian Navy ships to Port Blair.').filter((r) => r.includes(' supports '))).toEqual([]);
    expect(of('Việt Nam ủng hộ Chương trình Quản lý Thảm họa ASEAN.')).toContain('Việt Nam supports Chương trình Quản lý Thảm họa ASEAN');
    expect(of('Indonesia supports the Regional Maritime Visit Programme proposed by Australia.')).toContain('Indonesia supports Regional Maritime Visit Programme');
  });
  it('reads the partnership a joint statement is about, and its parties, as well as the statement', () => {
    expect(of('Thủ tướng hai nước đã thông qua Tuyên bố chung về tăng cường quan hệ Đối tác Toàn diện Việt Nam – New Zealand.')).toContain(
      'New Zealand party_to Đối tác Toàn diện Việt Nam – New Zealand',
    );
  });
  it('reads no body of people or of a ministry\'s portfolio after "of the", and keeps state foundations their state\'s', () => {
    expect(of('Staff of the Office of the United Nations High Commissioner for Refugees briefed the delegation.').filter((r) => r.includes(' part_of '))).toEqual([]);
    expect(of('The French Ministry of the Armed Forces co-organised the dialogue.')).toEqual(['French Ministry of the Armed Forces part_of France']);
    expect(of('The U.S. National Science Foundation funded the research.')).toContain('U.S. National Science Foundation part_of U.S.');
    // (A department named by its field too is a body of the one after "of the": "Military Medical Department of the …".)
    expect(of('A team from the Military Medical Department of the Royal Thai Army presented.')).toContain('Military Medical Department of the Royal Thai Army part_of Royal Thai Army');
  });
});

describe('a list of fields in a ministry\'s name (rules version 38)', () => {
  it('reads "Bộ Điều phối Chính trị, Pháp luật và An ninh Indonesia" whole: "Pháp luật" (law) is a word, no France', () => {
    expect(of('Tham dự có đại diện Bộ Điều phối Chính trị, Pháp luật và An ninh Indonesia.')).toContain('Bộ Điều phối Chính trị, Pháp luật và An ninh Indonesia part_of Indonesia');
    // (France in a list of states is still France: "Ủy ban Quốc phòng, Pháp và Anh".)
    expect(candidate(propose('Tham dự có đại diện Ủy ban Quốc phòng, Pháp và Anh.', blank), 'Pháp')).toBeDefined();
  });
});

describe('degrees before a name, and a corporation\'s abbreviation (rules version 38)', () => {
  it('reads "Thiếu tướng, PGS, TS Vũ Đình Trọng" as the person, the degrees no name of their own', () => {
    const p = propose('Tham dự có Đại tá, PGS, TS Trần Văn Phúc, Phó Cục trưởng Cục Quân y.', blank);
    expect(triples(p)).toContain('Trần Văn Phúc holds_role Phó Cục trưởng Cục Quân y');
    expect(candidate(p, 'PGS')).toBeUndefined();
  });
  it('reads a corporation its abbreviation follows after "và" as a name of its own: "Công ty Aselsan và Tập đoàn … Thổ Nhĩ Kỳ (TUSAŞ)"', () => {
    const p = propose('Tham dự có đại diện hơn 30 doanh nghiệp, trong đó có Công ty Roketsan và Tập đoàn Hàng không vũ trụ Thổ Nhĩ Kỳ (TUSAŞ).', blank);
    expect(candidate(p, 'Công ty Roketsan')).toBeDefined();
    expect(candidate(p, 'Tập đoàn Hàng không vũ trụ Thổ Nhĩ Kỳ')).toBeDefined();
  });
});

describe('English offices and people of the region (rules version 38)', () => {
  it('reads a "Director of X of the Y" as part of Y, leading X, not heading Y', () => {
    const t = of('Colonel Ahmad Faizal, Director of Logistics of the Malaysian Armed Forces, attended the ceremony.');
    expect(t).toContain('Director of Logistics of the Malaysian Armed Forces part_of Malaysian Armed Forces');
    expect(t.filter((r) => r.includes(' heads '))).toEqual([]);
  });
  it('reads a rank\'s qualifier in brackets and a Malay name with its father\'s: "Brigadier General (Dr) Hajah Noraini binti Haji Abdul Rahman"', () => {
    const t = of('Brigadier General (Dr) Hajah Siti Aminah binti Haji Abdul Karim, Director of Medical Services of the Royal Brunei Armed Forces, opened the course.');
    expect(t).toContain('Hajah Siti Aminah binti Haji Abdul Karim holds_role Director of Medical Services of the Royal Brunei Armed Forces');
    expect(of('Sri Lanka was represented by Rear Admiral (Retd) Chaminda Silva, Additional Secretary of the Ministry of Defence.')).toContain(
      'Chaminda Silva holds_role Additional Secretary of the Ministry of Defence',
    );
  });
});

describe('who opened an occasion, and who also attended it, in English (rules version 38)', () => {
  it('reads "Opening the Meeting, Mr X, …" and "The ceremony was also attended by …" as taking part', () => {
    const t = of('The 4th ASEAN Regional Forum Workshop on Maritime Law was held in Manila. Opening the Workshop, Ms Maria Santos, Director-General of the ASEAN Department, welcomed the delegates.');
    expect(t).toContain('Maria Santos participates_in 4th ASEAN Regional Forum Workshop on Maritime Law');
    const u = of('A handover ceremony was held at Henderson on Friday. The ceremony was also attended by the Deputy Commander of the Royal Australian Navy.');
    expect(u.some((r) => r.startsWith('Deputy Commander of the Royal Australian Navy participates_in'))).toBe(true);
  });
});
