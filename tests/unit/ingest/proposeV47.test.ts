/**
 * Rules version 47: an instrument signed "với" another side, a press release's genre before the occasion it reports, and an
 * office's portfolio in brackets. The sentences here are written anew.
 */
import { describe, expect, it } from 'vitest';
import { blank, knowledge, triples } from '../../helpers/proposals';
import { propose } from '../../../src/ingest/propose';

const of = (text: string) => triples(propose(text, blank));

describe('an instrument signed with another side (rules version 47)', () => {
  it('ends the instrument’s name before "với", and reads the side after it as the other party', () => {
    const p = propose('Bộ Tư lệnh Biên phòng đã ký Bản ghi nhớ với Cục Xuất nhập cảnh Campuchia tại Phnôm Pênh.', blank);
    expect(p.candidates.some((c) => c.label.includes('với'))).toBe(false);
    expect(p.candidates.find((c) => c.label === 'Cục Xuất nhập cảnh Campuchia')?.kind).toBe('actor');
    const t = triples(p);
    expect(t).toContain('Bộ Tư lệnh Biên phòng signs Bản ghi nhớ');
    expect(t).toContain('Cục Xuất nhập cảnh Campuchia party_to Bản ghi nhớ');
  });

  it('names an instrument signed in lower case by its genre alone when another side follows', () => {
    const t = of('Học viện Quốc phòng đã ký kết thỏa thuận với Đại học Quốc phòng Mông Cổ về trao đổi giảng viên.');
    expect(t).toContain('Học viện Quốc phòng signs thỏa thuận');
  });

  it('still ends a meeting’s name before "với"', () => {
    const p = propose('Sau Hội đàm với Bộ trưởng Quốc phòng Chile, hai bên ký biên bản.', blank);
    expect(p.candidates.some((c) => c.label.startsWith('Hội đàm với'))).toBe(false);
  });
});

describe('a press release’s genre in its headline (rules version 47)', () => {
  it('reads "Readout of the …" as the occasion it reports, and gives the occasion its sides', () => {
    const p = propose('Readout of the Canada–Philippines Defence Ministers’ Meeting\n\nMinister of National Defence Claire Dubois hosted Secretary of National Defense Ramon Ilagan in Ottawa.', blank);
    expect(p.candidates.some((c) => c.label.startsWith('Readout'))).toBe(false);
    const t = triples(p);
    expect(t).toContain('Canada participates_in Canada–Philippines Defence Ministers’ Meeting');
    expect(t).toContain('Philippines participates_in Canada–Philippines Defence Ministers’ Meeting');
  });
});

describe('an office’s portfolio in brackets (rules version 47)', () => {
  it('keeps the portfolio in the office’s name and the holder apart, after a form of address', () => {
    const p = propose('The agreement was signed by Additional Secretary (Defence Production) Shri Vivek Nair and the Chairman of the shipyard.', blank);
    expect(p.candidates.some((c) => c.label === 'Additional Secretary (Defence Production)')).toBe(true);
    expect(triples(p)).toContain('Vivek Nair holds_role Additional Secretary (Defence Production)');
  });

  it('reads the company after the bracketed portfolio and its comma as the body the office is held in', () => {
    const t = of('Ms Priya Rao, Director (Finance), HAL, signed for the company.');
    expect(t).toContain('Priya Rao holds_role Director (Finance)');
    expect(t).toContain('Director (Finance) part_of HAL');
  });

  it('reads the city after a company’s abbreviation in brackets as where it is', () => {
    const t = of('The order was placed with Mazagon Dock Shipbuilders Limited (MDL), Mumbai, on Friday.');
    expect(t).toContain('Mazagon Dock Shipbuilders Limited located_in Mumbai');
  });

  it('reads no portfolio in a rank’s qualifier, and no bracketed note after a body as its name', () => {
    const p = propose('Commodore (Retd) Arun Sethi spoke. Cục An ninh mạng (Bộ Công an), Trung tâm Giám sát an toàn không gian mạng quốc gia và các đơn vị khác tham dự.', blank);
    expect(p.candidates.some((c) => c.label === 'Arun Sethi')).toBe(true);
    expect(triples(p)).not.toContain('Bộ Công an part_of Trung tâm Giám sát an toàn không gian mạng quốc gia');
  });
});

describe('Vietnamese names and references (rules version 47)', () => {
  it('gives two ships of one prefix the navy named after them', () => {
    const t = of('Tàu HTMS Chakri và tàu HTMS Naresuan thuộc Hải quân Hoàng gia Thái Lan đã cập cảng Tiên Sa.');
    expect(t).toContain('HTMS Chakri part_of Hải quân Hoàng gia Thái Lan');
    expect(t).toContain('HTMS Naresuan part_of Hải quân Hoàng gia Thái Lan');
  });

  it('gives no navy to the first of two ships of different prefixes', () => {
    const t = of('Tàu HMAS Anzac và tàu KD Lekiu thuộc Hải quân Hoàng gia Malaysia cũng tới.');
    expect(t).toContain('KD Lekiu part_of Hải quân Hoàng gia Malaysia');
    expect(t).not.toContain('HMAS Anzac part_of Hải quân Hoàng gia Malaysia');
  });

  it('reads China’s army and an orchestra whole, by their own names', () => {
    const p = propose('Thượng tướng Hoàng Xuân Chiến tiếp đoàn Quân Giải phóng Nhân dân Trung Quốc. Tối qua, Dàn nhạc Giao hưởng Quân đội Nga biểu diễn tại Nhà hát Lớn.', blank);
    const labels = p.candidates.map((c) => c.label);
    expect(labels).toContain('Quân Giải phóng Nhân dân Trung Quốc');
    expect(labels).toContain('Dàn nhạc Giao hưởng Quân đội Nga');
  });

  it('reads "lễ hội" as the festival named before, not a ceremony of its own', () => {
    const p = propose('Lễ hội Âm nhạc quân đội quốc tế “Bạn bè” năm 2028 đã khai mạc tại Hà Nội. Lễ hội do Bộ Quốc phòng Việt Nam tổ chức. Việc tham gia lễ hội nằm trong kế hoạch của hai bên.', blank);
    expect(p.candidates.filter((c) => c.kind === 'event').map((c) => c.label)).toEqual(['Lễ hội Âm nhạc quân đội quốc tế “Bạn bè” năm 2028']);
    expect(triples(p)).toContain('Bộ Quốc phòng Việt Nam chairs Lễ hội Âm nhạc quân đội quốc tế “Bạn bè” năm 2028');
  });

  it('still reads a ceremony of homecoming, whose "hồi" is no festival', () => {
    const p = propose('Lễ hồi hương hài cốt quân nhân được tổ chức tại Đà Nẵng.', blank);
    expect(p.candidates.some((c) => c.kind === 'event' && c.label.startsWith('Lễ hồi hương'))).toBe(true);
  });
});

describe('the region an English instrument is named for (rules version 47)', () => {
  it('reads the region that closes an instrument’s name as what it concerns', () => {
    const t = of('Viet Nam and Japan signed a Memorandum of Understanding on Maritime Search and Rescue in the Gulf of Thailand.');
    expect(t).toContain('Memorandum of Understanding on Maritime Search and Rescue in the Gulf of Thailand concerns_region Gulf of Thailand');
  });

  it('reads no region in a strategy’s aim, nor in a place that names no region', () => {
    const t = of('The programme follows the EU Strategy for Cooperation in the Indo-Pacific. They signed an Agreement on Port Services in Haiphong.');
    expect(t.some((x) => x.includes('concerns_region'))).toBe(false);
  });
});

describe('command and cooperation at sea (rules version 47)', () => {
  it('reads who assumed command of a task force as leading it, not the one it took it from', () => {
    const t = of('The Royal Thai Navy assumed command of Combined Task Force 152 from the Royal Navy in a ceremony on Monday.');
    expect(t).toContain('Royal Thai Navy leads Combined Task Force 152');
    expect(t).not.toContain('Royal Navy leads Combined Task Force 152');
  });

  it('reads a force that "coordinated closely with" another as cooperating with it', () => {
    const t = of('During its rotation, Combined Task Force 152 coordinated closely with the Indian Navy.');
    expect(t).toContain('Combined Task Force 152 cooperates_with Indian Navy');
  });

  it('reads a long name that opens with a known organisation as a name of its own', () => {
    const p = propose('Its flagship sailed with the European Union Naval Force Operation Atalanta off Somalia.', knowledge);
    expect(p.candidates.some((c) => c.label === 'European Union Naval Force Operation Atalanta')).toBe(true);
  });
});

describe('ceremonies and instruments named in lower case (rules version 47)', () => {
  it('reads a ceremony whose kind takes three words, who presided over it and who attended it', () => {
    const t = of('The battalion handed over its sector during a transfer of authority ceremony held in Naqoura on Friday. The ceremony was presided over by Major General Diego Ferrer. Earlier, the troops paraded at a medal and wreath-laying ceremony attended by the Ambassador of Ghana to Lebanon and by representatives of the UN Truce Supervision Organization.');
    expect(t).toContain('Diego Ferrer chairs transfer of authority ceremony');
    expect(t).toContain('Ambassador of Ghana to Lebanon participates_in medal and wreath-laying ceremony');
    expect(t).toContain('UN Truce Supervision Organization participates_in medal and wreath-laying ceremony');
  });

  it('reads no support in someone welcomed at a ceremony', () => {
    const t = of('Brigadier General Rana Thapa welcomed the new company at a medal ceremony in Juba.');
    expect(t.some((x) => x.includes(' supports '))).toBe(false);
  });

  it('reads an instrument named in lower case and "signed by" its parties, its topic ending before "signed"', () => {
    const p = propose('The deployment follows a memorandum of understanding on field hospital equipment signed by Bangladesh and the United Nations in April.', blank);
    expect(p.candidates.some((c) => c.label === 'memorandum of understanding on field hospital equipment')).toBe(true);
    expect(triples(p)).toContain('Bangladesh signs memorandum of understanding on field hospital equipment');
  });
});

describe('a release in title case and its signatories (rules version 47)', () => {
  it('reads no headline verb in title case as a word of the name after it', () => {
    const p = propose('Australia and Vietnam Sign Defence Industry Cooperation Arrangement\n\nCANBERRA — The two ministers signed the arrangement on Tuesday.', blank);
    const labels = p.candidates.map((c) => c.label);
    expect(labels).toContain('Defence Industry Cooperation Arrangement');
    expect(labels.some((l) => l.includes('Sign'))).toBe(false);
    expect(triples(p)).toContain('Australia signs Defence Industry Cooperation Arrangement');
  });

  it('keeps a capitalised verb inside a sentence, where it may be a name’s word', () => {
    const p = propose('The Hold Fast Exercise opened in Darwin on Monday with troops from Fiji.', blank);
    expect(p.candidates.some((c) => c.label.startsWith('Hold Fast'))).toBe(true);
  });

  it('parts two ministries joined by "and the" after a department', () => {
    const t = of('They signed an arrangement between the U.S. Department of Defense and the Ministry of Defence of Malaysia at the Pentagon.');
    expect(t).toContain('U.S. Department of Defense party_to arrangement');
    expect(t).toContain('Ministry of Defence of Malaysia party_to arrangement');
  });

  it('reads an officer’s name past a retired rank’s qualifier in lower case, and the office before it as theirs', () => {
    const t = of('Philippine Undersecretary of National Defense Maj. Gen. (ret.) Jose Ramos signed the arrangement.');
    expect(t).toContain('Jose Ramos holds_role Philippine Undersecretary of National Defense');
  });
});

describe('one Vietnamese occasion said several ways (rules version 47)', () => {
  it('reads "chiêu đãi", "tiệc chiêu đãi" and "buổi chiêu đãi" of one article as one reception', () => {
    const p = propose('Bộ Quốc phòng chiêu đãi các tùy viên quân sự\n\nTối 2-9, Bộ Quốc phòng Việt Nam tổ chức tiệc chiêu đãi các tùy viên quân sự nước ngoài. Thượng tướng Nguyễn Văn Bình chủ trì buổi chiêu đãi.', blank);
    expect(p.candidates.filter((c) => c.kind === 'event').map((c) => c.label)).toEqual(['tiệc chiêu đãi']);
    expect(triples(p)).toContain('Nguyễn Văn Bình chairs tiệc chiêu đãi');
  });

  it('reads who chaired an occasion said first, past where it was, as its chair', () => {
    const t = of('Sáng 3-5, tàu Suzutsuki cập Cảng Cam Ranh. Chủ trì lễ đón tại cảng là Đại tá Trần Văn Nam, Phó Tư lệnh Vùng 4 Hải quân.');
    expect(t).toContain('Trần Văn Nam chairs lễ đón');
  });

  it('names a body after "tại" by its own head before its abbreviation, not the course held there', () => {
    const p = propose('Cục Cảnh sát biển cử cán bộ dự Khóa bồi dưỡng về luật biển quốc tế tại Học viện Hàng hải Quốc gia Hàn Quốc (KNMA) ở Busan.', blank);
    expect(p.candidates.find((c) => c.acronym === 'KNMA')?.label).toBe('Học viện Hàng hải Quốc gia Hàn Quốc');
  });
});

describe('Vietnamese places and stations (rules version 47)', () => {
  it('reads "Lào Cai" as a province, never Laos', () => {
    const p = propose('Biên phòng Lào Cai và Hà Khẩu (Trung Quốc) hội đàm định kỳ.', blank);
    expect(p.candidates.some((c) => c.label === 'Lào')).toBe(false);
    expect(triples(p).some((x) => x.endsWith('part_of Lào'))).toBe(false);
  });

  it('still reads Laos after a body, and a station part of the general station it belongs to', () => {
    const t = of('Bộ Quốc phòng Lào cử đoàn sang thăm. Trạm Kiểm tra biên phòng Thiên Bảo thuộc Tổng trạm Kiểm soát biên giới Văn Sơn.');
    expect(t).toContain('Bộ Quốc phòng Lào part_of Lào');
    expect(t.some((x) => x.startsWith('Trạm Kiểm tra biên phòng Thiên Bảo part_of Tổng trạm'))).toBe(true);
  });
});

describe('museums and historic sites (rules version 47)', () => {
  it('reads a museum as a body named whole, and a historic site as a place', () => {
    const p = propose('Bảo tàng Phòng không – Không quân ký thỏa thuận hợp tác với Bảo tàng Quân đội Ba Lan. Đoàn đến dâng hương tại Khu Di tích Đền Hùng (tỉnh Phú Thọ).', blank);
    const byLabel = new Map(p.candidates.map((c) => [c.label, c.kind]));
    expect(byLabel.get('Bảo tàng Quân đội Ba Lan')).toBe('actor');
    expect(byLabel.get('Khu Di tích Đền Hùng')).toBe('place');
    expect(triples(p)).toContain('Bảo tàng Quân đội Ba Lan part_of Ba Lan');
  });
});

describe('what the reviewer found in version 47’s first steps', () => {
  it('reads the city after a company’s or an academy’s abbreviation as where it is, never what it is part of', () => {
    const t = of('The contract was signed with Cochin Shipyard Limited (CSL), Kochi, on Monday. The Naval Academy (NA), Ezhimala hosted the cadets.');
    expect(t).toContain('Cochin Shipyard Limited located_in Kochi');
    expect(t.some((x) => x.includes('part_of Kochi') || x.includes('part_of Ezhimala'))).toBe(false);
  });

  it('reads no headline object or counterpart as a name', () => {
    const p = propose('Ministry of Defence Signs Contract with Hindustan Shipyard\nIndian Navy Assumes Command of Combined Task Force 154\nAustralian Defence Minister Welcomes Indonesian Counterpart\n\nThe Ministry of Defence signed a contract with Hindustan Shipyard Limited on Monday.', blank);
    const labels = p.candidates.map((c) => c.label);
    expect(labels).toContain('Combined Task Force 154');
    expect(labels.some((l) => /^(?:Contract|Command of|Indonesian Counterpart)/.test(l))).toBe(false);
    expect(triples(p)).toContain('Indian Navy leads Combined Task Force 154');
  });

  it('keeps a state visit in a headline as the occasion’s name', () => {
    const p = propose('Philippine President Begins State Visit to India\n\nThe President arrived in New Delhi on Monday.', blank);
    expect(p.candidates.some((c) => c.label.includes('State Visit'))).toBe(true);
  });

  it('reads a festival named by its capitalised words as the occasion those at it took part in', () => {
    const t = of('Cán bộ, chiến sĩ Đồn Biên phòng Pa Thơm tham gia Lễ hội Hoa Ban cùng nhân dân bản Pa Thơm.');
    expect(t).toContain('Đồn Biên phòng Pa Thơm participates_in Lễ hội Hoa Ban');
  });

  it('reads no place in a city where the sea an instrument is named for lies', () => {
    const t = of('Viet Nam and Thailand signed a Memorandum of Understanding on Joint Patrols in the Gulf of Thailand in Bangkok on 16 May.');
    expect(t).toContain('Memorandum of Understanding on Joint Patrols in the Gulf of Thailand signed_at Bangkok');
    expect(t).not.toContain('Gulf of Thailand located_in Bangkok');
  });
});

describe('an officer’s service before "assumed command of" (rules version 47)', () => {
  it('reads the service after an officer’s name as no part of the force its officer took command of', () => {
    const t = of('Commodore Andrew Quinn, Royal Australian Navy, assumed command of Combined Task Force 150 at a ceremony in Bahrain.');
    expect(t).not.toContain('Royal Australian Navy part_of Combined Task Force 150');
  });
});

describe('what the reviewer found at ce610bc', () => {
  it('reads a festival named by a list of its capitalised fields whole, to the end of its last word', () => {
    const p = propose('Khai mạc Lễ hội Văn hóa, Thể thao và Du lịch các dân tộc tỉnh Sơn La tại Mộc Châu.', blank);
    expect(p.candidates.some((c) => c.kind === 'event' && c.label === 'Lễ hội Văn hóa, Thể thao và Du lịch')).toBe(true);
  });

  it('reads a headline verb’s particle with it, and the city a headline says is visited as a place', () => {
    const p = propose('DRDO Hands Over Radar Technology to Industry\nDefence Minister Visits Ho Chi Minh City\n\nThe minister arrived on Monday.', blank);
    expect(p.candidates.some((c) => c.label.startsWith('Over'))).toBe(false);
    expect(p.candidates.find((c) => c.label === 'Ho Chi Minh City')?.kind).toBe('place');
  });
});
