/**
 * Rules version 46: a body named alone and inside an office's name, ships that arrive, offices and bodies after commas, lists
 * after "such as", a defence readout, an Indian ministry's contracts, the EU's legal acts, agencies with two fields, a festival,
 * a reception, students, a statement of intent, and what a reviewer found. The sentences here are written anew.
 */
import { describe, expect, it } from 'vitest';
import { blank, triples } from '../../helpers/proposals';
import { propose } from '../../../src/ingest/propose';

const of = (text: string) => triples(propose(text, blank));


describe('a body named alone and inside an office (rules version 46)', () => {
  it('reads the body an office heads as the one named alone by its shorter name, and gives it the owner the office names', () => {
    const p = propose('Đoàn cảm ơn Bộ Ngoại giao Lào, Vụ Lễ tân và các đơn vị liên quan. Dự buổi làm việc có ông Khamphao Sitthideth, Vụ trưởng Vụ Lễ tân Bộ Ngoại giao Lào.', blank);
    expect(p.candidates.filter((c) => c.label.startsWith('Vụ Lễ tân')).map((c) => c.label)).toEqual(['Vụ Lễ tân']);
    const t = triples(p);
    expect(t).toContain('Vụ trưởng Vụ Lễ tân Bộ Ngoại giao Lào heads Vụ Lễ tân');
    expect(t).toContain('Vụ Lễ tân part_of Bộ Ngoại giao Lào');
  });

  it('keeps the longer body apart when what follows the short name inside the office is no owner', () => {
    const p = propose('Đoàn thăm Cục Quân y. Tiếp đoàn có Thiếu tướng Lê Văn Hòa, Cục trưởng Cục Quân y Dã chiến Miền Trung.', blank);
    expect(p.candidates.some((c) => c.label === 'Cục Quân y Dã chiến Miền Trung')).toBe(true);
  });
});

describe('ships that arrive (rules version 46)', () => {
  it('reads the ships whose arrival opened a phase as taking part in the exercise named before, each of its navy', () => {
    const t = of('Exercise Southern Tide 2027 opened in Fremantle on 4 May. The sea phase began on Tuesday with the arrival of HMNZS Aotearoa and HMNZS Te Kaha of the Royal New Zealand Navy, KD Jebat of the Royal Malaysian Navy and RSS Formidable of the Republic of Singapore Navy.');
    for (const ship of ['HMNZS Aotearoa', 'HMNZS Te Kaha', 'KD Jebat', 'RSS Formidable']) expect(t).toContain(`${ship} participates_in Exercise Southern Tide 2027`);
    expect(t).toContain('HMNZS Aotearoa part_of Royal New Zealand Navy');
    expect(t).toContain('HMNZS Te Kaha part_of Royal New Zealand Navy');
    expect(t).toContain('RSS Formidable part_of Republic of Singapore Navy');
    expect(t).not.toContain('Royal Malaysian Navy part_of Republic of Singapore Navy');
  });

  it('reads no ship after "arrival of" as a place', () => {
    const p = propose('Crowds gathered at the wharf for the arrival of HMAS Warramunga on Friday.', blank);
    expect(p.candidates.find((c) => c.label === 'HMAS Warramunga')?.kind).toBe('actor');
  });
});

describe('offices and bodies after commas (rules version 46)', () => {
  it('reads the body after an office’s comma as where the office is held, and the body after that as its whole, before "; and"', () => {
    const t = of('The co-chairs were represented by Ms Anna Berg, First Secretary, Nordic Security Unit, Department of Foreign Affairs of Sweden; and Mr Tomas Ruiz, Deputy Managing Director for the Americas, European External Action Service (EEAS).');
    expect(t).toContain('First Secretary part_of Nordic Security Unit');
    expect(t).toContain('Nordic Security Unit part_of Department of Foreign Affairs of Sweden');
    expect(t).toContain('Deputy Managing Director for the Americas part_of European External Action Service');
  });

  it('reads no office after a comma as part of a state or of the next person', () => {
    const t = of('The talks were attended by Mr Lars Holm, Ambassador, Sweden, and Ms Eva Lind, Counsellor.');
    expect(t.some((x) => x.startsWith('Ambassador part_of'))).toBe(false);
  });
});

describe('exercises named after "such as" (rules version 46)', () => {
  it('reads who took part in exercises named after "such as"', () => {
    const t = of('Under the earlier programme, New Zealand took part in multinational exercises such as Pitch Black, Talisman Sabre and Kakadu.');
    for (const exercise of ['Pitch Black', 'Talisman Sabre', 'Kakadu']) expect(t).toContain(`New Zealand participates_in ${exercise}`);
  });

  it('ends an exercise’s name before "and" when the next name opens with "Exercise" again', () => {
    const p = propose('Fiji joined Exercise Tropic Twilight and Exercise Longreach 2026 last year.', blank);
    expect(p.candidates.map((c) => c.label)).toEqual(expect.arrayContaining(['Exercise Tropic Twilight', 'Exercise Longreach 2026']));
    expect(triples(p)).toContain('Fiji participates_in Exercise Tropic Twilight');
  });
});

describe('a defence readout (rules version 46)', () => {
  it('reads the Democratic People’s Republic of Korea as no name of the Republic of Korea', () => {
    const t = of("Republic of Korea Minister of National Defense Kim Do-hyun condemned the Democratic People's Republic of Korea's launches. The Republic of Korea Navy took part.");
    expect(t).toContain('Republic of Korea Minister of National Defense part_of Republic of Korea');
    expect(t).toContain('Republic of Korea Navy part_of Republic of Korea');
    expect(t.some((x) => x.includes("part_of Democratic People's Republic of Korea"))).toBe(false);
  });

  it('reads the host and the guests of a meeting they met "for", its name opened by its three states', () => {
    const p = propose('Defence Minister Tom Alder hosted Japanese Minister of Defense Kenji Arai and Philippine Secretary of National Defense Jose Ramos in Canberra today for the second Australia–Japan–Philippines Defence Ministers’ Meeting (DMM).', blank);
    expect(p.candidates.map((c) => c.label)).toContain('Australia–Japan–Philippines Defence Ministers’ Meeting');
    const t = triples(p);
    expect(t).toContain('Tom Alder chairs Australia–Japan–Philippines Defence Ministers’ Meeting');
    expect(t).toContain('Kenji Arai participates_in Australia–Japan–Philippines Defence Ministers’ Meeting');
    expect(t).toContain('Jose Ramos participates_in Australia–Japan–Philippines Defence Ministers’ Meeting');
  });

  it('does not count a press secretary among the ministers who signed', () => {
    const t = of('Pentagon Press Secretary Mark Ellis provided the following readout. Secretary of Defense Tom Reed and Minister of Defense Kenji Arai met in Washington. The two Ministers signed a Memorandum on Space Cooperation.');
    expect(t).toContain('Tom Reed signs Memorandum on Space Cooperation');
    expect(t).toContain('Kenji Arai signs Memorandum on Space Cooperation');
    expect(t).not.toContain('Mark Ellis signs Memorandum on Space Cooperation');
  });
});

describe('an Indian ministry’s contracts (rules version 46)', () => {
  it('reads a name its abbreviation and "project" follow as a project, and what the project is for', () => {
    const t = of('The Ministry signed a contract under the Fast Patrol Vessel (FPV) project of the Indian Coast Guard. The FPV project is intended to strengthen the Coast Guard’s capabilities in maritime surveillance, search and rescue and anti-smuggling operations.');
    expect(t).toContain('Fast Patrol Vessel covers maritime surveillance');
    expect(t).toContain('Fast Patrol Vessel covers anti-smuggling operations');
  });

  it('keeps an ampersand between capitalised words inside a company’s name', () => {
    const p = propose('The contract was signed with Mazagon Dock & Shipbuilders Limited (MDSL) and with Larsen & Toubro.', blank);
    expect(p.candidates.map((c) => c.label)).toEqual(expect.arrayContaining(['Mazagon Dock & Shipbuilders Limited', 'Larsen & Toubro']));
  });
});

describe('the EU’s legal acts (rules version 46)', () => {
  it('reads a Council decision by its number as one instrument, what it establishes and what it amends', () => {
    const p = propose('The Council today adopted Council Decision (CFSP) 2027/95 establishing an assistance measure under the European Peace Facility. Decision (CFSP) 2027/95, which amends Council Decision (CFSP) 2024/12, enters into force today.', blank);
    expect(p.candidates.filter((c) => c.kind === 'agreement').map((c) => c.label)).toEqual(expect.arrayContaining(['Council Decision (CFSP) 2027/95', 'Council Decision (CFSP) 2024/12']));
    expect(p.candidates.some((c) => c.label === 'CFSP')).toBe(false);
    const t = triples(p);
    expect(t).toContain('Council Decision (CFSP) 2027/95 establishes assistance measure');
    expect(t.some((x) => x.endsWith('references Council Decision (CFSP) 2024/12'))).toBe(true);
  });

  it('reads no operation named all in capitals after "of" as a place', () => {
    const p = propose('The Council extended the mandate of EUNAVFOR IRINI until 2029.', blank);
    expect(p.candidates.find((c) => c.label === 'EUNAVFOR IRINI')?.kind).not.toBe('place');
  });
});

describe('agencies with two fields and their abbreviations (rules version 46)', () => {
  it('keeps a second field after "và" in an office’s agency, and reads the abbreviation in brackets as the agency’s mention', () => {
    const p = propose('Chuẩn Đô đốc Pierre Morel, Tổng Giám đốc Cơ quan Thủy văn và Hải dương học Hải quân Pháp (SHOM), đã ký văn kiện.', blank);
    const agency = p.candidates.find((c) => c.label === 'Cơ quan Thủy văn và Hải dương học Hải quân Pháp');
    expect(agency?.mentions.map((m) => m.quote)).toEqual(['SHOM']);
    expect(triples(p)).toContain('Pierre Morel holds_role Tổng Giám đốc Cơ quan Thủy văn và Hải dương học Hải quân Pháp');
  });

  it('keeps "và Cựu chiến binh" in a ministry’s name', () => {
    const t = of('Bà Claire Martin, Bộ trưởng Bộ Quân đội và Cựu chiến binh Cộng hòa Pháp, đã điện đàm với Bộ trưởng Bộ Quốc phòng Việt Nam.');
    expect(t).toContain('Claire Martin holds_role Bộ trưởng Bộ Quân đội và Cựu chiến binh Cộng hòa Pháp');
  });

  it('mentions a state inside a longer Vietnamese name at its name, without "Cộng hòa", though its label keeps it', () => {
    const p = propose('Hai bên ký Hiệp định giữa Chính phủ nước Cộng hòa xã hội chủ nghĩa Việt Nam và Chính phủ nước Cộng hòa Séc về hợp tác quốc phòng.', blank);
    const states = p.candidates.filter((c) => c.rule === 'state-in-name');
    expect(states.map((c) => c.label)).toEqual(['Cộng hòa xã hội chủ nghĩa Việt Nam', 'Cộng hòa Séc']);
    expect(states.flatMap((c) => c.mentions.map((m) => m.quote))).toEqual(['Việt Nam', 'Séc']);
  });
});

describe('a festival, a reception and who took part (rules version 46)', () => {
  it('reads a festival named in sentence case up to its quoted name and year, where it was held and who took part', () => {
    const t = of('Tối 5/8, Hội thao Quân sự quốc tế “Vòng tay hữu nghị” năm 2028 đã khai mạc tại Quảng trường Ba Đình, với sự tham gia của Đoàn Thể thao Quân đội cùng các đoàn vận động viên đến từ Lào, Campuchia và Thái Lan.');
    const festival = 'Hội thao Quân sự quốc tế “Vòng tay hữu nghị” năm 2028';
    expect(t).toContain(`${festival} held_at Quảng trường Ba Đình`);
    for (const state of ['Lào', 'Campuchia', 'Thái Lan']) expect(t).toContain(`${state} participates_in ${festival}`);
  });

  it('reads whom the minister received, addressed as "ông", as taking part in the reception named next', () => {
    const t = of('Chiều 4/5, Đại tướng Trần Văn Bình, Bộ trưởng Bộ Quốc phòng, đã tiếp ông Karl Berg và đoàn. Dự buổi tiếp có đại diện Cục Đối ngoại.');
    expect(t).toContain('Trần Văn Bình participates_in buổi tiếp');
    expect(t).toContain('Karl Berg participates_in buổi tiếp');
  });
});

describe('students and the instruments they are trained under (rules version 46)', () => {
  it('reads whose students a graduation was for as taking part in it', () => {
    const t = of('Sáng 20/6, Học viện Hải quân tổ chức lễ bế giảng cho 40 học viên quốc tế thuộc Hải quân Hoàng gia Campuchia và Hải quân nhân dân Lào.');
    expect(t).toContain('Hải quân Hoàng gia Campuchia participates_in lễ bế giảng');
    expect(t).toContain('Hải quân nhân dân Lào participates_in lễ bế giảng');
  });

  it('ends an instrument named by "hợp tác" before the bodies it is between, which are its parties, and gives it no topic "giữa"', () => {
    const p = propose('Học viên được đào tạo theo Hiệp định hợp tác giữa Bộ Quốc phòng Việt Nam và Bộ Quốc phòng Mông Cổ.', blank);
    expect(p.candidates.some((c) => c.kind === 'domain')).toBe(false);
    expect(p.candidates.map((c) => c.label)).toContain('Bộ Quốc phòng Mông Cổ');
    expect(triples(p)).toContain('Bộ Quốc phòng Mông Cổ party_to Hiệp định hợp tác');
  });
});

describe('what the review of version 46 found, each in a sentence of the reviewer’s (rules version 46)', () => {
  it('gives two ships one navy only when their prefixes are one', () => {
    const t = of('HMAS Warramunga and HMNZS Te Kaha of the Royal New Zealand Navy sailed in company through the Lombok Strait.');
    expect(t).toContain('HMNZS Te Kaha part_of Royal New Zealand Navy');
    expect(t).not.toContain('HMAS Warramunga part_of Royal New Zealand Navy');
  });

  it('joins no two states by an ampersand, and reads both as signing', () => {
    const p = propose('India & Australia sign Mutual Logistics Support Arrangement in Canberra.', blank);
    expect(p.candidates.some((c) => c.label.includes('&'))).toBe(false);
    expect(triples(p)).toEqual(expect.arrayContaining(['India signs Mutual Logistics Support Arrangement', 'Australia signs Mutual Logistics Support Arrangement']));
  });

  it('reads the state a navy inside an office’s agency is of ("Hải quân Pháp"), though "quân pháp" is a word', () => {
    const t = of('Đại tá Trần Văn Minh đã làm việc với Tổng Giám đốc Cơ quan Thủy văn và Hải dương học Hải quân Pháp (SHOM).');
    expect(t).toContain('Cơ quan Thủy văn và Hải dương học Hải quân Pháp part_of Pháp');
  });
});

describe('a statement of intent on a summit’s margins (rules version 46)', () => {
  it('reads a statement of intent in lower case, who signed it and the summit on whose margins', () => {
    const t = of('Prime Minister of Fiji Sitiveni Rabuka and NATO Deputy Secretary General Radmila Shekerinska signed a statement of intent on maritime security cooperation on the margins of the NATO Summit.');
    expect(t).toContain('Sitiveni Rabuka signs statement of intent on maritime security cooperation');
    expect(t).toContain('statement of intent on maritime security cooperation signed_at NATO Summit');
  });
});

describe('a state under its long formal name (rules version 46)', () => {
  it('reads "Cộng hòa Dân chủ Nhân dân Lào" whole, so both states of the list sign', () => {
    const p = propose('Ngày 9/1, tại Viêng Chăn, Việt Nam và Cộng hòa Dân chủ Nhân dân Lào đã ký Hiệp định về hợp tác quốc phòng.', blank);
    expect(p.candidates.map((c) => c.label)).toContain('Cộng hòa Dân chủ Nhân dân Lào');
    expect(triples(p)).toEqual(expect.arrayContaining(['Việt Nam signs Hiệp định về hợp tác quốc phòng', 'Cộng hòa Dân chủ Nhân dân Lào signs Hiệp định về hợp tác quốc phòng']));
  });
});
