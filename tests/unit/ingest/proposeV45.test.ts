/**
 * Rules version 45: ships named with their hull numbers and their navies in English, lists of ships that arrive, and a
 * person's two offices joined by "and". The sentences here are written anew.
 */
import { describe, expect, it } from 'vitest';
import { blank, triples } from '../../helpers/proposals';
import { propose } from '../../../src/ingest/propose';

const of = (text: string) => triples(propose(text, blank));

describe('ships in English lists (rules version 45)', () => {
  it('reads a hull number in brackets as the ship’s, not as a name that takes part', () => {
    const p = propose('The Royal Thai Navy’s HTMS Naresuan (FFG-421) arrived in Cam Ranh on 3 March for a three-day goodwill visit.', blank);
    expect(p.candidates.some((c) => c.label === 'FFG-421')).toBe(false);
    expect(triples(p)).toContain('HTMS Naresuan participates_in three-day goodwill visit');
  });

  it('reads every ship of a list that arrives for a visit, each after its navy’s "’s"', () => {
    const t = of("The Indonesian Navy's KRI Usman Harun and the Republic of Korea Navy's ROKS Gwanggaeto arrived at Sihanoukville port on Monday for a four-day visit.");
    expect(t).toContain('KRI Usman Harun participates_in four-day visit');
    expect(t).toContain('ROKS Gwanggaeto participates_in four-day visit');
    expect(t).not.toContain('Republic of Korea Navy participates_in four-day visit');
  });

  it('passes over what the first ship is, between commas, to the next ship of the list', () => {
    const t = of('HMAS Arunta, an Anzac-class frigate of the Royal Australian Navy, and the Malaysian corvette KD Lekiu arrived at Subic Bay on Tuesday for a port visit.');
    expect(t).toContain('HMAS Arunta participates_in port visit');
    expect(t).toContain('KD Lekiu participates_in port visit');
    expect(t).not.toContain('Royal Australian Navy participates_in port visit');
  });

  it('reads each ship of a list that took part, after its navy’s "’s"', () => {
    const t = of("The Japan Maritime Self-Defense Force's JS Kaga and the French Navy's FS Vendémiaire took part in Exercise Pacific Crest 2027.");
    expect(t).toContain('JS Kaga participates_in Exercise Pacific Crest 2027');
    expect(t).toContain('FS Vendémiaire participates_in Exercise Pacific Crest 2027');
  });

  it('keeps the owner the item when what follows its "’s" is an event, not one who acts', () => {
    const t = of("Delegates from Brunei and Japan's Exercise Southern Shield 2027 team attended the closing ceremony.");
    expect(t.some((x) => x.includes('Southern Shield 2027 participates_in'))).toBe(false);
  });
});

describe('two offices of one person (rules version 45)', () => {
  it('gives the person both offices joined by "and" before the name', () => {
    const t = of('Deputy Prime Minister and Minister of Foreign Affairs of Thailand Anuchit Wongsa received the delegation in Bangkok.');
    expect(t).toContain('Anuchit Wongsa holds_role Deputy Prime Minister');
    expect(t).toContain('Anuchit Wongsa holds_role Minister of Foreign Affairs of Thailand');
  });

  it('does not join two people’s offices by "and" when the first is no head of government’s', () => {
    const t = of('The agreements were signed in the presence of the Defence Secretary and Ambassador of Japan to India Shri Kenji Mori.');
    expect(t).toContain('Kenji Mori holds_role Ambassador of Japan to India');
    expect(t.some((x) => x.startsWith('Kenji Mori holds_role Defence Secretary'))).toBe(false);
  });
});

describe('places, meetings of heads and welcome ceremonies (rules version 45)', () => {
  it('reads a city named in four words after "arrived in" as a place', () => {
    const p = propose('The frigate HMNZS Te Mana arrived in Ho Chi Minh City on 9 May for a five-day visit.', blank);
    expect(p.candidates.find((c) => c.label === 'Ho Chi Minh City')?.kind).toBe('place');
    expect(triples(p)).toContain('five-day visit held_at Ho Chi Minh City');
  });

  it('keeps a meeting of the heads of agencies whole, up to the agencies', () => {
    const t = of('Hội nghị Người đứng đầu cơ quan Cảnh sát biển châu Á lần thứ 22 đã diễn ra tại Manila.');
    expect(t).toContain('Hội nghị Người đứng đầu cơ quan Cảnh sát biển châu Á lần thứ 22 held_at Manila');
  });

  it('reads who chairs a welcome ceremony named with the guest it welcomes', () => {
    const t = of('Lễ đón chính thức Thủ tướng Malaysia Ahmad Rizal đã được tổ chức trọng thể tại Phủ Chủ tịch do Thủ tướng Phạm Minh Đức chủ trì.');
    expect(t).toContain('Phạm Minh Đức chairs Lễ đón chính thức');
    expect(t).not.toContain('Ahmad Rizal chairs Lễ đón chính thức');
  });
});

describe('who sends ships and people to an exercise, in Vietnamese (rules version 45)', () => {
  const text =
    'Diễn tập cứu nạn hàng hải đa phương Sea Guardian 2028 (SG28) khai mạc tại Đà Nẵng. Tham gia SG28, Hải quân Hoàng gia Thái Lan cử tàu hộ vệ HTMS Bhumibol Adulyadej thuộc Hạm đội 1 cùng 120 thủy thủ do Đại tá Somchai Prasert, Phó Lữ đoàn trưởng Lữ đoàn Tàu hộ vệ 2, chỉ huy.';

  it('reads the navy that sends, the ship it sends and who commands those sent as taking part, not whose the ship is', () => {
    const t = of(text);
    expect(t).toContain('Hải quân Hoàng gia Thái Lan participates_in Diễn tập cứu nạn hàng hải đa phương Sea Guardian');
    expect(t).toContain('HTMS Bhumibol Adulyadej participates_in Diễn tập cứu nạn hàng hải đa phương Sea Guardian');
    expect(t).toContain('Somchai Prasert participates_in Diễn tập cứu nạn hàng hải đa phương Sea Guardian');
    expect(t).not.toContain('Hạm đội 1 participates_in Diễn tập cứu nạn hàng hải đa phương Sea Guardian');
  });

  it('reads a deputy commander of a brigade or a regiment as an office of that unit', () => {
    const t = of(text);
    expect(t).toContain('Somchai Prasert holds_role Phó Lữ đoàn trưởng Lữ đoàn Tàu hộ vệ 2');
    expect(t).toContain('Phó Lữ đoàn trưởng Lữ đoàn Tàu hộ vệ 2 part_of Lữ đoàn Tàu hộ vệ 2');
  });

  it('reads a force that took part "với" the ship it sent, after the exercise was named', () => {
    const t = of('Diễn tập Komodo 2028 đã khai mạc tại Bali. Hải quân Ấn Độ tham gia với tàu INS Sahyadri.');
    expect(t).toContain('Hải quân Ấn Độ participates_in Diễn tập Komodo 2028');
    expect(t).toContain('INS Sahyadri participates_in Diễn tập Komodo 2028');
  });
});

describe('what units twin and sign (rules version 45)', () => {
  it('ends an instrument named by its topic before the units it is between, and reads them as its parties', () => {
    const p = propose('Thiếu tá Hà Văn Minh và Đại úy Somphone Keo đã ký Biên bản ghi nhớ về kết nghĩa giữa Đồn Biên phòng Cửa khẩu Tây Trang và Đại đội Bảo vệ biên giới 402 giai đoạn 2029–2034.', blank);
    expect(p.candidates.find((c) => c.kind === 'agreement')?.label).toBe('Biên bản ghi nhớ về kết nghĩa');
    expect(triples(p)).toContain('Hà Văn Minh signs Biên bản ghi nhớ về kết nghĩa');
    expect(triples(p)).toContain('Đồn Biên phòng Cửa khẩu Tây Trang party_to Biên bản ghi nhớ về kết nghĩa');
    expect(triples(p)).toContain('Đại đội Bảo vệ biên giới 402 party_to Biên bản ghi nhớ về kết nghĩa');
  });

  it('ends a unit’s name before "kết nghĩa", what it does', () => {
    const p = propose('Đồn Biên phòng Cửa khẩu Tây Trang kết nghĩa với Đại đội Bảo vệ biên giới 402 của Lào', blank);
    expect(p.candidates.map((c) => c.label)).toContain('Đồn Biên phòng Cửa khẩu Tây Trang');
    expect(triples(p)).toContain('Đại đội Bảo vệ biên giới 402 part_of Lào');
  });
});

describe('a search at sea, in English (rules version 45)', () => {
  const text =
    'Nine fishers were rescued after a coordinated search in the Arafura Sea. The Maritime Rescue Coordination Centre coordinated the search with BASARNAS. The search involved a Royal Australian Air Force P-8A Poseidon from No. 92 Wing. The patrol boat ABFC Roebuck Bay also joined the search.';

  it('reads the search as an occasion, where it was, and who coordinated it', () => {
    const t = of(text);
    expect(t).toContain('coordinated search held_at Arafura Sea');
    expect(t).toContain('Maritime Rescue Coordination Centre chairs coordinated search');
    expect(t).toContain('BASARNAS chairs coordinated search');
  });

  it('reads who the search involved and who joined it, the force apart from its aircraft', () => {
    const p = propose(text, blank);
    expect(p.candidates.map((c) => c.label)).toContain('Royal Australian Air Force');
    expect(p.candidates.map((c) => c.label)).toContain('No. 92 Wing');
    const t = triples(p);
    expect(t).toContain('Royal Australian Air Force participates_in coordinated search');
    expect(t).toContain('ABFC Roebuck Bay participates_in coordinated search');
  });

  it('does not read "search and rescue" as a search', () => {
    expect(propose('The two navies held a search and rescue exercise off Guam.', blank).candidates.some((c) => c.label.endsWith('search'))).toBe(false);
  });
});

describe('a course closing in an Indian release (rules version 45)', () => {
  const text =
    'Ministry of Defence — Posted On: 12 MAR 2030 3:10PM by PIB Delhi\nThe 9th Defence Logistics Course, conducted by the College of Defence Management, New Delhi, concluded today. The course was attended by 30 officers from 12 countries, among them Mongolia, Ghana and Peru, along with 18 officers of the Indian Navy. Air Marshal Ravi Bhatt was the Chief Guest at the closing ceremony. Major Tran Minh Duc of the Viet Nam People\'s Army and Lt Gen Mehra also spoke.';

  it('reads the states among those who attended, and the body of those along with them', () => {
    const t = of(text);
    for (const state of ['Mongolia', 'Ghana', 'Peru', 'Indian Navy']) expect(t).toContain(`${state} participates_in 9th Defence Logistics Course`);
  });

  it('reads a city the project knows as a place, after a body’s comma too', () => {
    const p = propose(text, blank);
    expect(p.candidates.find((c) => c.label === 'New Delhi')?.kind).toBe('place');
    expect(triples(p)).not.toContain('New Delhi participates_in 9th Defence Logistics Course');
  });

  it('reads the chief guest as taking part, "Chief Guest" no office and no name', () => {
    const p = propose(text, blank);
    expect(triples(p)).toContain('Ravi Bhatt participates_in closing ceremony');
    expect(p.candidates.some((c) => ['Chief', 'Guest', 'Chief Guest'].includes(c.label))).toBe(false);
  });

  it('reads a major and a short "Lt Gen" as ranks, and the byline of the Press Information Bureau as no one', () => {
    const labels = propose(text, blank).candidates.map((c) => c.label);
    expect(labels).toContain('Tran Minh Duc');
    expect(labels).toContain('Mehra');
    expect(labels.some((l) => ['Posted', 'PIB Delhi'].includes(l))).toBe(false);
  });
});

describe('an exchange programme held as an occasion (rules version 45)', () => {
  const text =
    'Từ ngày 10 đến 12/9, Học viện Quân y phối hợp với Bộ Tư lệnh Quân y Hàn Quốc tổ chức Chương trình giao lưu y học quân sự Việt Nam – Hàn Quốc lần thứ 2 tại Hà Nội. Chương trình được tổ chức trong khuôn khổ Bản ghi nhớ về hợp tác quân y, được ký tại Seoul năm 2025.';

  it('reads "Chương trình giao lưu … lần thứ 2" as an occasion, with its organisers, its place and the states it names', () => {
    const p = propose(text, blank);
    expect(p.candidates.find((c) => c.label.startsWith('Chương trình giao lưu'))?.kind).toBe('event');
    const t = triples(p);
    expect(t).toContain('Học viện Quân y chairs Chương trình giao lưu y học quân sự Việt Nam – Hàn Quốc lần thứ 2');
    expect(t).toContain('Chương trình giao lưu y học quân sự Việt Nam – Hàn Quốc lần thứ 2 held_at Hà Nội');
  });

  it('does not hold the occasion where the instrument it is under was signed', () => {
    expect(of(text)).not.toContain('Chương trình giao lưu y học quân sự Việt Nam – Hàn Quốc lần thứ 2 held_at Seoul');
  });
});

describe('China’s coast guard and units of other states at a ceremony (rules version 45)', () => {
  it('keeps "Hải cảnh" whole, in a bureau’s name and as China’s coast guard', () => {
    const t = of('Bộ Tư lệnh Vùng Cảnh sát biển 2 (Cảnh sát biển Việt Nam) và Cục Hải cảnh Đông Hải (Hải cảnh Trung Quốc) đã tiến hành đợt tuần tra liên hợp.');
    expect(t).toContain('Cục Hải cảnh Đông Hải part_of Hải cảnh Trung Quốc');
    expect(t).toContain('Hải cảnh Trung Quốc part_of Trung Quốc');
    expect(t).toContain('Cục Hải cảnh Đông Hải participates_in đợt tuần tra');
  });

  it('reads the states whose units’ representatives attended, after "đại diện các đơn vị của"', () => {
    const t = of('Sáng 3/11, Phái bộ đã tổ chức lễ diễu binh tại Bentiu. Tham dự buổi lễ có Trung tướng Omar Diallo, Tư lệnh Lực lượng UNMISS; bà Sara Lind, Trưởng Văn phòng UNMISS tại Bentiu; Thiếu tướng Lê Văn Sơn, Cục trưởng Cục Gìn giữ hòa bình Việt Nam, cùng đại diện các đơn vị của Rwanda, Nepal và Pakistan đang làm nhiệm vụ tại địa bàn.');
    for (const state of ['Rwanda', 'Nepal', 'Pakistan']) expect(t).toContain(`${state} participates_in lễ diễu binh`);
  });
});

describe('a title after a count says who again (rules version 45)', () => {
  it('reads no office in "hai Bộ trưởng nhất trí …", and the two ministers as who signed', () => {
    const p = propose('Đại tướng Lê Văn Thành, Bộ trưởng Bộ Quốc phòng Việt Nam, hội đàm với Thượng tướng Chansamone Vong, Bộ trưởng Bộ Quốc phòng Lào. Hai Bộ trưởng nhất trí tăng cường hợp tác. Kế hoạch hợp tác quốc phòng năm 2030 do hai Bộ trưởng trực tiếp ký.', blank);
    expect(p.candidates.some((c) => c.label.startsWith('Bộ trưởng nhất trí') || c.label.startsWith('Bộ trưởng trực tiếp'))).toBe(false);
    const t = triples(p);
    expect(t).toContain('Lê Văn Thành signs Kế hoạch hợp tác quốc phòng năm 2030');
    expect(t).toContain('Chansamone Vong signs Kế hoạch hợp tác quốc phòng năm 2030');
  });
});

describe('a co-chairs’ summary (rules version 45)', () => {
  it('reads who represented the co-chairs and the experts who presented as taking part in the meeting', () => {
    const t = of('The 5th ARF Inter-Sessional Meeting on Counter-Terrorism was held in Vientiane on 4 May 2030. The co-chairs were represented by Mr Somsack Inthavong, Director-General of the ASEAN Department; and Ms Clara Weiss, Director for Asia. Presentations were delivered by experts from Singapore, Canada and the Republic of Korea.');
    for (const who of ['Somsack Inthavong', 'Singapore', 'Canada', 'Republic of Korea']) expect(t).toContain(`${who} participates_in 5th ARF Inter-Sessional Meeting on Counter-Terrorism`);
  });
});

describe('an office with its owner before it, an exercise set off by its description (rules version 45)', () => {
  it('reads "NATO Assistant Secretary General for … Policy" as an office, whatever its portfolio ends with', () => {
    const t = of('The talks were co-chaired by Ms Hanne Berg, NATO Deputy Assistant Secretary General for Operations and Security Policy.');
    expect(t).toContain('Hanne Berg holds_role NATO Deputy Assistant Secretary General for Operations and Security Policy');
    expect(t).toContain('Hanne Berg chairs talks');
  });

  it('reads a name that a description of an exercise sets off as the exercise, not a name that describes a person', () => {
    const p = propose('New Zealand took part in Crimson Tide, the annual multinational maritime exercise held off Guam. Ana Ruiz, the exercise director, spoke.', blank);
    expect(p.candidates.find((c) => c.label === 'Crimson Tide')?.kind).toBe('event');
    expect(p.candidates.find((c) => c.label === 'Ana Ruiz')?.kind).toBe('actor');
    expect(triples(p)).toContain('New Zealand participates_in Crimson Tide');
  });
});
