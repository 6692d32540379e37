/** Rules version 16: sentences written to try the rules, by readers who had not seen the corpus or the rules. */
import { describe, expect, it } from 'vitest';
import { propose } from '../../../src/ingest/propose';
import { blank, labels, run, triples } from '../../helpers/proposals';

describe('abbreviations spelled with their small words (rules version 16)', () => {
  it('keeps a mission’s place in its name when the abbreviation spells the "in"', () => {
    const p = propose('Bangladesh has deployed a new engineering company to the United Nations Mission in South Sudan (UNMISS). More than 1,600 Bangladeshi peacekeepers already serve with UNMISS.', blank);
    expect(labels(p)).toContain('event:United Nations Mission in South Sudan');
    expect(labels(p)).not.toContain('event:United Nations Mission');
    expect(triples(p)).toContain('Bangladesh participates_in United Nations Mission in South Sudan');
  });
  it('keeps the two states a bilateral agreement’s name opens with', () => {
    const p = propose('The Philippines and Japan signed the Japan–Philippines Reciprocal Access Agreement (RAA) in Manila.', blank);
    expect(labels(p)).toContain('agreement:Japan–Philippines Reciprocal Access Agreement');
    expect(triples(p)).toEqual(expect.arrayContaining(['Japan party_to Japan–Philippines Reciprocal Access Agreement', 'Philippines signs Japan–Philippines Reciprocal Access Agreement']));
  });
});

describe('support said by several at once (rules version 16)', () => {
  it('gives "A và B ủng hộ …" and "A and B support …" to both', () => {
    expect(triples(propose('Việt Nam và Ấn Độ ủng hộ Công ước của Liên Hợp Quốc về Luật Biển.', blank))).toEqual(expect.arrayContaining(['Việt Nam supports Công ước của Liên Hợp Quốc về Luật Biển', 'Ấn Độ supports Công ước của Liên Hợp Quốc về Luật Biển']));
    expect(triples(propose('Japan and Australia support the ASEAN Outlook on the Indo-Pacific.', blank))).toEqual(expect.arrayContaining(['Japan supports ASEAN Outlook on the Indo-Pacific', 'Australia supports ASEAN Outlook on the Indo-Pacific']));
  });
});

describe('an instrument said again by its sides (rules version 16)', () => {
  it('reads "Bản ghi nhớ giữa A và B" after the memorandum the article named as that memorandum, not a second one', () => {
    const p = propose('Bộ Công an Việt Nam và Bộ Nội vụ Singapore đã ký Bản ghi nhớ về hợp tác phòng, chống tội phạm xuyên quốc gia. Bản ghi nhớ giữa Bộ Công an Việt Nam và Bộ Nội vụ Singapore tạo khuôn khổ pháp lý cho việc trao đổi thông tin.', blank);
    const mou = 'Bản ghi nhớ về hợp tác phòng, chống tội phạm xuyên quốc gia';
    expect(labels(p).filter((l) => l.startsWith('agreement:'))).toEqual([`agreement:${mou}`]);
    expect(triples(p)).toEqual(expect.arrayContaining([`Bộ Công an Việt Nam party_to ${mou}`, `Bộ Nội vụ Singapore party_to ${mou}`]));
  });
});

describe('topics of an English instrument (rules version 16)', () => {
  it('leaves the cooperation out of the field an English memorandum is on', () => {
    const p = propose('Viet Nam and Australia signed a memorandum of understanding on maritime security cooperation on Tuesday.', blank);
    expect(labels(p)).toContain('domain:maritime security');
    expect(labels(p)).not.toContain('domain:maritime security cooperation');
  });
});

describe('exercises named before their event word, and wire datelines (rules version 16)', () => {
  it('reads a name that "joint exercise" follows as the exercise, with who holds it', () => {
    const p = propose("The Chinese People's Liberation Army and the Royal Cambodian Armed Forces will hold the Golden Dragon-2026 joint exercise from 15 to 30 May at Ream Naval Base.", blank);
    expect(labels(p)).toContain('event:Golden Dragon-2026');
    expect(triples(p)).toEqual(expect.arrayContaining(["Chinese People's Liberation Army participates_in Golden Dragon-2026", 'Royal Cambodian Armed Forces participates_in Golden Dragon-2026', 'Golden Dragon-2026 held_at Ream Naval Base']));
    expect(labels(propose('Troops began the Salaknib Dagat exercise on Monday.', blank))).toContain('event:Salaknib Dagat');
  });
  it('does not read a vessel’s class as an exercise', () => {
    expect(labels(propose('The United States transferred a decommissioned Island-class patrol boat to the Vietnam Coast Guard.', blank)).filter((l) => l.startsWith('event:'))).toEqual([]);
  });
  it('takes a wire service’s dateline for where the report was filed when the text says where the deal was signed', () => {
    const p = propose('TOKYO, July 8 (Reuters) - Japan and the Philippines signed the Reciprocal Access Agreement on Monday. The deal was signed in Manila by the two foreign ministers.', blank);
    const placed = triples(p).filter((t) => t.includes(' signed_at '));
    expect(placed).toEqual(['Reciprocal Access Agreement signed_at Manila']);
  });
});

describe('Vietnamese events named by their topic (rules version 16)', () => {
  it('reads "Diễn tập thực binh về …" as an exercise named by its manner and its topic, "nhân đạo" included', () => {
    const p = propose('Diễn tập thực binh về hỗ trợ nhân đạo và cứu trợ thảm họa được tổ chức tại Đà Nẵng. Diễn tập do Việt Nam và Ấn Độ đồng chủ trì.', blank);
    const exercise = 'Diễn tập thực binh về hỗ trợ nhân đạo và cứu trợ thảm họa';
    expect(labels(p)).toContain(`event:${exercise}`);
    expect(triples(p)).toEqual(expect.arrayContaining([`${exercise} held_at Đà Nẵng`, `Việt Nam chairs ${exercise}`, `Ấn Độ chairs ${exercise}`]));
  });
  it('ends an event’s topic at what the event does', () => {
    expect(labels(propose('Hội thảo về an ninh biển diễn ra tại Hà Nội.', blank))).toContain('event:Hội thảo về an ninh biển');
  });
});

describe('belonging said after a comma, and a body’s own short name (rules version 16)', () => {
  it('reads ", đơn vị trực thuộc …" after a body', () => {
    expect(triples(propose('Bệnh viện Dã chiến cấp 2 số 5, đơn vị trực thuộc Cục Gìn giữ hòa bình Việt Nam, lên đường sang Nam Sudan.', blank))).toContain('Bệnh viện Dã chiến cấp 2 số 5 part_of Cục Gìn giữ hòa bình Việt Nam');
    expect(triples(propose('Học viện Hải quân, trực thuộc Bộ Quốc phòng Việt Nam, đã cử đoàn.', blank))).toContain('Học viện Hải quân part_of Bộ Quốc phòng Việt Nam');
  });
  it('takes one word in brackets for a body’s short name, not its owner', () => {
    const p = run('Hơn 250 doanh nghiệp tham gia, trong đó có Tập đoàn Công nghiệp - Viễn thông Quân đội (Viettel), trực thuộc Bộ Quốc phòng. Bên lề triển lãm, Viettel và Hanwha Aerospace ký thỏa thuận hợp tác về radar.');
    expect(triples(p).filter((t) => t.endsWith('part_of Viettel'))).toEqual([]);
    expect(triples(p)).toContain('Viettel part_of vn-ministry-of-defence');
  });
});

describe('agencies named in lower case after their first word (rules version 16)', () => {
  it('reads the whole name up to the punctuation or the state that ends it, inside an office’s name too', () => {
    const p = propose('Ông Somphone, Cục trưởng Cục Phòng, chống ma túy, Bộ Nội vụ Lào, đã phát biểu.', blank);
    expect(labels(p)).toEqual(expect.arrayContaining(['actor:Cục trưởng Cục Phòng, chống ma túy', 'actor:Cục Phòng, chống ma túy']));
    expect(triples(p)).toContain('Cục Phòng, chống ma túy part_of Bộ Nội vụ Lào');
    expect(triples(propose('Đại diện Cục Cảnh sát điều tra tội phạm về ma túy (Bộ Công an) cho biết.', blank))).toEqual(['Cục Cảnh sát điều tra tội phạm về ma túy part_of Bộ Công an']);
    expect(labels(propose('Thiếu tướng Phạm Văn Hòa, Cục trưởng Cục Gìn giữ hòa bình Việt Nam, đã tiếp đoàn.', blank))).toContain('actor:Cục Gìn giữ hòa bình Việt Nam');
  });
  it('does not run an agency’s name on into what it does', () => {
    expect(labels(propose('Cục Đối ngoại cử đoàn sang Lào.', blank))).toContain('actor:Cục Đối ngoại');
    expect(labels(propose('Cục Cảnh sát giao thông thông báo kết quả.', blank)).filter((l) => l.includes('thông báo'))).toEqual([]);
  });
});

describe('who attends and who is sent, in Vietnamese (rules version 16)', () => {
  it('reads the representatives after "Tham dự có …" as taking part in the event named before', () => {
    const p = propose('Hội nghị Tư lệnh Cảnh sát ASEAN lần thứ 20 khai mạc tại Hà Nội. Tham dự có lãnh đạo cảnh sát 10 nước thành viên cùng đại diện Interpol, Europol và Văn phòng Liên hợp quốc về Ma túy và Tội phạm.', blank);
    const meeting = 'Hội nghị Tư lệnh Cảnh sát ASEAN lần thứ 20';
    expect(triples(p)).toEqual(expect.arrayContaining([`Interpol participates_in ${meeting}`, `Europol participates_in ${meeting}`, `Văn phòng Liên hợp quốc về Ma túy và Tội phạm participates_in ${meeting}`]));
  });
  it('gives a state that sends people to two missions a part in each, and reads the two apart', () => {
    const p = run('Việt Nam đã cử hơn 1.000 lượt cán bộ tham gia Phái bộ UNMISS và UNISFA.');
    expect(labels(p)).toEqual(expect.arrayContaining(['event:Phái bộ UNMISS', 'event:UNISFA']));
    expect(triples(p)).toEqual(expect.arrayContaining(['vietnam participates_in Phái bộ UNMISS', 'vietnam participates_in UNISFA']));
  });
});

describe('a consultation at deputy-minister level, its co-chairs and the offices they hold (rules version 16)', () => {
  const p = run('Tham vấn chính trị cấp Thứ trưởng Ngoại giao Việt Nam – Philippines lần thứ 11 đã diễn ra ngày 8/4/2025 tại Manila. Đồng chủ trì tham vấn là Thứ trưởng Ngoại giao Ngô Quang Vinh và Thứ trưởng Ngoại giao Philippines phụ trách các vấn đề chính sách, bà Maria Santos.');
  const consultation = 'Tham vấn chính trị cấp Thứ trưởng Ngoại giao Việt Nam – Philippines lần thứ 11';
  it('reads the level of a meeting as part of its name, not an office', () => {
    expect(labels(p)).toContain(`event:${consultation}`);
    expect(triples(p)).toContain(`${consultation} held_at Manila`);
  });
  it('gives "Đồng chủ trì tham vấn là A và B" to both, with the offices each holds, a portfolio after "phụ trách" included', () => {
    expect(triples(p)).toEqual(
      expect.arrayContaining([`Ngô Quang Vinh chairs ${consultation}`, `Maria Santos chairs ${consultation}`, 'Ngô Quang Vinh holds_role Thứ trưởng Ngoại giao', 'Maria Santos holds_role Thứ trưởng Ngoại giao Philippines phụ trách các vấn đề chính sách']),
    );
  });
  it('keeps where a memorandum’s topic lies in its name, and out of the topic', () => {
    const mou = run('Hai bên đánh giá việc triển khai Bản ghi nhớ về hợp tác phòng ngừa và ứng phó sự cố trên Biển Đông ký năm 2023.');
    expect(labels(mou)).toEqual(expect.arrayContaining(['agreement:Bản ghi nhớ về hợp tác phòng ngừa và ứng phó sự cố trên Biển Đông', 'domain:ứng phó sự cố']));
  });
});

describe('English offices and the people who hold them (rules version 16)', () => {
  it('parts the office of a body from the person after the body’s name, and a portfolio from the person after it', () => {
    const p = propose('The EU–Indonesia Security and Defence Dialogue was co-chaired by Deputy Secretary General of the European External Action Service Marta Lindqvist and Director General of Defence Strategy Budi Santoso.', blank);
    const dialogue = 'EU–Indonesia Security and Defence Dialogue';
    expect(triples(p)).toEqual(
      expect.arrayContaining([
        'Marta Lindqvist holds_role Deputy Secretary General of the European External Action Service',
        'Budi Santoso holds_role Director General of Defence Strategy',
        `Marta Lindqvist chairs ${dialogue}`,
        `Budi Santoso chairs ${dialogue}`,
      ]),
    );
  });
  it('knows a four-word Vietnamese name, "Colonel General", "Vice Chairman" and "Vice-Minister"', () => {
    expect(triples(propose('The talks were chaired by Deputy Foreign Minister Nguyen Thi Mai Lan.', blank))).toContain('Nguyen Thi Mai Lan holds_role Deputy Foreign Minister');
    expect(triples(propose('The delegation was led by Deputy Defence Minister Colonel General Nguyen Duc Lam.', blank))).toContain('Nguyen Duc Lam holds_role Deputy Defence Minister');
    expect(triples(propose('It was attended by Vice Chairman of the Viet Nam Coast Guard Major General Le Quang Dao.', blank))).toContain('Le Quang Dao holds_role Vice Chairman of the Viet Nam Coast Guard');
    expect(triples(propose('Japan was represented by Vice-Minister of Defense for International Affairs Tanaka Hiroshi.', blank))).toContain('Tanaka Hiroshi holds_role Vice-Minister of Defense for International Affairs');
  });
  it('reads an ambassador "of Japan to Viet Nam", and an office said in a relative clause', () => {
    expect(triples(propose('Ambassador of Japan to Viet Nam Ito Kenji handed over the vessels.', blank))).toContain('Ito Kenji holds_role Ambassador of Japan to Viet Nam');
    expect(triples(propose('Major General Carlos Medina, who is Commander of the Philippine Army, met the delegation.', blank))).toContain('Carlos Medina holds_role Commander of the Philippine Army');
  });
});

describe('English meetings by other heads, and chairs of a body (rules version 16)', () => {
  it('reads a retreat and a ministerial as events, where they met and who chaired them', () => {
    const retreat = propose('We, the Defence Ministers of the ASEAN Member States, met in Langkawi on 26 February 2025 for a Special ADMM Retreat under the chairmanship of Malaysia.', blank);
    expect(triples(retreat)).toEqual(expect.arrayContaining(['Special ADMM Retreat held_at Langkawi', 'Malaysia chairs Special ADMM Retreat']));
    const ministerial = run('More than 130 delegations attended the United Nations Peacekeeping Ministerial in Berlin on 13–14 May, which was co-chaired by Germany and Ghana.');
    expect(triples(ministerial)).toEqual(expect.arrayContaining(['Germany chairs United Nations Peacekeeping Ministerial', 'United Nations Peacekeeping Ministerial held_at Berlin']));
  });
  it('gives a working group its co-chairs, after a comma or in a relative clause', () => {
    const group = "ADMM-Plus Experts' Working Group on Counter-Terrorism";
    expect(triples(propose(`They noted the progress of the ${group}, co-chaired by Singapore and the Republic of Korea.`, blank))).toEqual(expect.arrayContaining([`Singapore chairs ${group}`, `Republic of Korea chairs ${group}`]));
    expect(triples(propose("The course is run by the ADMM-Plus Experts' Working Group on Humanitarian Mine Action, which Viet Nam and India co-chair.", blank))).toContain("India chairs ADMM-Plus Experts' Working Group on Humanitarian Mine Action");
  });
  it('links the Law of the Sea convention named without its year, and reads an Under-Secretary-General opening a sentence', () => {
    expect(run('We reaffirmed our commitment to the 1982 United Nations Convention on the Law of the Sea.').mentions.map((m) => ('entity' in m ? m.entity : ''))).toContain('unclos');
    expect(triples(propose('The ministers met. Under-Secretary-General for Peace Operations Samuel Okonjo welcomed the pledges.', blank))).toContain('Samuel Okonjo holds_role Under-Secretary-General for Peace Operations');
  });
});

describe('courses, and who signed said after the document (rules version 16)', () => {
  it('reads a course named by what it teaches, and "Khóa học" after it as that course', () => {
    const p = run('Khóa huấn luyện rà phá bom mìn nhân đạo dành cho 30 học viên khai giảng tại Hà Nội. Khóa học do Cơ quan Hợp tác Quốc tế Hàn Quốc (KOICA) tài trợ, trong khuôn khổ Dự án Khắc phục hậu quả bom mìn tại Việt Nam – Hàn Quốc giai đoạn 2.');
    const course = 'Khóa huấn luyện rà phá bom mìn nhân đạo';
    expect(labels(p)).toContain(`event:${course}`);
    expect(triples(p)).toContain(`Cơ quan Hợp tác Quốc tế Hàn Quốc supports ${course}`);
    expect(labels(p).filter((l) => l.startsWith('place:'))).toEqual(['place:Hà Nội']);
    expect(labels(run('Khoa học quân sự là môn học bắt buộc.')).filter((l) => l.startsWith('event:'))).toEqual([]);
  });
  it('reads "Ký văn kiện là A, …, và B, …" as both signing the article’s instrument', () => {
    const p = propose('Bộ Công an Việt Nam và Bộ Nội vụ Hungary đã ký Hiệp định về hợp tác phòng, chống tội phạm tại Budapest hôm 23/5. Ký văn kiện là Thượng tướng Vũ Đình Phong, Thứ trưởng Bộ Công an, và ông Tóth Gábor, Quốc vụ khanh Bộ Nội vụ Hungary.', blank);
    const agreement = 'Hiệp định về hợp tác phòng, chống tội phạm';
    expect(triples(p)).toEqual(expect.arrayContaining([`Vũ Đình Phong signs ${agreement}`, `Tóth Gábor signs ${agreement}`]));
  });
});

describe('English support by giving, and a declaration on a partnership (rules version 16)', () => {
  it('reads gifts and help to someone as support for them, not for the help', () => {
    expect(triples(propose('Australia will gift a third Guardian-class patrol boat to Timor-Leste.', blank))).toContain('Australia supports Timor-Leste');
    const helped = triples(propose('Japan has also assisted the Viet Nam Coast Guard with training.', blank));
    expect(helped).toContain('Japan supports Viet Nam Coast Guard');
    expect(helped.filter((t) => t.endsWith('training'))).toEqual([]);
  });
  it('types a declaration on a partnership as a document, grounded in by what is held pursuant to it, and no domain', () => {
    const p = propose('The Viet Nam–Germany Strategic Dialogue, held pursuant to the 2011 Ha Noi Declaration on the Viet Nam–Germany Strategic Partnership, reviewed defence industry cooperation.', blank);
    const declaration = 'Ha Noi Declaration on the Viet Nam–Germany Strategic Partnership';
    expect(labels(p)).toContain(`agreement:${declaration}`);
    expect(labels(p)).not.toContain('domain:Viet Nam–Germany Strategic Partnership');
    expect(triples(p)).toContain(`Viet Nam–Germany Strategic Dialogue grounded_in ${declaration}`);
  });
});

describe('the domains of a second verb whose subject is the two sides (rules version 16)', () => {
  it('gives what "the two sides … and agreed to prioritise" to the article’s event, not to a memorandum they reviewed', () => {
    const p = propose('The 5th Viet Nam–Japan Defence Policy Dialogue took place in Tokyo on Monday. The two sides reviewed the implementation of the Memorandum on Defence Cooperation and Exchanges signed in 2011 and agreed to prioritise military medicine and defence industry.', blank);
    const dialogue = '5th Viet Nam–Japan Defence Policy Dialogue';
    expect(triples(p).filter((t) => t.includes(' covers '))).toEqual([`${dialogue} covers military medicine`, `${dialogue} covers defence industry`]);
  });
  it('does so in Vietnamese, after "và nhất trí"', () => {
    const p = propose('Tham vấn chính trị Việt Nam – Philippines lần thứ 11 đã diễn ra tại Manila. Hai bên đánh giá việc triển khai Bản ghi nhớ về hợp tác ứng phó sự cố trên biển ký năm 2023, và nhất trí tăng cường hợp tác bảo vệ môi trường biển.', blank);
    expect(triples(p)).toContain('Tham vấn chính trị Việt Nam – Philippines lần thứ 11 covers bảo vệ môi trường biển');
  });
});

describe('a list item after an owner’s "’s", and who is quoted (rules version 16)', () => {
  it('takes the office holder after "Japan’s …" as the co-chair, not Japan', () => {
    const p = propose("The 5th Viet Nam–Japan Defence Policy Dialogue took place in Tokyo, co-chaired by Deputy Minister of National Defence Lieutenant General Pham Van Son and Japan's Vice-Minister of Defense for International Affairs Tanaka Hiroshi.", blank);
    const chairs = triples(p).filter((t) => t.includes(' chairs '));
    expect(chairs.sort()).toEqual(['Pham Van Son chairs 5th Viet Nam–Japan Defence Policy Dialogue', 'Tanaka Hiroshi chairs 5th Viet Nam–Japan Defence Policy Dialogue']);
  });
  it('leaves the spokesperson a wire story quotes out of the signatories', () => {
    const p = propose("The Philippines has signed a contract with Damen Shipyards Group. The contract was signed in Manila on Monday by Defence Undersecretary Ramon Villareal and Damen's regional director, Pieter van Dijk, a department spokesperson, Arsenio Lagdameo, told reporters.", blank);
    const signs = triples(p).filter((t) => t.includes(' signs '));
    expect(signs).toEqual(expect.arrayContaining(['Ramon Villareal signs contract', 'Pieter van Dijk signs contract']));
    expect(signs.filter((t) => t.startsWith('Arsenio'))).toEqual([]);
  });
});

describe('known names that are not there (rules version 16)', () => {
  const known = (text: string) => run(text).mentions.flatMap((m) => ('entity' in m ? [`${m.quote}=${m.entity}`] : []));
  it('does not read "the Vietnamese ministry" as the ministry of defence, a short form written without its capitals', () => {
    expect(known('The Korean National Police Agency and the Vietnamese ministry agreed to cooperate.')).not.toContain('Vietnamese ministry=vn-ministry-of-defence');
  });
  it('does not mark the words a body’s name ends with, nor the field it is named after, as known entities', () => {
    expect(known('The ASEAN Member States adopted the declaration.')).toEqual(['ASEAN=asean']);
    expect(known('Officers of the Department of Peacekeeping Operations attended.')).toEqual([]);
    expect(known('The course was held at the US Coast Guard Training Center Yorktown.')).toEqual([]);
    expect(known('Hải quân Việt Nam và Cảnh sát biển Việt Nam tham gia.')).toEqual(['Việt Nam=vietnam', 'Việt Nam=vietnam']);
  });
});

describe('two English names joined by "and the" (rules version 16)', () => {
  it('parts two ministries of two states, a charter and a treaty, and an abbreviation and a name', () => {
    expect(labels(propose('The memorandum between the Ministry of Defence of the Republic of Singapore and the Ministry of Defence of Brunei Darussalam was renewed.', blank))).toEqual(
      expect.arrayContaining(['actor:Ministry of Defence of the Republic of Singapore', 'actor:Ministry of Defence of Brunei Darussalam']),
    );
    expect(labels(propose('It acts in accordance with the ASEAN Charter and the Treaty of Amity and Cooperation in Southeast Asia.', blank))).toEqual(
      expect.arrayContaining(['framework:ASEAN Charter', 'agreement:Treaty of Amity and Cooperation in Southeast Asia']),
    );
    expect(labels(propose('The project is implemented by GIZ and Expertise France.', blank))).toEqual(expect.arrayContaining(['actor:GIZ', 'actor:Expertise France']));
  });
  it('still reads one name that holds "and"', () => {
    expect(labels(propose('The Ministry of Science and Technology signed it.', blank))).toContain('actor:Ministry of Science and Technology');
    expect(labels(propose('Officials of the Peace and Security Council met.', blank))).toContain('actor:Peace and Security Council');
  });
});

describe('abbreviations the rules cannot spell out (rules version 16)', () => {
  it('reads "the MoU" as the memorandum of understanding named before, grounded in nothing of its own', () => {
    const p = run('Viet Nam and Laos signed a memorandum of understanding on combating transnational crime. Under the MoU, the two ministries will share information.');
    expect(labels(p).filter((l) => l.startsWith('agreement:'))).toEqual(['agreement:memorandum of understanding on combating transnational crime']);
    expect(triples(p).filter((t) => t.includes('grounded_in'))).toEqual([]);
  });
  it('takes "(INL)" after the bureau for its abbreviation, not its owner, and the department after it for its owner', () => {
    const p = run('The course was funded by the Bureau of International Narcotics and Law Enforcement Affairs (INL) of the US State Department. INL also funded a second course.');
    expect(labels(p)).not.toContain('actor:INL');
    expect(triples(p)).toContain('Bureau of International Narcotics and Law Enforcement Affairs part_of US State Department');
  });
});

describe('who takes part, and where a body is (rules version 16)', () => {
  it('reads participants from states, observers sent and who took part alongside', () => {
    expect(triples(propose('The UK opened a UN Staff Officers Course for 30 participants from Viet Nam, Laos and Cambodia in Hanoi.', blank))).toEqual(
      expect.arrayContaining(['Viet Nam participates_in UN Staff Officers Course', 'Laos participates_in UN Staff Officers Course', 'Cambodia participates_in UN Staff Officers Course']),
    );
    expect(triples(propose('Troops began the Salaknib Dagat exercise on Monday, with Japan and France sending observers for the first time.', blank))).toEqual(
      expect.arrayContaining(['Japan participates_in Salaknib Dagat', 'France participates_in Salaknib Dagat']),
    );
    expect(triples(propose('HMS Spey took part in Exercise Bersama Lima alongside the Royal Malaysian Navy.', blank))).toContain('Royal Malaysian Navy participates_in Exercise Bersama Lima');
  });
  it('reads where a body is after its abbreviation, and where a unit is stationed now', () => {
    expect(triples(run('Trung tâm Hành động bom mìn Campuchia (CMAC) có trụ sở tại Phnom Penh.'))).toContain('Trung tâm Hành động bom mìn Campuchia located_in Phnom Penh');
    expect(triples(run('Bệnh viện Dã chiến cấp 2 số 5 hiện đóng quân tại Bentiu.'))).toContain('Bệnh viện Dã chiến cấp 2 số 5 located_in Bentiu');
  });
});

describe('what a working group covers (rules version 16)', () => {
  it('reads the fields of "…, which cover …" and "…, in particular on …" after a body’s name', () => {
    const p = propose("Ministers welcomed the ADMM-Plus Experts' Working Groups (EWGs), which cover maritime security, counter-terrorism and military medicine.", blank);
    const groups = "ADMM-Plus Experts' Working Groups";
    expect(labels(p)).toContain(`framework:${groups}`);
    expect(triples(p)).toEqual(expect.arrayContaining([`${groups} covers maritime security`, `${groups} covers counter-terrorism`, `${groups} covers military medicine`]));
    expect(triples(propose("We noted the work of the ADMM-Plus Experts' Working Groups, in particular on counter-terrorism and cyber security.", blank))).toContain(`${groups} covers cyber security`);
  });
  it('reads a working group’s name with its field after "về"', () => {
    expect(labels(run('Nhóm công tác ASEAN về an ninh mạng họp tại Hà Nội.'))).toContain('actor:Nhóm công tác ASEAN về an ninh mạng');
  });
});

describe('what a review of version 16 found (rules version 16)', () => {
  it('keeps a second memorandum between other sides apart from the first', () => {
    const p = propose('Năm 2019, Việt Nam và Nhật Bản ký Bản ghi nhớ về hợp tác quốc phòng. Năm 2023, Bản ghi nhớ giữa Bộ Quốc phòng Việt Nam và Bộ Quốc phòng Australia được ký tại Canberra.', blank);
    expect(labels(p).filter((l) => l.startsWith('agreement:'))).toHaveLength(2);
    expect(triples(p)).not.toContain('Bản ghi nhớ về hợp tác quốc phòng signed_at Canberra');
  });
  it('does not run an agency’s name on to the sentence’s end or a state that ends a clause', () => {
    expect(labels(propose('Học viện Quốc phòng đào tạo học viên quân sự Lào.', blank))).toContain('actor:Học viện Quốc phòng');
    expect(labels(propose('Văn phòng Bộ Quốc phòng phát hành tài liệu.', blank)).filter((l) => l.includes('phát hành'))).toEqual([]);
  });
  it('reads no support in handing over a chairmanship', () => {
    expect(triples(propose('Laos handed over the ASEAN Chairmanship to Malaysia at the closing ceremony.', blank))).not.toContain('Laos supports Malaysia');
  });
  it('places the unit, not its parent body, where it is stationed', () => {
    expect(triples(propose('Bệnh viện dã chiến cấp 2 số 6, đơn vị trực thuộc Cục Gìn giữ hòa bình Việt Nam, hiện đóng quân tại Bentiu.', blank)).filter((t) => t.startsWith('Cục Gìn giữ hòa bình Việt Nam located_in'))).toEqual([]);
  });
  it('ends an event’s topic at "nhân dịp"', () => {
    expect(labels(propose('Hội thảo về an ninh biển nhân dịp kỷ niệm 30 năm quan hệ Việt Nam – Ấn Độ diễn ra tại Hà Nội.', blank))).toContain('event:Hội thảo về an ninh biển');
  });
  it('places only the event "met in X for" names right after "for"', () => {
    expect(triples(propose('Defence officials met in Hanoi last week for talks on the Shangri-La Dialogue agenda.', blank)).filter((t) => t.startsWith('Shangri-La Dialogue held_at'))).toEqual([]);
  });
  it('takes "an MoU" for another memorandum', () => {
    const p = propose('Viet Nam and Japan signed a memorandum of understanding on cyber security. Viet Nam also signed an MoU with Australia on the same day.', blank);
    expect(triples(p).filter((t) => t.startsWith('Australia signs memorandum'))).toEqual([]);
  });
  it('gives a person an office, never a body', () => {
    expect(triples(propose("Captain Le Van Hai, who is the Philippine Navy's liaison officer, spoke to reporters.", blank)).filter((t) => t.includes('holds_role'))).toEqual([]);
  });
  it('keeps "Naval Cooperation" whole rather than a bare adjective', () => {
    expect(labels(propose('They signed a Memorandum of Understanding on Naval Cooperation.', blank))).not.toContain('domain:Naval');
  });
  it('reads nothing a clause denies, but a "không" inside a word is no denial', () => {
    expect(triples(propose('The United States has not sent troops to the Cobra Gold exercise since 2014.', blank)).filter((t) => t.includes('participates_in'))).toEqual([]);
    expect(triples(propose('The Philippines opened fire during the Balikatan exercise.', blank)).filter((t) => t.includes('participates_in'))).toEqual([]);
    expect(triples(propose('Chính phủ Canada công bố khoản viện trợ không hoàn lại cho Dự án Khắc phục hậu quả bom mìn tại tỉnh Quảng Trị.', blank))).toContain('Chính phủ Canada supports Dự án Khắc phục hậu quả bom mìn tại tỉnh Quảng Trị');
  });
  it('ends a memorandum’s topic where the sides agree to more, and parts two ministries named one after another', () => {
    const p = propose('Tham vấn chính trị Việt Nam – Philippines lần thứ 11 đã diễn ra tại Manila. Hai bên đánh giá việc triển khai Bản ghi nhớ về hợp tác ứng phó sự cố trên biển và nhất trí tăng cường hợp tác bảo vệ môi trường biển.', blank);
    expect(labels(p)).toContain('agreement:Bản ghi nhớ về hợp tác ứng phó sự cố trên biển');
    expect(labels(propose('The Ministry of Foreign Affairs and the Ministry of Defence of Viet Nam issued a joint statement.', blank))).toEqual(expect.arrayContaining(['actor:Ministry of Foreign Affairs', 'actor:Ministry of Defence of Viet Nam']));
    expect(labels(propose('Hai bên ký Bản ghi nhớ về cơ chế họp thường niên giữa hai Bộ Quốc phòng.', blank)).filter((l) => l.startsWith('agreement:'))).toEqual(['agreement:Bản ghi nhớ về cơ chế họp thường niên']);
  });
});
