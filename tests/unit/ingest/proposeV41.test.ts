/**
 * Rules version 41: offers and hopes that state nothing, documents and meetings "on" a programme, and the ministers a plural
 * title refers back to. The sentences here are written anew.
 */
import { describe, expect, it } from 'vitest';
import { blank, candidate, triples } from '../../helpers/proposals';
import { propose } from '../../../src/ingest/propose';

const of = (text: string) => triples(propose(text, blank));

describe('what is offered or hoped (rules version 41)', () => {
  it('gives no host to a meeting a state only offered to host', () => {
    const t = of('At the close of the talks, Canada offered to host a follow-up workshop on maritime domain awareness in Halifax.');
    expect(t.some((r) => r.startsWith('Canada chairs'))).toBe(false);
  });

  it('gives no host to a workshop a speaker hoped a state would hold', () => {
    const t = of('Ms Achieng said she hoped Kenya would host a regional seminar on border security next year.');
    expect(t.some((r) => r.startsWith('Kenya chairs'))).toBe(false);
  });

  it('still reads a host that the text states', () => {
    const t = of('Canada hosted the Maritime Domain Awareness Workshop in Halifax on 4 May.');
    expect(t).toContain('Canada chairs Maritime Domain Awareness Workshop');
  });
});

describe('documents and meetings on a programme (rules version 41)', () => {
  it('reads a joint statement on a programme as a document its signers sign', () => {
    const p = propose('After the talks, the ministers of Sweden and Finland signed the Joint Statement on the Nordic Air Defence Programme.', blank);
    expect(candidate(p, 'Joint Statement on the Nordic Air Defence Programme')?.kind).toBe('agreement');
  });

  it('reads a ministers\' meeting on a programme as a meeting', () => {
    const p = propose('Sweden–Finland Defence Ministers\' Meeting on the Nordic Air Defence Programme', blank);
    expect(candidate(p, 'Sweden–Finland Defence Ministers\' Meeting on the Nordic Air Defence Programme')?.kind).toBe('event');
  });
});

describe('the ministers a plural title refers back to (rules version 41)', () => {
  it('proposes no entity named "Ministers"', () => {
    const p = propose('In their statement, the Ministers welcomed the progress of the working groups.', blank);
    expect(candidate(p, 'Ministers')).toBeUndefined();
  });

  it('gives "the two Ministers signed" to the two ministers named before', () => {
    const t = of('On 2 June, Defence Minister Pål Sørby received Finnish Defence Minister Aino Kallio in Oslo. After their talks, the two Ministers signed the Joint Statement on Arctic Defence Cooperation.');
    expect(t).toContain('Pål Sørby signs Joint Statement on Arctic Defence Cooperation');
    expect(t).toContain('Aino Kallio signs Joint Statement on Arctic Defence Cooperation');
  });

  it('gives "the three Ministers signed" to the three ministers named before', () => {
    const t = of('On 2 June, Defence Minister Pål Sørby hosted Finnish Defence Minister Aino Kallio and Swedish Defence Minister Erik Lindgren in Oslo. Following the meeting, the three Ministers signed the Joint Statement on Arctic Defence Cooperation.');
    for (const person of ['Pål Sørby', 'Aino Kallio', 'Erik Lindgren']) expect(t).toContain(`${person} signs Joint Statement on Arctic Defence Cooperation`);
  });
});

describe('persons named again (rules version 41)', () => {
  it('reads "Minister SATO", after "SATO Kenji", as that person named again', () => {
    const p = propose('On 3 April, Minister of Defense of Japan SATO Kenji received Australian Defence Minister Mark Reilly. Minister SATO said the two countries would deepen cooperation.', blank);
    expect(candidate(p, 'Minister SATO')).toBeUndefined();
    expect(candidate(p, 'SATO Kenji')?.mentions.map((m) => m.quote)).toEqual(['SATO Kenji', 'SATO']);
  });
});

describe('members (rules version 41)', () => {
  it('reads the members of "Là các quốc gia thành viên A và B, hai nước …", past "nước cam" (orange juice)', () => {
    const t = of('Việt Nam và Malaysia ra Tuyên bố chung về hợp tác biển. Là các quốc gia thành viên ASEAN và Công ước Liên hợp quốc về Luật Biển năm 1982 (UNCLOS 1982), hai nước cam kết giải quyết tranh chấp bằng biện pháp hòa bình.');
    expect(t).toContain('Việt Nam part_of ASEAN');
    expect(t).toContain('Malaysia part_of ASEAN');
    expect(t).toContain('Malaysia party_to Công ước Liên hợp quốc về Luật Biển');
  });

  it('reads the party of "là thành viên có trách nhiệm của Công ước …"', () => {
    const t = of('Lào là thành viên có trách nhiệm của Công ước về bảo vệ thực thể vật liệu hạt nhân.');
    expect(t).toContain('Lào party_to Công ước về bảo vệ thực thể vật liệu hạt nhân');
  });

  it('reads "tổ chức này" as the organisation named before', () => {
    const t = of('Hội thảo được tổ chức với sự hỗ trợ của Tổ chức Quốc tế Pháp ngữ. Việt Nam và Campuchia đều là thành viên của tổ chức này.');
    expect(t).toContain('Việt Nam part_of Tổ chức Quốc tế Pháp ngữ');
    expect(t).toContain('Campuchia part_of Tổ chức Quốc tế Pháp ngữ');
  });

  it('reads the parties of an arrangement from "A and B, both members of …"', () => {
    const t = of('Malaysia and New Zealand, both members of the Five Power Defence Arrangements, agreed to hold a joint air exercise.');
    expect(t).toContain('Malaysia party_to Five Power Defence Arrangements');
    expect(t).toContain('New Zealand party_to Five Power Defence Arrangements');
  });
});

describe('who attends, in Vietnamese (rules version 41)', () => {
  it('ends an office before "dự" (attends): "hai Bộ trưởng | dự lễ khánh thành …" are the two ministers', () => {
    const t = of('Đại tướng Phan Quốc Huy đón Đại tướng Somsak Inthavong tại Hà Nội. Cùng ngày, hai Bộ trưởng dự lễ khánh thành Nhà văn hóa hữu nghị.');
    expect(t).toContain('Phan Quốc Huy participates_in lễ khánh thành');
    expect(t).toContain('Somsak Inthavong participates_in lễ khánh thành');
  });

  it('reads "BBP -" opening the article as the paper that reports, no place', () => {
    const p = propose('BBP - Ngày 12/5, Bộ đội Biên phòng tỉnh Kon Tum tổ chức giao lưu với lực lượng bảo vệ biên giới Campuchia.', blank);
    expect(candidate(p, 'BBP')).toBeUndefined();
  });
});

describe('abbreviations (rules version 41)', () => {
  it('links an abbreviation defined at a name\'s second mention, after a headline gave the name first', () => {
    const t = of('NATO and Peru sign Individually Tailored Partnership Programme\n\nNATO and Peru have agreed a new Individually Tailored Partnership Programme (ITPP). The programme was signed at a ceremony in Brussels. Under the ITPP, NATO and Peru will work together on cyber defence and maritime security.');
    expect(t).toContain('Individually Tailored Partnership Programme covers cyber defence');
    expect(t).not.toContain('ceremony covers cyber defence');
  });
});

describe('border cooperation in Vietnamese (rules version 41)', () => {
  it('keeps "quản lý, bảo vệ biên giới" inside an instrument\'s name, its comma included', () => {
    const p = propose('Hai bên ký Biên bản ghi nhớ về phối hợp quản lý, bảo vệ biên giới và phòng, chống tội phạm ma túy giai đoạn 2027–2029.', blank);
    expect(candidate(p, 'Biên bản ghi nhớ về phối hợp quản lý, bảo vệ biên giới và phòng, chống tội phạm ma túy giai đoạn 2027–2029')?.kind).toBe('agreement');
  });

  it('reads "Ty Công an tỉnh …" as a body of its own after "và"', () => {
    const p = propose('Ngày 9/3, Bộ đội Biên phòng tỉnh An Giang và Ty Công an tỉnh Takeo đã tiến hành hội đàm.', blank);
    expect(candidate(p, 'Bộ đội Biên phòng tỉnh An Giang')?.kind).toBe('actor');
    expect(candidate(p, 'Ty Công an tỉnh Takeo')?.kind).toBe('actor');
  });

  it('reads a field after "phòng, chống" in a list its semicolons divide, and ends the list at "khi"', () => {
    const t = of('Bộ đội Biên phòng tỉnh An Giang và Ty Công an tỉnh Takeo đã tiến hành hội đàm. Hai bên thống nhất tập trung phối hợp tuần tra song phương; chống buôn lậu qua biên giới; phòng, chống mua bán người cũng như tìm kiếm, cứu nạn khi xảy ra thiên tai, cháy rừng ở khu vực biên giới.');
    for (const field of ['tuần tra song phương', 'mua bán người', 'tìm kiếm, cứu nạn']) expect(t).toContain(`hội đàm covers ${field}`);
    expect(t.some((r) => r.includes('cháy rừng'))).toBe(false);
  });
});

describe('a search at sea (rules version 41)', () => {
  const text = 'Trung tâm Phối hợp tìm kiếm, cứu nạn hàng hải Việt Nam (Vietnam MRCC) cho biết đã kết thúc đợt tìm kiếm tàu cá Ocean Star. Đợt tìm kiếm do Vietnam MRCC chủ trì, phối hợp với Lực lượng Bảo vệ bờ biển Indonesia. Đợt tìm kiếm được triển khai phù hợp với Công ước quốc tế về tìm kiếm và cứu nạn hàng hải năm 1979.';

  it('reads a round of searching that was ended as the occasion, with its chair and who the chair worked with', () => {
    const t = of(text);
    expect(t).toContain('Trung tâm Phối hợp tìm kiếm, cứu nạn hàng hải Việt Nam chairs đợt tìm kiếm');
    expect(t).toContain('Lực lượng Bảo vệ bờ biển Indonesia participates_in đợt tìm kiếm');
  });

  it('grounds what is carried out "phù hợp với" a convention in it, and does not say it carries the convention out', () => {
    const t = of(text);
    expect(t).toContain('đợt tìm kiếm grounded_in Công ước quốc tế về tìm kiếm và cứu nạn hàng hải năm 1979');
    expect(t).not.toContain('đợt tìm kiếm implements Công ước quốc tế về tìm kiếm và cứu nạn hàng hải năm 1979');
  });
});

describe('an instrument between two ministries, signed in the passive (rules version 41)', () => {
  it('keeps "gìn giữ hòa bình Liên hợp quốc" in the topic and reads the signers after its sides', () => {
    const t = of('Ngay sau đó, Bản ghi nhớ về hợp tác trong lĩnh vực gìn giữ hòa bình Liên hợp quốc giữa Bộ Quốc phòng Việt Nam và Bộ Quốc phòng Ireland đã được Thượng tướng Lê Văn Hòa và ông Sean Kelly ký.');
    const mou = 'Bản ghi nhớ về hợp tác trong lĩnh vực gìn giữ hòa bình Liên hợp quốc';
    expect(t).toContain(`Bộ Quốc phòng Ireland party_to ${mou}`);
    expect(t).toContain(`Lê Văn Hòa signs ${mou}`);
    expect(t).toContain(`Sean Kelly signs ${mou}`);
  });

  it('reads "hai lực lượng" (the two forces) as the two sides the sentence has just named', () => {
    const t = of('Trung tâm Phối hợp tìm kiếm, cứu nạn hàng hải Việt Nam đã liên lạc với tàu. Trung tâm Phối hợp tìm kiếm, cứu nạn hàng hải Việt Nam cho biết Bản ghi nhớ về hợp tác tìm kiếm cứu nạn giữa Cảnh sát biển Việt Nam và Lực lượng Bảo vệ bờ biển Indonesia, được hai lực lượng ký tại Hà Nội, đã phát huy hiệu quả.');
    expect(t).toContain('Cảnh sát biển Việt Nam signs Bản ghi nhớ về hợp tác tìm kiếm cứu nạn');
    expect(t).toContain('Lực lượng Bảo vệ bờ biển Indonesia signs Bản ghi nhớ về hợp tác tìm kiếm cứu nạn');
  });
});

describe('an exercise in single quotes, and who its organisation\'s members are (rules version 41)', () => {
  it('reads a name in single quotes after "exercise" as the exercise, and gives it its fields', () => {
    const t = of("The four-day coast guard exercise 'Blue Current-2027' between the Indian Coast Guard and the Maldives Coast Guard concluded today at Malé. The exercise practised search and rescue and medical evacuation.");
    expect(t).toContain('Indian Coast Guard participates_in Blue Current-2027');
    expect(t).toContain('Blue Current-2027 covers search and rescue');
  });

  it('reads no quotation between two apostrophes: "India\'s navy … the Defence Ministers\' Meeting"', () => {
    const p = propose("India's navy briefed the ASEAN Defence Ministers' Meeting in Kuala Lumpur.", blank);
    expect(p.candidates.filter((c) => c.rule === 'quoted-name')).toEqual([]);
  });

  it('reads the members after "whose members are"', () => {
    const t = of('The patrol was conducted under the Colombo Security Conclave (CSC), whose members are India, Maldives and Sri Lanka.');
    for (const state of ['India', 'Maldives', 'Sri Lanka']) expect(t).toContain(`${state} part_of Colombo Security Conclave`);
  });

  it('keeps "to" and the state in a high commissioner\'s office', () => {
    const t = of('The ceremony was attended by Mr Ravi Menon, the Indian High Commissioner to Sri Lanka.');
    expect(t).toContain('Ravi Menon holds_role Indian High Commissioner to Sri Lanka');
  });
});

describe('who a meeting gathers (rules version 41)', () => {
  it('reads the states a meeting "quy tụ", and ends the list at the semicolon after its "và"', () => {
    const t = of('Hội nghị Tư lệnh Lục quân các nước ASEAN lần thứ 15 đã diễn ra tại Bangkok. Hội nghị quy tụ đoàn đại biểu lục quân của Brunei, Malaysia, Singapore và Việt Nam; Myanmar không cử đoàn tham dự năm nay.');
    for (const state of ['Brunei', 'Malaysia', 'Singapore', 'Việt Nam']) expect(t).toContain(`${state} participates_in Hội nghị Tư lệnh Lục quân các nước ASEAN lần thứ 15`);
    expect(t).not.toContain('Myanmar participates_in Hội nghị Tư lệnh Lục quân các nước ASEAN lần thứ 15');
  });
});

describe('a debate of the Security Council, in Vietnamese (rules version 41)', () => {
  it('reads "phiên thảo luận mở cấp cao" as the occasion, with who chaired it, who briefed it and its fields', () => {
    const t = of('Ngày 3/6, Hội đồng Bảo an Liên hợp quốc đã tổ chức phiên thảo luận mở cấp cao về an ninh biển dưới sự chủ trì của ông Lars Eriksen, Bộ trưởng Ngoại giao Đan Mạch. Phiên thảo luận nghe báo cáo của ông Omar Haddad. Phiên thảo luận tập trung vào bảo vệ cáp ngầm và an toàn hàng hải.');
    const debate = 'phiên thảo luận mở cấp cao';
    expect(t).toContain(`Lars Eriksen chairs ${debate}`);
    expect(t).toContain(`Omar Haddad participates_in ${debate}`);
    expect(t).toContain(`${debate} covers bảo vệ cáp ngầm`);
  });
});

describe('what an instrument was concluded under (rules version 41)', () => {
  it('gives the fields of "The arrangement, concluded under the … Agreement, covers …" to the arrangement', () => {
    const t = of('Japan and the Philippines signed an Implementing Arrangement on Coast Guard Cooperation. The arrangement, concluded under the Japan–Philippines Reciprocal Access Agreement, covers maritime domain awareness and search and rescue.');
    expect(t).toContain('Implementing Arrangement on Coast Guard Cooperation covers maritime domain awareness');
    expect(t).not.toContain('Japan–Philippines Reciprocal Access Agreement covers maritime domain awareness');
  });
});

describe('mended after review (rules version 41)', () => {
  it('ends what a hope reaches at a semicolon or ", and" before another clause', () => {
    expect(of('The two sides hoped to sign a new memorandum next year; Viet Nam and Chile held their first Defence Policy Dialogue in Santiago.')).toContain('Chile participates_in first Defence Policy Dialogue');
    expect(of('Malaysia hoped to host the next round, and the Royal Malaysian Navy and the Royal Thai Navy held Exercise Sea Garuda off Penang.')).toContain('Royal Thai Navy participates_in Exercise Sea Garuda');
  });

  it('gives "the three Ministers signed" to ministers, not to an ambassador the article names twice', () => {
    const t = of('Philippine Defense Secretary Ramon Cruz, Japanese Defense Minister Ueda Ken and Australian Defence Minister Paul Grant met in Honolulu with US Ambassador Jane Ford. Ambassador Ford opened the session. The three Ministers signed a Joint Statement on trilateral maritime cooperation.');
    expect(t).toContain('Paul Grant signs Joint Statement on trilateral maritime cooperation');
    expect(t).not.toContain('Jane Ford signs Joint Statement on trilateral maritime cooperation');
  });

  it('reads no round of visits in "đợt tham quan" (a tour)', () => {
    const p = propose('Học viện Hải quân đã tổ chức đợt tham quan cho học viên quốc tế.', blank);
    expect(p.candidates.filter((c) => c.kind === 'event')).toEqual([]);
  });

  it('reads no name from a nickname in single quotes', () => {
    const p = propose("Commander 'Bull' Halvorsen attended the ceremony in Bergen.", blank);
    expect(candidate(p, 'Bull')).toBeUndefined();
  });

  it('reads "SATO Kenji", set off by commas after an office, as the person "Minister SATO" names again', () => {
    const p = propose("Japan's Defense Minister, SATO Kenji, met Philippine Secretary of National Defense Gilberto Ramos. Minister SATO welcomed the Reciprocal Access Agreement.", blank);
    expect(candidate(p, 'SATO Kenji')?.mentions.map((m) => m.quote)).toEqual(['SATO Kenji', 'SATO']);
  });
});

describe('co-chairs, initiatives and seas (rules version 41)', () => {
  it('gives "hai đồng chủ trì đã ký …" to the two who co-chaired', () => {
    const t = of('Ngày 27/2, Thượng tướng Lê Minh Tâm và ông Hiroshi Kondo đã đồng chủ trì Đối thoại Chính sách Quốc phòng Việt Nam – Nhật Bản lần thứ 13. Trước khi bế mạc Đối thoại, hai đồng chủ trì đã ký Ý định thư về hợp tác trong lĩnh vực quân y.');
    expect(t).toContain('Lê Minh Tâm signs Ý định thư về hợp tác trong lĩnh vực quân y');
    expect(t).toContain('Hiroshi Kondo signs Ý định thư về hợp tác trong lĩnh vực quân y');
  });

  it('reads the members of an initiative "of which A is a founding member alongside B, C"', () => {
    const t = of('The handover complements the Accra Initiative, of which Ghana is a founding member alongside Benin, Togo and Burkina Faso.');
    for (const state of ['Ghana', 'Benin', 'Togo', 'Burkina Faso']) expect(t).toContain(`${state} party_to Accra Initiative`);
  });

  it('reads no state in a sea named after it: "the EU Strategy on the Gulf of Guinea"', () => {
    const t = of('The handover is in line with the EU Strategy on the Gulf of Guinea.');
    expect(t.some((r) => r.endsWith(' Guinea') && !r.endsWith('Gulf of Guinea'))).toBe(false);
  });
});
