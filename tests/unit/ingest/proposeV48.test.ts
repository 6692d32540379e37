/**
 * Rules version 48: a headline in title case, whose capitals mark no name. The sentences here are written anew.
 */
import { describe, expect, it } from 'vitest';
import { blank, triples } from '../../helpers/proposals';
import { propose } from '../../../src/ingest/propose';

const labels = (text: string) => propose(text, blank).candidates.map((c) => c.label);

describe('a headline in title case (rules version 48)', () => {
  it('proposes no actor for words of the headline that the text below never names', () => {
    const text = 'New Chief Takes the Helm of Royal Malaysian Navy Fleet\n\nVice Admiral Razif Hamzah took command of the Royal Malaysian Navy Fleet at Lumut on 3 March.';
    expect(labels(text)).not.toContain('New Chief');
    expect(labels(text)).toContain('Royal Malaysian Navy Fleet');
  });

  it('does not count the same words in lower case below as the name named again', () => {
    const p = propose('Japan Delivers Patrol Drones to the Sri Lanka Navy\n\nJapan handed over patrol drones to the Sri Lanka Navy in Colombo on 9 May.', blank);
    expect(p.candidates.map((c) => c.label)).not.toContain('Patrol Drones');
    expect(triples(p)).toContain('Japan supports Sri Lanka Navy');
  });

  it('keeps a body, a place and a state’s own named only in the headline, and drops a head word alone', () => {
    const text = 'EU Delivers Patrol Boats to Georgian Coast Guard in Batumi\n\nThe European Union handed over six patrol boats to the coast guard of Georgia. Crews from 12 nations attended, with the United Nations.';
    const labels = propose(text, blank).candidates.map((c) => c.label);
    expect(labels).toContain('Georgian Coast Guard');
    expect(labels).toContain('Batumi');
    expect(labels).not.toContain('Patrol Boats');
    const nations = propose('Exercise Blue Reef 2029 Brings Together Sailors From 12 Nations\n\nSailors from 12 nations and the United Nations took part.', blank).candidates.map((c) => c.label);
    expect(nations).not.toContain('Nations');
  });

  it('reads a first line that is a sentence as text, not as a headline', () => {
    const labels = propose('The Minister of Defence of Chile met his Peruvian counterpart in Arica on Monday.\n\nThey discussed border security.', blank).candidates.map((c) => c.label);
    expect(labels).toContain('Arica');
  });

  it('keeps an occasion and an instrument the headline announces, and a headline after a disclaimer line', () => {
    const text = 'This text was written for a test.\nPhilippines and Vietnam Sign Coast Guard Cooperation Agreement at Annual Maritime Talks\n\nThe two coast guards met in Manila on 2 June.';
    expect(labels(text)).toContain('Coast Guard Cooperation Agreement');
    expect(labels(text)).toContain('Annual Maritime Talks');
  });

  it('reads names in a headline written in sentence case as before', () => {
    expect(labels('Navy chief meets Kenya Defence Forces commander\n\nThe meeting was held in Nairobi on 4 April.')).toContain('Kenya Defence Forces');
  });

  it('reads a text of one line full of capitalised names as text, not as a headline', () => {
    const t = triples(propose('Philippine Secretary of National Defense Gilberto Ramos met Australian Deputy Prime Minister Richard Keane in Manila.', blank));
    expect(t).toContain('Gilberto Ramos holds_role Philippine Secretary of National Defense');
  });

  it('reads a state visit a headline announces as an occasion, and keeps an office named only there', () => {
    const p = propose('Kenyan President Begins State Visit to Indonesia\n\nThe President arrived in Jakarta on Monday.', blank);
    expect(p.candidates.find((c) => c.label === 'State Visit')?.kind).toBe('event');
    expect(p.candidates.map((c) => c.label)).toContain('Kenyan President');
  });
});

describe('the words of a headline in title case that are no names (rules version 48)', () => {
  it('reads more verbs and their particles as no words of the names around them', () => {
    const p = propose('Exercise Southern Shield 2029 Brings Together Troops From Nine Nations\n\nThe exercise opened in Suva on 2 May.', blank);
    expect(p.candidates.map((c) => c.label)).toContain('Exercise Southern Shield 2029');
  });

  it('keeps an ordinal after a headline’s verb, and the sides of what it names', () => {
    const t = triples(propose('Kenya and Tanzania Hold First Maritime Security Talks\n\nThe talks were held in Mombasa on 3 May.', blank));
    expect(t).toContain('Kenya participates_in First Maritime Security Talks');
    const labels = propose('Philippine Navy Hosts Seventh Fleet Commander\n\nThe commander of the Seventh Fleet arrived in Manila.', blank).candidates.map((c) => c.label);
    expect(labels.some((l) => l.startsWith('Seventh Fleet'))).toBe(true);
  });

  it('ends a name at a preposition written with a capital, and at an adverb', () => {
    const labels = propose('Readout of Minister Ana Ruiz’s Meeting With Peruvian Minister of Defense Carlos Vega\n\nThe ministers met in Lima.', blank).candidates.map((c) => c.label);
    expect(labels.some((l) => l.includes('With'))).toBe(false);
    const council = propose('Security Council Extends Mandate of United Nations Mission in Haiti for Six Months, Unanimously Adopting Resolution 2900 (2029)\n\nThe Council acted on Monday.', blank).candidates.map((c) => c.label);
    expect(council).toContain('United Nations Mission in Haiti');
    expect(council.some((l) => l.startsWith('Unanimously') || l.startsWith('Mandate'))).toBe(false);
  });

  it('reads no name in a UN release’s document symbol or the half of the day its meeting sat', () => {
    const labels = propose('Council Debates Sahel\n\nSC/17020\n10001st Meeting (PM)\n\nThe Security Council met on Sahel security.', blank).candidates.map((c) => c.label);
    expect(labels).not.toContain('SC');
    expect(labels).not.toContain('PM');
  });
});

describe('names the reviewer and the twenty-third probe found cut (rules version 48)', () => {
  it('reads a given name and two family names after a portfolio as the holder, when the first family name is said again', () => {
    const t = triples(propose('Minister of National Defense Rosa Herrera Molina visited Santiago. Minister Herrera met the chiefs of staff.', blank));
    expect(t).toContain('Rosa Herrera Molina holds_role Minister of National Defense');
  });

  it('reads the meeting of a working group as an occasion', () => {
    const p = propose('The Second Meeting of the ADMM-Plus Experts’ Working Group on Military Medicine was held in Hanoi on 3 May.', blank);
    expect(p.candidates.find((c) => c.label.startsWith('Second Meeting of the'))?.kind).toBe('event');
  });
});

describe('what the two sides signed, listed (rules version 48)', () => {
  it('reads "hai bên đã ký X và Y" as both sides signing each instrument', () => {
    const t = triples(propose('Ngày 9-3, Bộ Tư lệnh Cảnh sát biển Việt Nam và Cơ quan An ninh Hàng hải Malaysia đã tổ chức hội đàm thường niên lần thứ 4 tại Kuala Lumpur. Kết thúc hội đàm, hai bên đã ký Biên bản hội đàm và Kế hoạch hợp tác năm 2030.', blank));
    for (const side of ['Bộ Tư lệnh Cảnh sát biển Việt Nam', 'Cơ quan An ninh Hàng hải Malaysia']) {
      expect(t).toContain(`${side} signs Biên bản hội đàm`);
      expect(t).toContain(`${side} signs Kế hoạch hợp tác năm 2030`);
    }
  });
});

describe('a ship seen off, named by its hull number (rules version 48)', () => {
  it('ends the ceremony before the ship, and reads the ship from its number', () => {
    const p = propose('Sáng 4-7, tại Quân cảng Hải Phòng, Bộ Tư lệnh Vùng 1 Hải quân tổ chức lễ tiễn tàu 018-Lý Thái Tổ lên đường thăm Singapore. Chủ trì buổi lễ là Chuẩn Đô đốc Trần Văn Minh.', blank);
    const labels = p.candidates.map((c) => c.label);
    expect(labels).toContain('lễ tiễn');
    expect(labels).toContain('018-Lý Thái Tổ');
    expect(triples(p)).toContain('Trần Văn Minh chairs lễ tiễn');
  });
});

describe('an exercise named in full, then by its head and its name (rules version 48)', () => {
  it('keeps "đa phương" inside the exercise’s name, and reads its short name as the same exercise', () => {
    const p = propose('Tàu 012-Lý Thái Tổ tham gia Diễn tập Hải quân đa phương Samudra 2029 tại Ấn Độ. Diễn tập Samudra 2029 do Hải quân Ấn Độ chủ trì.', blank);
    const events = p.candidates.filter((c) => c.kind === 'event').map((c) => c.label);
    expect(events).toEqual(['Diễn tập Hải quân đa phương Samudra 2029']);
    expect(triples(p)).toContain('Hải quân Ấn Độ chairs Diễn tập Hải quân đa phương Samudra 2029');
  });

  it('does not read an English mission named by other words as the same one', () => {
    const labels = propose('The United Nations Verification Mission in Haiti succeeded the United Nations Mission in Haiti.', blank).candidates.map((c) => c.label);
    expect(labels).toContain('United Nations Mission in Haiti');
  });
});

describe('places listed where an exercise was held (rules version 48)', () => {
  it('reads each place of "in A, B and on the island of C, the exercise …" as a place, and the exercise’s participants as its', () => {
    const p = propose('Exercise Pacific Shield 2029 ended on Friday. Held in Suva, Lautoka and on the island of Taveuni, the exercise involved 900 personnel. Participating nations included Fiji, Tonga and Samoa.', blank);
    for (const where of ['Suva', 'Lautoka', 'Taveuni']) expect(p.candidates.find((c) => c.label === where)?.kind).toBe('place');
    expect(triples(p)).toContain('Tonga participates_in Exercise Pacific Shield 2029');
  });
});

describe('a list of fields that says where one of them is (rules version 48)', () => {
  it('reads on after "maritime security in the Gulf of Guinea and …"', () => {
    const labels = propose('They discussed counter-terrorism, maritime security in the Gulf of Aden and the fight against arms smuggling, as well as peacekeeping.', blank).candidates.map((c) => c.label);
    expect(labels).toContain('Gulf of Aden');
    expect(labels).toContain('fight against arms smuggling');
  });
});
