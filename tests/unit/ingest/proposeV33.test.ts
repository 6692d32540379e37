/**
 * Rules version 33: who else attended, said after the occasion in the ways English releases say it ("Among the
 * participating agencies were …", "Also participating were …", "They were joined by …", "X was represented by …"); a
 * ceremony its kind names and a numbered meeting named by its body as occasions of their own; operations named in
 * quotation marks; a minister whose portfolio is a body's name. The sentences here are written anew.
 */
import { describe, expect, it } from 'vitest';
import { blank, candidate, triples } from '../../helpers/proposals';
import { propose } from '../../../src/ingest/propose';

const of = (text: string) => triples(propose(text, blank));

describe('who else attended, said after the occasion (rules version 33)', () => {
  it('reads "Among the participating agencies were A, B and C"', () => {
    const t = of('Operation Coral Net ran for six weeks in the Sulu Sea. Among the participating agencies were the Royal Malaysia Police, the Indonesian National Police and the Philippine Coast Guard.');
    expect(t).toEqual(expect.arrayContaining(['Royal Malaysia Police participates_in Operation Coral Net', 'Indonesian National Police participates_in Operation Coral Net', 'Philippine Coast Guard participates_in Operation Coral Net']));
  });
  it('reads "Also participating were X, office, and Y, office"', () => {
    const t = of('The Fourth Japan–Philippines Vice-Ministerial Strategic Dialogue was held in Manila. Also participating were Kenji Sato, Director-General of the Defence Policy Bureau, and Maria Santos, Assistant Secretary for Strategic Assessment.');
    expect(t).toEqual(expect.arrayContaining(['Kenji Sato participates_in Fourth Japan–Philippines Vice-Ministerial Strategic Dialogue', 'Maria Santos participates_in Fourth Japan–Philippines Vice-Ministerial Strategic Dialogue']));
  });
  it('reads "They were joined by …" after the chairs of the occasion', () => {
    const t = of('The 6th France–Indonesia Defence Dialogue was held in Paris. The dialogue was co-chaired by Claire Morel and Agus Wibowo. They were joined by the Chief of Staff of the Indonesian Navy, Admiral Hendra Kusuma.');
    expect(t).toEqual(expect.arrayContaining(['Claire Morel chairs 6th France–Indonesia Defence Dialogue', 'Hendra Kusuma participates_in 6th France–Indonesia Defence Dialogue']));
  });
  it('reads "the EU was represented by X" and "The Thai side was headed by Y" as taking part', () => {
    const t = of('The 12th ARF Inter-Sessional Meeting on Counter-Terrorism was held in Vientiane. The Thai side was headed by Mr Somchai Prasert, Director-General of the Department of ASEAN Affairs, while the EU was represented by Ms Ilse Vermeer, Head of Division for Counter-Terrorism.');
    expect(t).toEqual(expect.arrayContaining(['Somchai Prasert participates_in 12th ARF Inter-Sessional Meeting on Counter-Terrorism', 'Ilse Vermeer participates_in 12th ARF Inter-Sessional Meeting on Counter-Terrorism']));
  });
  it('reads "X also took part, bringing …" and "attended … together with representatives of …"', () => {
    expect(of('Exercise Southern Shield 2027 opened in Darwin. The Fiji Navy also took part, bringing two patrol boats.')).toContain('Fiji Navy participates_in Exercise Southern Shield 2027');
    const t = of('A signing ceremony was held in Jakarta on Monday. Anna Lind, Deputy Director for Asia at the Swedish Ministry for Foreign Affairs, attended the ceremony together with representatives of the embassies of Finland and Denmark.');
    expect(t).toEqual(expect.arrayContaining(['Anna Lind participates_in signing ceremony', 'Finland participates_in signing ceremony', 'Denmark participates_in signing ceremony']));
  });
  it('reads navies that "operated together during" an exercise as taking part in it', () => {
    expect(of('Both sides noted that the Royal Thai Navy and the Indian Navy had operated together during Exercise Ocean Bridge in March.')).toEqual(
      expect.arrayContaining(['Royal Thai Navy participates_in Exercise Ocean Bridge', 'Indian Navy participates_in Exercise Ocean Bridge']),
    );
  });
});

describe('occasions the article names in lower case (rules version 33)', () => {
  it('reads "The opening ceremony was attended by …" as an occasion of its own, not the exercise', () => {
    const t = of('Exercise Himalayan Dawn began in Uttarakhand on Monday. The opening ceremony was attended by Lieutenant General Rajesh Menon and Major General Kenta Ono.');
    expect(t).toEqual(expect.arrayContaining(['Rajesh Menon participates_in opening ceremony', 'Kenta Ono participates_in opening ceremony']));
    expect(t).not.toContain('Rajesh Menon participates_in Exercise Himalayan Dawn');
  });
  it('still reads a bare "the ceremony" as the one named before', () => {
    expect(of('A handover ceremony was held at Cam Ranh on Friday. The ceremony was attended by Rear Admiral Tran Van Long.')).toContain('Tran Van Long participates_in handover ceremony');
  });
  it('names a numbered meeting by its body, and gives it its chairs', () => {
    const text = 'Officials met in Nairobi for the fourteenth meeting of the EU–AU Joint Consultative Committee on Peace and Security. The meeting was co-chaired by Paolo Ricci and Amina Diallo.';
    expect(candidate(propose(text, blank), 'fourteenth meeting of the EU–AU Joint Consultative Committee on Peace and Security')?.kind).toBe('event');
    expect(of(text)).toEqual(expect.arrayContaining(['Paolo Ricci chairs fourteenth meeting of the EU–AU Joint Consultative Committee on Peace and Security', 'Amina Diallo chairs fourteenth meeting of the EU–AU Joint Consultative Committee on Peace and Security']));
  });
  it('reads an operation named in quotation marks after "code-named" as an event, and who coordinated it', () => {
    const text = 'The operation, code-named "Silver Tide", ran from May to July and was coordinated by the ASEANAPOL Secretariat.';
    expect(candidate(propose(text, blank), 'Silver Tide')?.kind).toBe('event');
    expect(of(text)).toContain('ASEANAPOL Secretariat leads Silver Tide');
  });
  it('reads "chiến dịch mang tên “…”" as an event, and "Tham gia chiến dịch có …" as who took part', () => {
    const t = of('Bộ Công an phát động chiến dịch mang tên “Mùa Xuân Sạch” từ tháng 2. Tham gia chiến dịch có Cục Cảnh sát kinh tế và Công an tỉnh Quảng Ninh.');
    expect(t).toEqual(expect.arrayContaining(['Cục Cảnh sát kinh tế participates_in Mùa Xuân Sạch', 'Công an tỉnh Quảng Ninh participates_in Mùa Xuân Sạch']));
  });
});

describe('names (rules version 33)', () => {
  it('splits "Minister for the Armed Forces Tom Harrow" into the office and the person', () => {
    const t = of('The dialogue was co-chaired by Minister for the Armed Forces Tom Harrow and the Malaysian Deputy Minister of Defence.');
    expect(t).toContain('Tom Harrow holds_role Minister for the Armed Forces');
  });
  it('reads an "Assessment" as a framework an operation is carried out in line with', () => {
    const t = of('Operation Blue Ledger ran in 20 countries. The operation was carried out in line with Europol\'s Serious and Organised Crime Threat Assessment.');
    expect(t).toContain("Operation Blue Ledger grounded_in Serious and Organised Crime Threat Assessment");
  });
});

describe('who spoke for a body, and who arrived for a visit (rules version 33)', () => {
  it('reads "X, office, briefed the Council" and "The African Union, represented by its Commissioner …, Y," as taking part', () => {
    const t = of('The Security Council held an open debate on piracy on Monday. Hanna Berg, Director of the UN Office for Counter-Terrorism, briefed the council. The League of Arab States, represented by its Assistant Secretary-General, Omar Haddad, called for more support.');
    expect(t).toEqual(expect.arrayContaining(['Hanna Berg participates_in open debate on piracy', 'League of Arab States participates_in open debate on piracy', 'Omar Haddad participates_in open debate on piracy']));
  });
  it('reads a ship that "arrived at … for a visit" as taking part in the visit', () => {
    expect(of('HMAS Parramatta, a frigate of the Royal Australian Navy, arrived at Cam Ranh International Port on Friday for a four-day visit.')).toContain('HMAS Parramatta participates_in four-day visit');
  });
});

describe('a dateline before a common noun (rules version 33)', () => {
  it('does not take "Senior" or "Police" after a dateline\'s dash for a name', () => {
    expect(propose('NAIROBI, 3 March 2027 — Senior officials of the African Union met today.', blank).candidates.map((c) => c.label)).not.toContain('Senior');
    expect(propose('MANILA, May 4, 2027 (AP) - Police in 12 countries arrested 900 suspects.', blank).candidates.map((c) => c.label)).not.toContain('Police');
  });
});

describe('what a review of version 33 showed (rules version 33)', () => {
  it('reads "mang tên" after a campaign\'s longer description, and an exercise "dubbed" with who led it', () => {
    expect(of('Ngày 2/4, Bộ Công an phát động chiến dịch truy quét tội phạm buôn lậu mang tên "Biên giới Sạch". Tham gia chiến dịch có Cục Cảnh sát kinh tế và Công an tỉnh Lạng Sơn.')).toContain('Cục Cảnh sát kinh tế participates_in Biên giới Sạch');
    expect(of('The exercise, dubbed "Southern Cross", was led by the Royal New Zealand Navy.')).toContain('Royal New Zealand Navy leads Southern Cross');
    expect(of('Police from six countries took part in an action dubbed "Operation Harbour Light", which was led by the Italian Carabinieri.')).toContain('Italian Carabinieri leads Operation Harbour Light');
  });
  it('keeps an office between commas with the person a title named before it', () => {
    const t = of('Viet Nam and Japan held the annual Maritime Security Dialogue on 4 March. Also participating were Rear Admiral Kenji Ito, Director of the Maritime Bureau, and the Japan Coast Guard.');
    expect(t).toContain('Kenji Ito participates_in Maritime Security Dialogue');
    expect(t).not.toContain('Director of the Maritime Bureau participates_in Maritime Security Dialogue');
  });
  it('reads a state and its envoy for "X was represented by Y", but not a lawyer in another case', () => {
    expect(of('The ASEAN Defence Ministers\' Meeting took place in Manila. The EU was represented by Ms Anna Kovacs, Deputy Secretary General of the EEAS.')).toEqual(
      expect.arrayContaining(["EU participates_in ASEAN Defence Ministers' Meeting", "Anna Kovacs participates_in ASEAN Defence Ministers' Meeting"]),
    );
    expect(of('Thailand hosted Exercise Cobra Gold in Chonburi. At the opening ceremony, the United States was represented by Ambassador Robert Hale.')).toContain('Robert Hale participates_in opening ceremony');
    expect(of('The ASEAN Regional Forum met in Jakarta. In a separate case at The Hague, the Philippines was represented by Paul Ward, a Washington lawyer.')).not.toContain('Paul Ward participates_in ASEAN Regional Forum');
  });
  it('does not read "They were joined by Brunei in condemning …" as taking part, and reads a state\'s adjective before a title', () => {
    expect(of('Malaysia and Indonesia held a border committee meeting in Kuching. They were joined by Brunei in condemning the attack.')).not.toContain('Brunei participates_in border committee meeting');
    expect(of('Exercise Ekuverin began. The opening ceremony was attended by Major General Tran Van Minh and Indian Ambassador Priya Nair.')).toContain('Priya Nair participates_in opening ceremony');
  });
});

describe('what the seventh probe showed, once its blind figure was taken (rules version 33)', () => {
  it('points "Hội nghị" back to the meeting, not to what it was held under, and its abbreviation with it', () => {
    const t = of('Hà Nội, 4/9/2026 — Hội nghị lần thứ ba Nhóm chuyên gia ADMM+ về y học quân sự đã diễn ra tại Hà Nội. Hội nghị do Việt Nam và Nga đồng chủ trì, được tổ chức trong khuôn khổ Hội nghị Bộ trưởng Quốc phòng các nước ASEAN mở rộng (ADMM+). Tham dự Hội nghị có đại biểu Lào và Thái Lan.');
    expect(t).toEqual(expect.arrayContaining(['Việt Nam chairs Hội nghị lần thứ ba Nhóm chuyên gia ADMM+ về y học quân sự', 'Lào participates_in Hội nghị lần thứ ba Nhóm chuyên gia ADMM+ về y học quân sự']));
    expect(t).not.toContain('Lào participates_in Hội nghị Bộ trưởng Quốc phòng các nước ASEAN mở rộng');
  });
  it('keeps a UN mission\'s place in its name when the abbreviation after it spells it', () => {
    const p = propose('Viet Nam has deployed an engineering unit to the United Nations Mission in the Republic of South Sudan (UNMISS). The ship called at Phuket in Thailand.', blank);
    expect(candidate(p, 'United Nations Mission in the Republic of South Sudan')).toBeDefined();
    expect(candidate(p, 'Phuket')).toBeDefined();
  });
  it('reads no visit in a "visit, board, search and seizure" course', () => {
    expect(propose('UNODC has conducted a two-week visit, board, search and seizure (VBSS) course for coast guard officers.', blank).candidates.map((c) => c.label)).not.toContain('two-week visit');
  });
});

describe('a committee\'s numbered session and what its co-chairs sign (rules version 33)', () => {
  it('reads "the 5th … Committee" as a meeting, "the co-chairs signed a Record of Discussion" as both chairs signing it', () => {
    const text = 'The Ministry of Defence of Viet Nam hosted the 5th Viet Nam–India Defence Industry Cooperation Committee in Hanoi on 2 May. The committee was co-chaired by Lieutenant General Pham Van Long, Deputy Minister of National Defence, and Air Vice Marshal Arjun Mehta, Director General of Defence Production. At the close of the committee, the co-chairs signed a Record of Discussion.';
    expect(candidate(propose(text, blank), '5th Viet Nam–India Defence Industry Cooperation Committee')?.kind).toBe('event');
    expect(of(text)).toEqual(
      expect.arrayContaining([
        'Pham Van Long chairs 5th Viet Nam–India Defence Industry Cooperation Committee',
        'Arjun Mehta chairs 5th Viet Nam–India Defence Industry Cooperation Committee',
        'Pham Van Long signs Record of Discussion',
        'Arjun Mehta signs Record of Discussion',
      ]),
    );
  });
});

describe('an exercise named with its year, who took part "including …", and a partnership held under (rules version 33)', () => {
  it('reads "the … exercise Khaan Quest 2025" with its year, its fields after "training covers", and the states "taking part, including …"', () => {
    const t = of('The multinational peacekeeping exercise Shanti Prayas 2026 opened on Monday near Kathmandu. President Ram Sharma attended the opening ceremony. Some 1,000 personnel from 18 countries are taking part, including Viet Nam, Fiji and Nepal. Its field training covers convoy operations, checkpoint procedures and medical evacuation. The exercise is conducted under the Nepal–United States Partnership.');
    expect(t).toEqual(
      expect.arrayContaining([
        'Viet Nam participates_in Shanti Prayas 2026',
        'Fiji participates_in Shanti Prayas 2026',
        'Shanti Prayas 2026 covers convoy operations',
        'Shanti Prayas 2026 covers checkpoint procedures',
        'Shanti Prayas 2026 part_of Nepal–United States Partnership',
      ]),
    );
    expect(t).not.toContain('Viet Nam participates_in opening ceremony');
  });
  it('reads "X, office, and Y, office, delivered remarks" as both taking part', () => {
    expect(of('The opening ceremony of Exercise Pacific Angel was held in Suva. Admiral John Reed, Commander of U.S. Pacific Fleet, and the Ambassador of Japan to Fiji, Mr. Kenji Sato, delivered remarks.')).toEqual(
      expect.arrayContaining(['John Reed participates_in opening ceremony', 'Kenji Sato participates_in opening ceremony']),
    );
  });
});

describe('Vietnamese instruments the seventh probe showed (rules version 33)', () => {
  it('reads a "Quy chế" two agencies sign, and "văn kiện" right after a convention\'s name as that convention', () => {
    const t = of('Ngay sau hội đàm, hai bên ký Quy chế phối hợp trao đổi thông tin giữa Bộ đội Biên phòng Việt Nam và Cảnh sát Hoàng gia Campuchia. Quy chế được xây dựng phù hợp với Công ước Liên hợp quốc về chống tội phạm có tổ chức xuyên quốc gia (UNTOC), văn kiện mà Việt Nam và Campuchia đều là thành viên.');
    expect(t).toEqual(
      expect.arrayContaining([
        'Bộ đội Biên phòng Việt Nam party_to Quy chế phối hợp trao đổi thông tin',
        'Quy chế phối hợp trao đổi thông tin grounded_in Công ước Liên hợp quốc về chống tội phạm có tổ chức xuyên quốc gia',
        'Việt Nam party_to Công ước Liên hợp quốc về chống tội phạm có tổ chức xuyên quốc gia',
      ]),
    );
    expect(t).not.toContain('Việt Nam party_to Quy chế phối hợp trao đổi thông tin');
  });
  it('reads "Văn kiện dự án “…”" as the instrument signed, and "Ban Quản lý Dự án …" as a body', () => {
    const t = of('Ngày 2/3, Ủy ban nhân dân tỉnh Quảng Bình và Tổ chức MAG đã ký Văn kiện dự án “Rà phá bom mìn tỉnh Quảng Bình giai đoạn 2026–2029”. Ban Quản lý Dự án Hành động bom mìn tỉnh Quảng Bình (QBMAC) được giao chủ trì triển khai văn kiện.');
    expect(t).toEqual(
      expect.arrayContaining([
        'Ủy ban nhân dân tỉnh Quảng Bình signs Văn kiện dự án “Rà phá bom mìn tỉnh Quảng Bình giai đoạn 2026–2029”',
        'Ban Quản lý Dự án Hành động bom mìn tỉnh Quảng Bình implements Văn kiện dự án “Rà phá bom mìn tỉnh Quảng Bình giai đoạn 2026–2029”',
      ]),
    );
  });
});

describe('English names the seventh probe showed (rules version 33)', () => {
  it('splits "Secretary of National Defense Ramon D. Castillo | for the … Meeting", and ends a ministry\'s name before "in"', () => {
    const p = propose('Japan hosted Philippine Secretary of National Defense Ramon D. Castillo for the Japan–Philippines Defense Ministerial Meeting at the Ministry of Defense in Ichigaya, Tokyo, on Monday.', blank);
    expect(candidate(p, 'Ramon D. Castillo')).toBeDefined();
    expect(candidate(p, 'Japan–Philippines Defense Ministerial Meeting')?.kind).toBe('event');
    expect(candidate(p, 'Ministry of Defense')).toBeDefined();
  });
  it('reads no office in a bare title before a surname ("Minister Nakahara noted")', () => {
    expect(of('Defence Minister Kenji Ono met Secretary Ana Cruz in Tokyo. Minister Ono noted that Japan had provided two boats.')).not.toContain('Kenji Ono holds_role Minister');
  });
});

describe('who spoke at a Council\'s debate (rules version 33)', () => {
  it('reads "The Council was briefed by X, and by Y" and "Speaking for Viet Nam, Ambassador Z" as taking part', () => {
    const t = of('The Security Council held an open debate on peacekeeping on 8 July. The Council was briefed by Mr. Paul Okoro, Under-Secretary-General for Peace Operations, and by Major General Luis Vega, Force Commander. Speaking for Viet Nam, Ambassador Đặng Hoàng Giang said that Viet Nam has deployed troops.');
    expect(t).toEqual(
      expect.arrayContaining([
        'Paul Okoro participates_in open debate on peacekeeping',
        'Luis Vega participates_in open debate on peacekeeping',
        'Viet Nam participates_in open debate on peacekeeping',
        'Đặng Hoàng Giang participates_in open debate on peacekeeping',
      ]),
    );
  });
});

describe('a course opened in lower case, and its programme (rules version 33)', () => {
  it('reads "khai giảng khóa tập huấn …" as the course, and "Nội dung chương trình gồm …" as its fields past a law named first', () => {
    const t = of('Sáng 3/10, Học viện Chính trị khai giảng khóa tập huấn sĩ quan tham mưu gìn giữ hòa bình năm 2026. Khóa tập huấn kéo dài hai tuần. Nội dung chương trình gồm luật nhân đạo quốc tế, bảo vệ dân thường và kỹ năng lập kế hoạch tham mưu.');
    expect(t).toEqual(expect.arrayContaining(['Học viện Chính trị chairs khóa tập huấn sĩ quan tham mưu gìn giữ hòa bình', 'khóa tập huấn sĩ quan tham mưu gìn giữ hòa bình covers bảo vệ dân thường']));
  });
  it('does not end "Cục Quản lý chương trình mua sắm quốc phòng Hàn Quốc (DAPA)" at a rule\'s word', () => {
    expect(candidate(propose('Bản ghi nhớ được ký giữa Tổng cục Công nghiệp quốc phòng và Cục Quản lý chương trình mua sắm quốc phòng Hàn Quốc (DAPA).', blank), 'Cục Quản lý chương trình mua sắm quốc phòng Hàn Quốc')).toBeDefined();
  });
});

describe('the co-chairs on the review page (rules version 33)', () => {
  it('does not offer "the co-chairs" as a phrase for the article\'s instrument or event', () => {
    const text = 'The 5th Viet Nam–India Defence Industry Cooperation Committee was held in Hanoi. The committee was co-chaired by Pham Van Long and Arjun Mehta. At the close of the committee, the co-chairs signed a Record of Discussion.';
    expect(propose(text, blank).references.map((r) => r.quote)).not.toContain('the co-chairs');
  });
});

describe('who attended, as the eighth probe wrote it (rules version 33)', () => {
  it('reads English lists of who took part with nothing after the verb, "Taking part are …", "as did …" and witnesses', () => {
    expect(of('The UN Staff Officers Course opened in Canberra on Monday. Twenty officers from Fiji, Tonga and Samoa are taking part.')).toEqual(
      expect.arrayContaining(['Fiji participates_in UN Staff Officers Course', 'Samoa participates_in UN Staff Officers Course']),
    );
    expect(of('The Pacific Partnership Field Training Exercise began on Monday. Taking part are HMNZS Aotearoa; JS Kunisaki; and USNS Mercy.')).toContain('JS Kunisaki participates_in Pacific Partnership Field Training Exercise');
    expect(of('The 44th ASEANAPOL Conference opened in Manila. Europol\'s deputy director, Anna Berg, attended as an observer, as did officials from Interpol.')).toEqual(
      expect.arrayContaining(['Anna Berg participates_in 44th ASEANAPOL Conference', 'Interpol participates_in 44th ASEANAPOL Conference']),
    );
    expect(of('A signing ceremony was held in Bangkok. The signing ceremony was witnessed by Helen Ward and Somsak Chai.')).toContain('Helen Ward participates_in signing ceremony');
  });
  it('reads "Chứng kiến lễ ký có …", "hai Thủ tướng đã chứng kiến …" and "Dẫn đầu đoàn là …"', () => {
    expect(of('Lễ ký diễn ra tại Hà Nội. Chứng kiến lễ ký có Thượng tướng Lê Văn Minh và ông Peter Hansen.')).toContain('Peter Hansen participates_in Lễ ký');
    expect(of('Sau hội đàm, hai Thủ tướng Phạm Quang Hải và Anwar Salleh đã chứng kiến lễ trao Bản ghi nhớ về hợp tác quốc phòng.')).toContain('Anwar Salleh participates_in lễ trao');
    expect(of('Tàu INS Kirch cập Cảng Tiên Sa, bắt đầu chuyến thăm Việt Nam. Dẫn đầu đoàn là Chuẩn Đô đốc Arun Rao.')).toContain('Arun Rao participates_in chuyến thăm Việt Nam');
  });
});

describe('occasions and their fields, as the eighth probe wrote them (rules version 33)', () => {
  it('reads "đã tổ chức diễn tập chung … với các nội dung: …" as an exercise held, with its fields', () => {
    const t = of('Ngày 5/6, Hải quân Việt Nam và Hải quân Ấn Độ đã tổ chức diễn tập chung tại vùng biển Cam Ranh với các nội dung: tìm kiếm cứu nạn trên biển; ứng phó sự cố tràn dầu.');
    expect(t).toEqual(expect.arrayContaining(['Hải quân Việt Nam chairs diễn tập chung', 'diễn tập chung covers ứng phó sự cố tràn dầu']));
  });
  it('reads "are co-hosting" and "The four-week course covers …"', () => {
    const t = of('The New Zealand Defence Force and the Viet Nam Department of Peacekeeping Operations are co-hosting the UN Military Observers Course in Hanoi. The four-week course covers protection of civilians and staff planning.');
    expect(t).toEqual(expect.arrayContaining(['New Zealand Defence Force chairs UN Military Observers Course', 'UN Military Observers Course covers protection of civilians']));
  });
  it('reads "hai Chỉ huy trưởng đã ký …" as the two people named', () => {
    expect(of('Hai Chỉ huy trưởng Lê Văn Bình và Bounmy Sengdala đã ký Biên bản hội đàm.')).toContain('Bounmy Sengdala signs Biên bản hội đàm');
  });
});

describe('what the final reading of the probes showed (rules version 33)', () => {
  it('reads a document of a meeting as the document, not the meeting', () => {
    expect(candidate(propose('The delegates adopted the Joint Communiqué of the 44th ASEANAPOL Conference on Thursday.', blank), 'Joint Communiqué of the 44th ASEANAPOL Conference')?.kind).toBe('agreement');
  });
  it('does not give "Tham dự có …" to the forum a meeting is held within', () => {
    const t = of('Hội nghị lần thứ 3 Nhóm chuyên gia ADMM+ về an ninh mạng đã khai mạc tại Hà Nội. Hội nghị được tổ chức trong khuôn khổ Hội nghị Bộ trưởng Quốc phòng ASEAN mở rộng (ADMM+). Tham dự có đại biểu các nước thành viên ADMM+. Đại diện Nhật Bản và Hàn Quốc đã trình bày tham luận.');
    expect(t).toContain('Hàn Quốc participates_in Hội nghị lần thứ 3 Nhóm chuyên gia ADMM+ về an ninh mạng');
    expect(t).not.toContain('Hàn Quốc participates_in Hội nghị Bộ trưởng Quốc phòng ASEAN mở rộng');
  });
});
