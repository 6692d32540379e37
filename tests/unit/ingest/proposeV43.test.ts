/**
 * Rules version 43: long Vietnamese names of international bodies and projects kept whole, what is fought read with the crime
 * it names, and what a person is said to do across sentences. The sentences here are written anew.
 */
import { describe, expect, it } from 'vitest';
import { blank, candidate, triples } from '../../helpers/proposals';
import { propose } from '../../../src/ingest/propose';

const of = (text: string) => triples(propose(text, blank));

describe('names kept whole (rules version 43)', () => {
  it('keeps an organisation named "Tổ chức …" in lower case after its first words', () => {
    const p = propose('Sáng 9/6, Thứ trưởng Bộ Công an Trần Quốc Bảo tiếp bà Ingrid Sørensen, Phó Tổng Thư ký Tổ chức Cảnh sát hình sự quốc tế (INTERPOL).', blank);
    expect(candidate(p, 'Tổ chức Cảnh sát hình sự quốc tế')?.kind).toBe('actor');
    expect(candidate(p, 'Tổ chức Cảnh sát')).toBeUndefined();
  });

  it('keeps a centre whose name holds a field, its owner and what it is for', () => {
    const p = propose('Đoàn công tác của Trung tâm Điều phối hỗ trợ nhân đạo ASEAN về quản lý thảm họa (Trung tâm AHA) đã đến Huế.', blank);
    expect(candidate(p, 'Trung tâm Điều phối hỗ trợ nhân đạo ASEAN về quản lý thảm họa')?.kind).toBe('actor');
    expect(of('Đoàn công tác của Trung tâm Điều phối hỗ trợ nhân đạo ASEAN về quản lý thảm họa (Trung tâm AHA) đã đến Huế.').some((t) => t.includes(' part_of Trung tâm AHA'))).toBe(false);
  });

  it('keeps the place a project is for inside its name', () => {
    const p = propose('Dự án Rà phá vật liệu nổ vì một Quảng Bình an toàn đã bàn giao bản đồ ô nhiễm cho tỉnh.', blank);
    expect(candidate(p, 'Dự án Rà phá vật liệu nổ vì một Quảng Bình an toàn')?.kind).toBe('framework');
  });
});

describe('what is fought (rules version 43)', () => {
  it('reads "phòng, chống" with the crime after it as one field', () => {
    const p = propose('Hai bên trao đổi về hợp tác phòng, chống tội phạm mạng.', blank);
    expect(candidate(p, 'phòng, chống tội phạm mạng')?.kind).toBe('domain');
    expect(candidate(p, 'phòng, chống tội phạm')).toBeUndefined();
  });
});

describe('who took part, said across sentences and lists (rules version 43)', () => {
  it('reads "It brings together …" after a sentence whose subject says the exercise again after a participle\'s phrase', () => {
    const t = of('Exercise Southern Reach 2027 began in Darwin on Monday. Hosted by the Northern Command (NORCOM), the exercise runs until 14 June around Darwin. It brings together some 1,500 personnel from Indonesia, Timor-Leste and Papua New Guinea.');
    for (const state of ['Indonesia', 'Timor-Leste', 'Papua New Guinea']) expect(t).toContain(`${state} participates_in Exercise Southern Reach 2027`);
  });

  it('reads the first of a list whose name is followed by the people it sent', () => {
    const t = of('Around 300 Royal New Zealand Navy personnel, the frigate HMNZS Te Mana and a helicopter have joined Exercise Southern Reach 2027.');
    expect(t).toContain('Royal New Zealand Navy participates_in Exercise Southern Reach 2027');
    expect(t).toContain('HMNZS Te Mana participates_in Exercise Southern Reach 2027');
  });

  it('reads every unit of a list of those counted "of the …" serving with a mission', () => {
    const t = of('Some 600 peacekeepers of the 4th Ghanaian Battalion and 90 officers of the Nigerian Formed Police Unit serving with the United Nations Mission in South Sudan received medals on Friday.');
    expect(t).toContain('4th Ghanaian Battalion participates_in United Nations Mission in South Sudan');
    expect(t).toContain('Nigerian Formed Police Unit participates_in United Nations Mission in South Sudan');
  });

  it('reads every office-and-person pair that "also attended", past an owner that is no occasion', () => {
    const t = of('The closing ceremony of Exercise Blue Nile 2027 was held on Sunday. UNISFA’s Force Commander, Major General Tesfaye Alemu, the Minister of Defence of Sudan, Mr Omar Bashir Hamid, and Ethiopia’s State Minister of Defence, Ms Hiwot Tadesse, also attended, as did members of the diplomatic corps, including the Ambassador of Norway to Sudan, Mr Lars Eide.');
    for (const person of ['Tesfaye Alemu', 'Omar Bashir Hamid', 'Hiwot Tadesse', 'Lars Eide']) expect(t.some((x) => x.startsWith(`${person} participates_in `) && !x.endsWith(' UNISFA'))).toBe(true);
  });
});

describe('offices (rules version 43)', () => {
  it('does not make an envoy "for" ("về") a state part of that state, but of whose envoy it is', () => {
    const t = of('Mr Kofi Mensah, Special Representative of the Secretary-General for the Central African Republic, briefed the Council.');
    expect(t).toContain('Kofi Mensah holds_role Special Representative of the Secretary-General for the Central African Republic');
    expect(t).not.toContain('Special Representative of the Secretary-General for the Central African Republic part_of Central African Republic');
    const vi = of('Đại diện Liên hợp quốc và ông Kofi Mensah, Đặc phái viên của Tổng Thư ký Liên hợp quốc về Nam Sudan, đã dự hội thảo.');
    expect(vi).toContain('Đặc phái viên của Tổng Thư ký Liên hợp quốc về Nam Sudan part_of Liên hợp quốc');
    expect(vi).not.toContain('Đặc phái viên của Tổng Thư ký Liên hợp quốc về Nam Sudan part_of Nam Sudan');
  });
});

describe('places (rules version 43)', () => {
  it('reads a province named alone as the place the article calls "tỉnh …" elsewhere', () => {
    const p = propose('UNICEF bàn giao thiết bị y tế cho Quảng Bình\nSáng 3/5, tại tỉnh Quảng Bình, đại diện UNICEF đã bàn giao thiết bị cho Sở Y tế.', blank);
    expect(candidate(p, 'Quảng Bình')?.kind).toBe('place');
  });
});

describe('a meeting of three delegations (rules version 43)', () => {
  it('reads the delegations that took part and who led each, after "Tham gia có"', () => {
    const t = of('Hội nghị Hải quan Việt Nam – Lào – Campuchia lần thứ 7 đã khai mạc tại Siem Reap. Tham gia có đoàn Tổng cục Hải quan Việt Nam do ông Lê Quang Minh, Phó Tổng cục trưởng dẫn đầu; đoàn Cục Hải quan Lào do ông Bounmy Keola, Cục trưởng làm trưởng đoàn; cùng đại diện Tổ chức Hải quan thế giới.');
    for (const who of ['Tổng cục Hải quan Việt Nam', 'Lê Quang Minh', 'Cục Hải quan Lào', 'Bounmy Keola', 'Tổ chức Hải quan thế giới']) expect(t).toContain(`${who} participates_in Hội nghị Hải quan Việt Nam – Lào – Campuchia lần thứ 7`);
  });

  it('reads who chairs a meeting after who hosts it', () => {
    const t = of('Hội nghị Hải quan Việt Nam – Lào – Campuchia lần thứ 7 đã khai mạc tại Siem Reap. Hội nghị do Bộ Nội vụ Campuchia đăng cai, ông Sok Dara, Quốc vụ khanh chủ trì.');
    expect(t).toContain('Bộ Nội vụ Campuchia chairs Hội nghị Hải quan Việt Nam – Lào – Campuchia lần thứ 7');
    expect(t).toContain('Sok Dara chairs Hội nghị Hải quan Việt Nam – Lào – Campuchia lần thứ 7');
  });

  it('reads where a meeting opened, said first as a city and its province', () => {
    const t = of('Sáng 3/3, tại thành phố Battambang, tỉnh Battambang (Campuchia), Hội nghị Hải quan Việt Nam – Lào – Campuchia lần thứ 7 đã khai mạc.');
    expect(t).toContain('Hội nghị Hải quan Việt Nam – Lào – Campuchia lần thứ 7 held_at Battambang');
  });

  it('keeps a river inside an instrument\'s topic, and ends a field before a place said in lower case', () => {
    const p = propose('Ba nước là thành viên Bản ghi nhớ về hợp tác quản lý nguồn nước lưu vực sông Hồng năm 2001. Cuộc gặp tập trung vào dẫn độ và quản lý lao động di cư trái phép tại khu vực biên giới.', blank);
    expect(candidate(p, 'Bản ghi nhớ về hợp tác quản lý nguồn nước lưu vực sông Hồng năm 2001')?.kind).toBe('agreement');
    expect(candidate(p, 'quản lý lao động di cư trái phép')?.kind).toBe('domain');
  });
});

describe('who took part, in English releases (rules version 43)', () => {
  it('reads the states after a dash or "among them" in "Taking part were …"', () => {
    const a = of('Exercise Southern Shield 2027 ended today at Tindal. Taking part were some 900 personnel and 20 aircraft from the four partner nations – Fiji, Tonga, Samoa and Vanuatu.');
    for (const state of ['Fiji', 'Tonga', 'Samoa', 'Vanuatu']) expect(a).toContain(`${state} participates_in Exercise Southern Shield 2027`);
    const b = of('The ninth meeting of the Regional Oversight Mechanism opened in Addis Ababa. Taking part were envoys of the guarantor states, among them Kenya, Ethiopia and Uganda itself, as well as the African Union.');
    for (const who of ['Kenya', 'Ethiopia', 'Uganda', 'African Union']) expect(b).toContain(`${who} participates_in ninth meeting of the Regional Oversight Mechanism`);
  });

  it('reads who officiated a ceremony as chairing it', () => {
    const t = of('Exercise Southern Shield 2027 ended today at Tindal. The closing ceremony was officiated by Fiji’s Commander of the Military Forces, Major General Ratu Jone Kalouniwai.');
    expect(t).toContain('Ratu Jone Kalouniwai chairs closing ceremony');
  });

  it('names no body for a service said by its kind inside an office, and reads an exercise named after what it is held under', () => {
    const p = propose('Exercise Southern Shield 2027 ended today. Also present was Tonga’s Chief of Defence Force, Brigadier Lord Fielakepa.', blank);
    expect(candidate(p, 'Defence Force')).toBeUndefined();
    const q = propose('The Five Power Defence Arrangements Exercise Suman Warrior 2027 concluded today in Singapore.', blank);
    expect(candidate(q, 'Exercise Suman Warrior 2027')?.kind).toBe('event');
  });
});

describe('a visit, a meeting and a reception, in English (rules version 43)', () => {
  it('reads who concluded or began a visit as making it, and every ship of a list that goes on past whose each is', () => {
    expect(of('The EU Special Envoy for the Sahel, Mr Joao Cravinho, today concluded a two-day visit to Niger.')).toContain('Joao Cravinho participates_in two-day visit');
    const t = of('Ships of the Second Training Squadron (2TS) of the Royal Navy, HMS Dart and HMS Tyne, along with KNS Jasiri of the Kenya Navy, began a three-day visit to Mombasa.');
    for (const ship of ['HMS Dart', 'HMS Tyne', 'KNS Jasiri']) expect(t).toContain(`${ship} participates_in three-day visit`);
    expect(candidate(propose('Ships of the Second Training Squadron (2TS) of the Royal Navy arrived.', blank), 'Second Training Squadron')?.kind).toBe('actor');
  });

  it('reads "It brought together …" after a sentence whose subject is a person as the meeting\'s, and the co-chair after "with"', () => {
    const t = of('On Monday, Mr Cravinho co-chaired the fourth meeting of the Border Security Committee in Niamey with Mr Ali Moussa, Minister of Interior of Niger. It brought together the Niger National Guard, the Gendarmerie and EUCAP Sahel Niger.');
    expect(t).toContain('Ali Moussa chairs fourth meeting of the Border Security Committee');
    for (const who of ['Niger National Guard', 'EUCAP Sahel Niger']) expect(t).toContain(`${who} participates_in fourth meeting of the Border Security Committee`);
  });

  it('reads what a meeting reviewed, and keeps two names that each open with an abbreviation apart', () => {
    const t = of('The fourth meeting of the Border Security Committee opened on Monday. The meeting reviewed border management, migrant smuggling and police training.');
    for (const field of ['border management', 'migrant smuggling', 'police training']) expect(t).toContain(`fourth meeting of the Border Security Committee covers ${field}`);
    const p = propose('Mr Cravinho also visited EUCAP Sahel Niger. EUCAP Sahel Niger and EU NAVFOR ATALANTA operate under the Common Security and Defence Policy.', blank);
    expect(candidate(p, 'EUCAP Sahel Niger')?.kind).toBe('actor');
    expect(candidate(p, 'EU NAVFOR ATALANTA')?.kind).toBe('actor');
  });

  it('reads a reception the sentence opens with, who hosted it after "Smt.", and who attended it after "It was attended by"', () => {
    const t = of('A reception on board INS Kora was hosted by the High Commissioner of India to Kenya, Smt. Meera Iyer. It was attended by Mr. Peter Otieno, Principal Secretary, President\'s Office, and officers of the Kenya Navy.');
    expect(t).toContain('Meera Iyer chairs reception');
    expect(t).toContain('Peter Otieno participates_in reception');
    expect(t).toContain('Kenya Navy participates_in reception');
    expect(t.some((x) => x.includes('holds_role President'))).toBe(false);
  });
});

describe('border units (rules version 43)', () => {
  it('keeps a province\'s border guard apart from a Chinese inspection station after "và", and reads both as holding the talks past whose each is', () => {
    const p = propose('Ngày 3/9, Đồn Biên phòng cửa khẩu Tà Lùng thuộc Bộ đội Biên phòng tỉnh Cao Bằng và Trạm Kiểm tra biên phòng cửa khẩu Thủy Khẩu thuộc Tổng trạm Kiểm tra biên phòng Quảng Tây (Cục Quản lý Xuất nhập cảnh Quốc gia Trung Quốc) đã tổ chức hội đàm định kỳ.', blank);
    expect(candidate(p, 'Bộ đội Biên phòng tỉnh Cao Bằng')?.kind).toBe('actor');
    expect(candidate(p, 'Trạm Kiểm tra biên phòng cửa khẩu Thủy Khẩu')?.kind).toBe('actor');
    const t = triples(p);
    expect(t).toContain('Đồn Biên phòng cửa khẩu Tà Lùng chairs hội đàm');
    expect(t).toContain('Trạm Kiểm tra biên phòng cửa khẩu Thủy Khẩu chairs hội đàm');
  });

  it('reads a post\'s and a station\'s commanders by their titles, and "Chi cục Hải quan" as a body of its own after "và"', () => {
    const p = propose('Đồn trưởng Nông Văn Tú và Trạm trưởng Vương Hải chủ trì. Dự có đại diện Bộ đội Biên phòng tỉnh Cao Bằng và Chi cục Hải quan cửa khẩu Tà Lùng.', blank);
    expect(candidate(p, 'Nông Văn Tú')?.category).toBe('person');
    expect(candidate(p, 'Vương Hải')?.category).toBe('person');
    expect(candidate(p, 'Chi cục Hải quan cửa khẩu Tà Lùng')?.kind).toBe('actor');
  });
});

describe('venues named by what they are (rules version 43)', () => {
  it('reads a guest house, a training area, a convention centre as where an occasion was held', () => {
    expect(of('Lễ ký Biên bản ghi nhớ diễn ra tại Nhà khách Quân khu 7.')).toContain('Lễ ký held_at Nhà khách Quân khu 7');
    expect(of('Diễn tập Đoàn kết 2027 diễn ra tại Khu huấn luyện Sông Mây, tỉnh Đồng Nai.')).toContain('Diễn tập Đoàn kết 2027 held_at Khu huấn luyện Sông Mây');
    expect(of('Sáng 5/5, tại Trung tâm Hội nghị Ariyana (Đà Nẵng), Hội nghị Tư lệnh Hải quân ASEAN lần thứ 20 đã khai mạc.')).toContain('Hội nghị Tư lệnh Hải quân ASEAN lần thứ 20 held_at Trung tâm Hội nghị Ariyana');
    expect(of('The fifth ASEAN Coast Guard Forum opened on Monday. A dinner reception was held at the Bali International Convention Centre.').some((t) => t.endsWith('held_at Bali International Convention Centre'))).toBe(true);
  });
});

describe('what the review of version 43 found (rules version 43)', () => {
  it('leaves a province that acts an actor, and makes it a place only where something is given to it', () => {
    const acts = propose('Nghệ An ký kế hoạch hợp tác với tỉnh Xiêng Khoảng. Theo kế hoạch, tỉnh Nghệ An sẽ đào tạo cán bộ.', blank);
    expect(candidate(acts, 'Nghệ An')?.kind).toBe('actor');
  });

  it('keeps two ships joined by "and" apart, and a ceremony "of" a course is what was officiated', () => {
    const p = propose('HMAS Warramunga and Royal Malaysian Navy ships joined Exercise Kite 2027. MCGS Valiant of the National Coast Guard and KNS Shujaa of the Kenya Navy also took part.', blank);
    expect(candidate(p, 'HMAS Warramunga')?.kind).toBe('actor');
    expect(candidate(p, 'KNS Shujaa')?.kind).toBe('actor');
    expect(of('The graduation ceremony of the UN Staff Officers Course was officiated by Colonel Mai Hoa.')).not.toContain('Mai Hoa chairs UN Staff Officers Course');
  });

  it('reads what a meeting reviewed, but nothing from a person reviewing troops', () => {
    expect(of('At the Navy Day parade, the President reviewed the troops.').some((t) => t.includes(' covers '))).toBe(false);
  });

  it('keeps "Five Power Defence Arrangements" whole when it opens a headline, and reads a meeting that closed after where it was', () => {
    expect(candidate(propose('Five Power Defence Arrangements Exercise Suman Warrior 2027 ends', blank), 'Five Power Defence Arrangements')?.kind).toBe('framework');
    expect(of('Tại thành phố Cần Thơ, Hội nghị Cảnh sát biển ASEAN lần thứ 5 đã bế mạc.')).toContain('Hội nghị Cảnh sát biển ASEAN lần thứ 5 held_at Cần Thơ');
  });
});

describe('a multinational exercise, in Vietnamese (rules version 43)', () => {
  it('keeps an exercise\'s own name and year after its topic, and reads who took part "trong đó có …" in the exercise, not its ceremony', () => {
    const t = of('Sáng 2/7, Lễ khai mạc Diễn tập đa quốc gia về ứng phó thảm họa Pacific Angel 2027 đã diễn ra tại Đà Nẵng. Diễn tập do Quân khu 5 chủ trì. Tham gia có hơn 800 quân nhân đến từ 12 quốc gia, trong đó có Lào, Campuchia và Philippines.');
    for (const state of ['Lào', 'Campuchia', 'Philippines']) expect(t).toContain(`${state} participates_in Diễn tập đa quốc gia về ứng phó thảm họa Pacific Angel 2027`);
  });
});

describe('a regional forum, in Vietnamese (rules version 43)', () => {
  it('reads who chairs after a semicolon past who hosts, and the heads of the delegations that came', () => {
    const t = of('Sáng 4/4, Hội nghị Tư lệnh Hải quân ASEAN lần thứ 21 đã khai mạc tại Nha Trang. Hội nghị do Hải quân nhân dân Việt Nam đăng cai; Đô đốc Trần Thanh Nghiêm, Tư lệnh Hải quân chủ trì. Trưởng đoàn các nước có Đô đốc Abdul Rahman, Tư lệnh Hải quân Hoàng gia Malaysia và đại diện Hải quân Indonesia.');
    expect(t).toContain('Trần Thanh Nghiêm chairs Hội nghị Tư lệnh Hải quân ASEAN lần thứ 21');
    expect(t).toContain('Abdul Rahman participates_in Hội nghị Tư lệnh Hải quân ASEAN lần thứ 21');
    expect(t).toContain('Hải quân Indonesia participates_in Hội nghị Tư lệnh Hải quân ASEAN lần thứ 21');
  });
});

describe('signers and fields in an English release (rules version 43)', () => {
  it('reads both signers when the second is named with whose ministry he serves ("of Germany\'s …")', () => {
    const t = of('Secretary Maria Lopez and Parliamentary State Secretary Jonas Weber of Germany\'s Federal Foreign Office on Friday signed the Joint Declaration of Intent on Maritime Security.');
    expect(t).toContain('Maria Lopez signs Joint Declaration of Intent on Maritime Security');
    expect(t).toContain('Jonas Weber signs Joint Declaration of Intent on Maritime Security');
    expect(t).toContain('Jonas Weber holds_role Parliamentary State Secretary');
  });

  it('makes no field of the verb that opens a list\'s last item ("…, and expands joint training")', () => {
    const t = of('The Roadmap 2027–2031 was signed on Monday. The document sets out cooperation on cyber defence and military mobility, and expands joint exercises for reservists.');
    expect(t.some((x) => / covers expands/.test(x))).toBe(false);
  });
});

describe('what the review of version 43 still found (rules version 43)', () => {
  it('reads the last ship of a list with whose it is as making the visit, not its navy', () => {
    const t = of('Tàu HQ-011 Đinh Tiên Hoàng và tàu KD Lekiu của Hải quân Hoàng gia Malaysia đã kết thúc chuyến thăm Cảng Cam Ranh sáng 3/8.');
    expect(t).toContain('KD Lekiu participates_in chuyến thăm');
    expect(t).not.toContain('Hải quân Hoàng gia Malaysia participates_in chuyến thăm');
  });

  it('reads "Taking part in the drill were …", after a dash or as a list', () => {
    const a = of('Exercise Delta Shield 2027 was held near Pakse. Taking part in the drill were patrol boats from three countries – Laos, Thailand and Cambodia.');
    for (const state of ['Laos', 'Thailand', 'Cambodia']) expect(a).toContain(`${state} participates_in Exercise Delta Shield 2027`);
    const b = of('Exercise Delta Shield 2027 was held near Pakse. Taking part in the exercise were the Royal Thai Navy and the Cambodian Navy.');
    for (const navy of ['Royal Thai Navy', 'Cambodian Navy']) expect(b).toContain(`${navy} participates_in Exercise Delta Shield 2027`);
  });
});
