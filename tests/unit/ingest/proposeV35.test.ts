/**
 * Rules version 35: who took part, said the ways the ninth probe's misses showed ("took part, as did …", "It was attended by
 * representatives of …", "Tham gia đoàn có …", "; phía X có đại diện …", "Trong chuyến công tác …, X đã …"); missions and
 * delegations sent "to" a state or an organisation; a parade as a ceremony; a province's command named by the bare word
 * "tỉnh". The sentences here are written anew.
 */
import { describe, expect, it } from 'vitest';
import { blank, candidate, triples } from '../../helpers/proposals';
import { propose } from '../../../src/ingest/propose';

const of = (text: string) => triples(propose(text, blank));

describe('missions and delegations sent to a state or an organisation (rules version 35)', () => {
  it('reads "the Delegation of the European Union to Korea" whole, not the state it is sent to', () => {
    const p = propose('The Delegation of the European Union to Korea and the EU Military Staff took part in the talks.', blank);
    expect(candidate(p, 'Delegation of the European Union to Korea')).toBeDefined();
    expect(candidate(p, 'Delegation of the European Union')).toBeUndefined();
  });
  it('reads "the Permanent Mission of Chile to the United Nations" as Chile\'s body, not the organisation\'s', () => {
    const p = propose('A counsellor of the Permanent Mission of Chile to the United Nations spoke after the vote.', blank);
    expect(candidate(p, 'Permanent Mission of Chile to the United Nations')).toBeDefined();
    expect(triples(p)).toContain('Permanent Mission of Chile to the United Nations part_of Chile');
  });
  it('reads "Head of the Delegation of the European Union to Viet Nam" whole after the article has named Viet Nam, and as the office of that body', () => {
    const t = of('Viet Nam and the EU signed the letter. It was signed by Ms Anna Berg, Head of the Delegation of the European Union to Viet Nam, and General Tam.');
    expect(t).toEqual(expect.arrayContaining(['Anna Berg holds_role Head of the Delegation of the European Union to Viet Nam', 'Head of the Delegation of the European Union to Viet Nam part_of Delegation of the European Union to Viet Nam']));
  });
  it('keeps a peacekeeping mission named with its abbreviation whole when the sentence opens with "The"', () => {
    const p = propose('The United Nations Mission in the Republic of Kenya (UNMKE) held a medal parade in Nairobi.', blank);
    expect(candidate(p, 'United Nations Mission in the Republic of Kenya')).toBeDefined();
    expect(candidate(p, 'United Nations Mission')).toBeUndefined();
  });
});

describe('who took part, in English (rules version 35)', () => {
  it('reads both lists of "A and B took part, as did officials of C and D"', () => {
    const t = of('The EU and Chile held their second Security and Defence Dialogue in Santiago. The EU Military Staff and the Delegation of the European Union to Chile took part, as did officials of the Chilean Navy and the Investigations Police of Chile.');
    expect(t).toEqual(expect.arrayContaining([
      'EU Military Staff participates_in second Security and Defence Dialogue',
      'Delegation of the European Union to Chile participates_in second Security and Defence Dialogue',
      'Chilean Navy participates_in second Security and Defence Dialogue',
      'Investigations Police of Chile participates_in second Security and Defence Dialogue',
    ]));
  });
  it('reads "It was attended by representatives of the … authorities of A, B and C" as the states taking part', () => {
    const t = of('The Regional Forum on Border Management opened in Vientiane on 4 June 2026. It was attended by representatives of the border authorities of Cambodia, Myanmar and Thailand.');
    expect(t).toEqual(expect.arrayContaining(['Cambodia participates_in Regional Forum on Border Management', 'Myanmar participates_in Regional Forum on Border Management', 'Thailand participates_in Regional Forum on Border Management']));
  });
  it('reads a parade as the ceremony "The ceremony was presided over by …" speaks of, not the mission named since', () => {
    const t = of('The United Nations Mission in the Republic of Kenya (UNMKE) held a medal parade in Nairobi for 200 peacekeepers serving with the Mission. The ceremony was presided over by Major General Amani Otieno and attended by Ms Clara Webb.');
    expect(t).toEqual(expect.arrayContaining(['Amani Otieno chairs medal parade', 'Clara Webb participates_in medal parade']));
    expect(t).not.toContain('Clara Webb participates_in Mission');
  });
});

describe('who took part, in Vietnamese (rules version 35)', () => {
  it('reads "Tham gia đoàn có A, …; đại diện B và C" as those on the delegation\'s visit', () => {
    const t = of('Từ ngày 10 đến 13/6, đoàn đại biểu Bộ Quốc phòng do Thượng tướng Đỗ Văn Hải dẫn đầu đã có chuyến thăm chính thức Hàn Quốc. Tham gia đoàn có Thiếu tướng Lý Minh Quang, Cục trưởng Cục Đối ngoại; đại diện Cục Kinh tế và Văn phòng Bộ Quốc phòng.');
    expect(t).toEqual(expect.arrayContaining([
      'Đỗ Văn Hải participates_in chuyến thăm chính thức Hàn Quốc',
      'Lý Minh Quang participates_in chuyến thăm chính thức Hàn Quốc',
      'Cục Kinh tế participates_in chuyến thăm chính thức Hàn Quốc',
      'Văn phòng Bộ Quốc phòng participates_in chuyến thăm chính thức Hàn Quốc',
    ]));
  });
  it('reads the other side\'s list after a semicolon: "Tham dự hội đàm có A; phía Thái Lan có đại diện B và C"', () => {
    const t = of('Sáng 9/6, tại Bangkok, Thượng tướng Đỗ Văn Hải đã hội đàm với Đại tướng Somsak Chai. Tham dự hội đàm có Thiếu tướng Lý Minh Quang; phía Thái Lan có đại diện Cục Tình báo Quân đội và Văn phòng Nội các Thái Lan.');
    expect(t).toEqual(expect.arrayContaining(['Lý Minh Quang participates_in hội đàm', 'Cục Tình báo Quân đội participates_in hội đàm', 'Văn phòng Nội các Thái Lan participates_in hội đàm']));
  });
  it('reads "Trong chuyến công tác tại X, Thượng tướng Y đã …" as Y taking part in the visit, and not a partnership\'s frame', () => {
    expect(of('Trong chuyến công tác tại Cộng hòa Indonesia, Thượng tướng Đỗ Văn Hải đã thăm Học viện Quân sự.')).toContain('Đỗ Văn Hải participates_in chuyến công tác');
    expect(of('Trong khuôn khổ Quan hệ Đối tác Chiến lược Việt Nam – Indonesia, Đại tướng Lê Quang Hòa đã hội đàm với Bộ trưởng Quốc phòng Indonesia.')).not.toContain('Lê Quang Hòa participates_in Quan hệ Đối tác Chiến lược Việt Nam – Indonesia');
  });
  it('does not read "Trong chuyến thăm, đoàn đã làm việc với X" as X taking part in the visit', () => {
    expect(of('Trong chuyến thăm, đoàn đã làm việc với Bộ Quốc phòng Lào.')).not.toContain('Bộ Quốc phòng Lào participates_in chuyến thăm');
  });
  it('reads a province\'s command named by the bare word "tỉnh" whole, so that the list of who attended goes on past it', () => {
    const t = of('Ngày 8/4, tại tỉnh Gia Lai, Bộ Chỉ huy Quân sự tỉnh tổ chức Lễ bàn giao hài cốt liệt sĩ. Dự buổi lễ có Đại tá Ksor Nhân, Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh; ông Keo Sam, Phó Tỉnh trưởng tỉnh Mondulkiri; đại diện Cục Chính sách và Tổng Lãnh sự quán Việt Nam tại Battambang.');
    expect(t).toEqual(expect.arrayContaining([
      'Ksor Nhân holds_role Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh',
      'Keo Sam participates_in Lễ bàn giao hài cốt liệt sĩ',
      'Cục Chính sách participates_in Lễ bàn giao hài cốt liệt sĩ',
      'Tổng Lãnh sự quán Việt Nam tại Battambang participates_in Lễ bàn giao hài cốt liệt sĩ',
    ]));
  });
});

describe('what an occasion covers, and who holds it (rules version 35)', () => {
  it('reads "The two sides exchanged experience on A, B and C" as what the occasion covers', () => {
    const t = of('Viet Nam and Peru held the first Defence Policy Dialogue in Lima. The two sides also exchanged experience on maritime security, search and rescue and naval medicine.');
    expect(t).toEqual(expect.arrayContaining(['first Defence Policy Dialogue covers maritime security', 'first Defence Policy Dialogue covers search and rescue', 'first Defence Policy Dialogue covers naval medicine']));
  });
  it('ends a course\'s name before whom it is for, so that "The course covered …" speaks of the course', () => {
    const p = propose('UNODC concluded a Maritime Interdiction Course for the Tanzania Coast Guard on 2 March. The course covered boarding procedures and evidence handling.', blank);
    expect(candidate(p, 'Maritime Interdiction Course')).toBeDefined();
    expect(triples(p)).toEqual(expect.arrayContaining(['Maritime Interdiction Course covers boarding procedures', 'Maritime Interdiction Course covers evidence handling']));
  });
  it('reads "A phối hợp với B tổ chức khai mạc X" as both holding X, and a foreign body\'s department as no department of Viet Nam\'s', () => {
    const p = propose('Sáng 3/6, tại Huế, Cục Quân y phối hợp với Cục Quân y Lực lượng vũ trang Cộng hòa Belarus tổ chức khai mạc Diễn tập thực địa Quân y 2026.', blank);
    expect(candidate(p, 'Cục Quân y')).toBeDefined();
    expect(triples(p)).toEqual(expect.arrayContaining(['Cục Quân y chairs Diễn tập thực địa Quân y 2026', 'Cục Quân y Lực lượng vũ trang Cộng hòa Belarus chairs Diễn tập thực địa Quân y 2026']));
  });
});

describe('offices, people and ships (rules version 35)', () => {
  it('reads a Latin name with a particle in a Vietnamese text whole: "bà Ingrid van Dam"', () => {
    expect(of('Dự lễ ký có bà Ingrid van Dam, Đại sứ Vương quốc Bỉ tại Việt Nam.')).toEqual(expect.arrayContaining(['Ingrid van Dam participates_in lễ ký', 'Ingrid van Dam holds_role Đại sứ Vương quốc Bỉ tại Việt Nam']));
  });
  it('reads "Tuần duyên" as a coast guard\'s head, and a ship named after "Tàu" opening a sentence without it', () => {
    const p = propose('Tàu CSB 8004 đã cập cảng Chittagong. Chuẩn Đô đốc Karim Uddin, Tư lệnh Tuần duyên Bangladesh, đã đón đoàn.', blank);
    expect(candidate(p, 'CSB 8004')).toBeDefined();
    expect(triples(p)).toEqual(expect.arrayContaining(['Karim Uddin holds_role Tư lệnh Tuần duyên Bangladesh', 'Tư lệnh Tuần duyên Bangladesh heads Tuần duyên Bangladesh']));
  });
  it('reads "First Vice-President of …" as an office, and a consul general\'s city as part of the office', () => {
    expect(of('The seminar was opened by H.E. Sok Dara, First Vice-President of the CMAA.')).toContain('Sok Dara holds_role First Vice-President of the CMAA');
    expect(of('The ship was welcomed by the Consul General of Norway in Da Nang, Ms Kari Holm.')).toEqual(expect.arrayContaining(['Kari Holm holds_role Consul General of Norway in Da Nang', 'Consul General of Norway in Da Nang part_of Norway']));
  });
  it('reads "X, INTERPOL\'s Director of …" as X\'s office, a part of INTERPOL that X is not', () => {
    const t = of('Ms Lena Berg, INTERPOL\'s Director of Cybercrime, said the operation was a success.');
    expect(t).toEqual(expect.arrayContaining(['Lena Berg holds_role Director of Cybercrime', 'Director of Cybercrime part_of INTERPOL']));
    expect(t).not.toContain('Lena Berg part_of INTERPOL');
    expect(t).not.toContain('Director of Cybercrime heads INTERPOL');
  });
  it('reads "the Royal Danish Navy frigate HDMS X" as the navy\'s ship, and no state\'s word inside a ship\'s name as its owner', () => {
    expect(of('The Royal Danish Navy air-defence frigate HDMS Iver Huitfeldt arrived in Da Nang.')).toContain('HDMS Iver Huitfeldt part_of Royal Danish Navy');
    const t = of('The ship held a passing exercise with the Viet Nam People\'s Navy frigate HQ-018 Tran Thai Tong.');
    expect(t).toContain('HQ-018 Tran Thai Tong part_of Viet Nam People\'s Navy');
    expect(t).not.toContain('HQ-018 Tran Thai Tong part_of Thailand');
  });
});

describe('bodies, programmes and offices named in lower case (rules version 35)', () => {
  it('reads "Presidency of Defence Industries" as a body, and "the Chinese embassy in Manila" as China\'s embassy', () => {
    expect(of('Türkiye\'s Presidency of Defence Industries signed the contract.')).toContain('Presidency of Defence Industries part_of Türkiye');
    expect(of('The Korean embassy in Jakarta said the visit was postponed.')).toContain('Korean embassy in Jakarta part_of South Korea');
  });
  it('reads a national programme named in lower case up to its years, however long its topic', () => {
    const p = propose('Dự án được thực hiện theo Chương trình hành động quốc gia khắc phục hậu quả bom mìn sau chiến tranh giai đoạn 2026–2030.', blank);
    expect(candidate(p, 'Chương trình hành động quốc gia khắc phục hậu quả bom mìn sau chiến tranh giai đoạn 2026–2030')).toBeDefined();
  });
  it('reads "INTERPOL\'s executive director of police services, X" as X\'s office, with its portfolio after "of"', () => {
    expect(of('INTERPOL\'s executive director of police services, Ana Ruiz, said the operation was a success.')).toEqual(expect.arrayContaining(['Ana Ruiz holds_role executive director of police services', 'executive director of police services part_of INTERPOL']));
  });
});

describe('what the occasion said before covers, and who directs or teaches it (rules version 35)', () => {
  it('reads "Hội nghị thảo luận … trong các lĩnh vực: …" as the conference\'s, not the quoted theme\'s', () => {
    const t = of('Ngày 9/3, tại Viêng Chăn, Hội nghị Cảnh sát ASEAN lần thứ 45 đã khai mạc. Với chủ đề “Vì một cộng đồng an toàn”, Hội nghị thảo luận các biện pháp tăng cường hợp tác trong các lĩnh vực: phòng, chống ma túy; chống khủng bố.');
    expect(t).toEqual(expect.arrayContaining(['Hội nghị Cảnh sát ASEAN lần thứ 45 covers phòng, chống ma túy', 'Hội nghị Cảnh sát ASEAN lần thứ 45 covers chống khủng bố']));
  });
  it('reads "thảo luận các chủ đề: …", "bao quát các lĩnh vực …" and "trao đổi chuyên môn về …" as what is covered', () => {
    expect(of('Hội thảo An ninh biển ARF 2027 khai mạc tại Nha Trang. Hội thảo tập trung thảo luận các chủ đề: an ninh hàng hải, tìm kiếm cứu nạn trên biển.')).toEqual(expect.arrayContaining(['Hội thảo An ninh biển ARF 2027 covers an ninh hàng hải', 'Hội thảo An ninh biển ARF 2027 covers tìm kiếm cứu nạn trên biển']));
    expect(of('Hai đơn vị được triển khai theo Bản ghi nhớ giữa Chính phủ Việt Nam và Liên hợp quốc về đóng góp lực lượng. Văn kiện này bao quát các lĩnh vực công binh và quân y.')).toContain('Bản ghi nhớ giữa Chính phủ Việt Nam và Liên hợp quốc về đóng góp lực lượng covers quân y');
  });
  it('reads "Tham gia khóa học còn có … đến từ A, B và C" and "Các giảng viên của khóa học đến từ …" as those taking part in the course', () => {
    const t = of('Ngày 3/6, Học viện Quốc phòng khai giảng Khóa huấn luyện sĩ quan tham mưu năm 2027. Tham gia khóa học còn có 4 học viên đến từ Quân đội Hoàng gia Thái Lan và Quân đội nhân dân Lào. Các giảng viên của khóa học đến từ Cục Đối ngoại và Học viện Lục quân.');
    expect(t).toEqual(expect.arrayContaining([
      'Quân đội Hoàng gia Thái Lan participates_in Khóa huấn luyện sĩ quan tham mưu năm 2027',
      'Quân đội nhân dân Lào participates_in Khóa huấn luyện sĩ quan tham mưu năm 2027',
      'Cục Đối ngoại participates_in Khóa huấn luyện sĩ quan tham mưu năm 2027',
      'Học viện Lục quân participates_in Khóa huấn luyện sĩ quan tham mưu năm 2027',
    ]));
    expect(of('Hội thảo Khoa học quân sự 2027 khai mạc. Tham gia khoa học có nhiều nhà nghiên cứu của Viện Chiến lược Quốc phòng.')).not.toContain('Viện Chiến lược Quốc phòng participates_in Hội thảo Khoa học quân sự 2027');
  });
  it('reads "Đồng chỉ đạo cuộc diễn tập là A, …, và B, …" as both directing the exercise', () => {
    const t = of('Sáng 4/5, Diễn tập tìm kiếm cứu nạn chung Việt Nam – Thái Lan 2027 diễn ra tại vùng biển Cà Mau. Đồng chỉ đạo cuộc diễn tập là Thiếu tướng Đào Văn Bình, Phó Tư lệnh Vùng 5 Hải quân, và Chuẩn Đô đốc Suchart Wong, Tư lệnh Vùng 2 Hải quân Thái Lan.');
    expect(t).toEqual(expect.arrayContaining(['Đào Văn Bình chairs Diễn tập tìm kiếm cứu nạn chung Việt Nam – Thái Lan 2027', 'Suchart Wong chairs Diễn tập tìm kiếm cứu nạn chung Việt Nam – Thái Lan 2027']));
  });
});

describe('English references and instruments (rules version 35)', () => {
  it('ends an instrument\'s name before the city it was signed in, but not before the region it is about', () => {
    const p = propose('Denmark and Estonia signed a Letter of Intent on Military Mobility in Copenhagen.', blank);
    expect(candidate(p, 'Letter of Intent on Military Mobility')).toBeDefined();
    expect(candidate(p, 'Code of Conduct in the South China Sea')).toBeUndefined();
    expect(candidate(propose('Both sides backed the Code of Conduct in the South China Sea.', blank), 'Code of Conduct in the South China Sea')).toBeDefined();
  });
  it('reads "It provides for cooperation in A and B" as what the instrument covers, not as support it gives', () => {
    const t = of('Denmark and Estonia signed a Letter of Intent on Military Mobility in Copenhagen. It provides for cooperation in rail transport and host-nation support.');
    expect(t).toEqual(expect.arrayContaining(['Letter of Intent on Military Mobility covers rail transport', 'Letter of Intent on Military Mobility covers host-nation support']));
    expect(t).not.toContain('Letter of Intent on Military Mobility supports rail transport');
  });
  it('reads an operation "planned with" bodies as theirs too, and "It targeted …" as what it covers', () => {
    const t = of('INTERPOL coordinated Operation Clear Water in five countries. The operation was planned with AFRIPOL and the INTERPOL Regional Bureau in Abidjan. It targeted human trafficking and migrant smuggling.');
    expect(t).toEqual(expect.arrayContaining(['AFRIPOL participates_in Operation Clear Water', 'Operation Clear Water covers human trafficking', 'Operation Clear Water covers migrant smuggling']));
  });
  it('reads a "Concept" as a framework an occasion is conducted in line with', () => {
    expect(of('UNODC held a Border Risk Course in Bishkek. It was conducted in line with the OSCE Border Security and Management Concept.')).toContain('Border Risk Course grounded_in OSCE Border Security and Management Concept');
  });
  it('reads "Both countries are members of A and of B" as the two states named most, members of each', () => {
    const t = of('Latvia and Finland signed a Memorandum of Understanding. Both countries are members of NATO and of the European Union.');
    expect(t).toEqual(expect.arrayContaining(['Latvia part_of NATO', 'Finland part_of NATO', 'Latvia part_of European Union', 'Finland part_of European Union']));
  });
});

describe('who took part, as the tenth probe said it (rules version 35)', () => {
  it('reads "Among those present were representatives of A (ABBR), B and C, as well as D"', () => {
    const t = of('The EU and Malaysia held the second Security and Defence Dialogue in Kuala Lumpur. Among those present were representatives of the Malaysian Armed Forces (MAF), the Malaysian Maritime Enforcement Agency (MMEA) and the National Security Council (MKN), as well as the EU Delegation to Malaysia.');
    expect(t).toEqual(expect.arrayContaining(['Malaysian Armed Forces participates_in second Security and Defence Dialogue', 'Malaysian Maritime Enforcement Agency participates_in second Security and Defence Dialogue', 'EU Delegation to Malaysia participates_in second Security and Defence Dialogue']));
  });
  it('reads "Trainers came from A and from B" and "Among those present at the closing briefing were X, …"', () => {
    expect(of('The OSCE held a Border Risk Course in Dushanbe. Trainers came from the OSCE Border Management Staff College and from the Latvian State Border Guard.')).toContain('OSCE Border Management Staff College participates_in Border Risk Course');
    const t = of('The two navies held a closing briefing on Sunday. Among those present at the closing briefing were Colonel Kenji Arai, Defence Attaché of Japan, and Commodore Ana Cruz.');
    expect(t).toEqual(expect.arrayContaining(['Kenji Arai participates_in closing briefing', 'Ana Cruz participates_in closing briefing']));
  });
  it('reads a foreign body named in lower case up to its state, so that "Cùng dự có đại diện A, B và C" reads on', () => {
    const t = of('Sáng 14/3, Quân khu 7 tổ chức Diễn tập chung Việt Nam – Campuchia năm 2027. Cùng dự có đại diện Cục Cứu hộ – Cứu nạn, Ủy ban quốc gia quản lý thảm họa Campuchia và Tổng Lãnh sự quán Việt Nam tại Battambang.');
    expect(t).toEqual(expect.arrayContaining(['Ủy ban quốc gia quản lý thảm họa Campuchia participates_in Diễn tập chung Việt Nam – Campuchia năm 2027', 'Tổng Lãnh sự quán Việt Nam tại Battambang participates_in Diễn tập chung Việt Nam – Campuchia năm 2027']));
  });
  it('reads "Lực lượng tham gia gồm … đến từ A, B và C", "Đội ngũ giảng viên gồm các chuyên gia của …" and "thành viên đoàn gồm …"', () => {
    expect(of('Sáng 14/3, Quân khu 7 tổ chức Diễn tập chung Việt Nam – Campuchia năm 2027. Lực lượng tham gia gồm hơn 300 cán bộ, chiến sĩ với 10 tàu, xuồng, đến từ Quân khu 7, Vùng 5 Hải quân và Hải quân Hoàng gia Campuchia.')).toEqual(expect.arrayContaining(['Vùng 5 Hải quân participates_in Diễn tập chung Việt Nam – Campuchia năm 2027', 'Hải quân Hoàng gia Campuchia participates_in Diễn tập chung Việt Nam – Campuchia năm 2027']));
    expect(of('Ngày 3/6, Học viện Quốc phòng khai giảng Khóa huấn luyện sĩ quan tham mưu năm 2027. Đội ngũ giảng viên gồm các chuyên gia của Lực lượng Quốc phòng Ireland và Cục Gìn giữ hòa bình Việt Nam.')).toContain('Lực lượng Quốc phòng Ireland participates_in Khóa huấn luyện sĩ quan tham mưu năm 2027');
    expect(of('Ngày 5/9, Hội nghị Cảnh sát ASEAN lần thứ 45 khai mạc tại Manila. Đoàn Bộ Công an do Thượng tướng Lê Quốc Hùng làm Trưởng đoàn; thành viên đoàn gồm lãnh đạo Văn phòng Interpol Việt Nam và Cục Đối ngoại.')).toContain('Văn phòng Interpol Việt Nam participates_in Hội nghị Cảnh sát ASEAN lần thứ 45');
  });
  it('reads "Cùng dự có đại diện A và các đối tác đối thoại như B, C" and "…; cùng dự có đại diện D, E"', () => {
    const t = of('Ngày 5/9, Hội nghị Cảnh sát ASEAN lần thứ 45 khai mạc tại Manila. Cùng dự có đại diện Ban Thư ký ASEANAPOL và các đối tác đối thoại như Cảnh sát Liên bang Australia và Cơ quan Cảnh sát Quốc gia Hàn Quốc.');
    expect(t).toEqual(expect.arrayContaining(['Cảnh sát Liên bang Australia participates_in Hội nghị Cảnh sát ASEAN lần thứ 45', 'Cơ quan Cảnh sát Quốc gia Hàn Quốc participates_in Hội nghị Cảnh sát ASEAN lần thứ 45']));
    expect(of('Sáng 2/4, Hội nghị Nhóm chuyên gia ADMM+ về an ninh biển lần thứ 16 khai mạc tại Huế. Hội nghị có sự tham gia của 120 đại biểu; cùng dự có đại diện Ban Thư ký ASEAN và Trung tâm Chia sẻ thông tin ReCAAP.')).toContain('Ban Thư ký ASEAN participates_in Hội nghị Nhóm chuyên gia ADMM+ về an ninh biển lần thứ 16');
  });
});

describe('envoys named in lower case (rules version 35)', () => {
  it('reads "the Polish ambassador to Chile, X" and "Japan\'s defense attaché in Manila, Colonel X" as offices and their holders', () => {
    expect(of('The memorandum was signed in the presence of the Polish ambassador to Chile, Anna Kowal.')).toEqual(expect.arrayContaining(['Anna Kowal holds_role Polish ambassador to Chile', 'Polish ambassador to Chile part_of Poland']));
    expect(of('Among those present was Japan\'s defense attaché in Jakarta, Colonel Sato Kenta.')).toEqual(expect.arrayContaining(['Sato Kenta holds_role defense attaché in Jakarta', 'defense attaché in Jakarta part_of Japan']));
  });
});

describe('whose an agency is, and where a place lies (rules version 35)', () => {
  it('ends an agency\'s name in lower case before "thuộc": "Cục Cảnh sát phòng, chống ma túy thuộc Bộ An ninh Lào"', () => {
    expect(of('Về phía Campuchia có đại diện Cục Cảnh sát phòng, chống ma túy thuộc Bộ Nội vụ Campuchia.')).toContain('Cục Cảnh sát phòng, chống ma túy part_of Bộ Nội vụ Campuchia');
  });
  it('reads a state in brackets after an English place, named nowhere else, as where the place lies', () => {
    expect(of('Trainers came from a staff college based in Bishkek (Kyrgyzstan).')).toContain('Bishkek located_in Kyrgyzstan');
    expect(of('The letter was signed at the Ministry of Defence in Oslo (the Kingdom of Norway).')).toContain('Oslo located_in Kingdom of Norway');
    expect(of('Kenya and Uganda held talks in Kampala (Uganda).')).not.toContain('Kampala located_in Uganda');
  });
});

describe('a courtesy call is no occasion fields are said of (rules version 35)', () => {
  it('gives "…, đoàn sẽ chào xã giao lãnh đạo tỉnh, … và trao đổi chuyên môn về A, B" to the visit, not the courtesy call', () => {
    const t = of('Tàu Hải quân Ý đã cập Cảng quốc tế Cam Ranh, bắt đầu chuyến thăm hữu nghị Việt Nam. Trong thời gian ở Cam Ranh, đoàn sẽ chào xã giao lãnh đạo tỉnh, giao lưu thể thao và trao đổi chuyên môn về tìm kiếm cứu nạn và quân y.');
    expect(t).toEqual(expect.arrayContaining(['chuyến thăm hữu nghị Việt Nam covers tìm kiếm cứu nạn', 'chuyến thăm hữu nghị Việt Nam covers quân y']));
    expect(t).not.toContain('chào xã giao covers quân y');
  });
});
