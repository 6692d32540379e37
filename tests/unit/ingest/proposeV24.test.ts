/** Rules version 24: a second verb joined by "and", "và", "đồng thời" is said of the sentence's subject; negotiations. */
import { describe, expect, it } from 'vitest';
import { blank, labels, triples } from '../../helpers/proposals';
import { propose } from '../../../src/ingest/propose';

const of = (text: string) => triples(propose(text, blank));

describe('a second verb of the sentence’s subject (rules version 24)', () => {
  it('reads "met in Hanoi on Tuesday and signed …": the subject signs, past the names of the first clause', () => {
    expect(of('Viet Nam and Japan met in Hanoi on Tuesday and signed the Memorandum of Understanding on Defence Cooperation.')).toEqual(
      expect.arrayContaining(['Viet Nam signs Memorandum of Understanding on Defence Cooperation', 'Japan signs Memorandum of Understanding on Defence Cooperation']),
    );
  });
  it('reads "đã hội đàm tại Hà Nội và ký …" in Vietnamese', () => {
    expect(of('Việt Nam và Nhật Bản đã hội đàm tại Hà Nội và ký Bản ghi nhớ về hợp tác quốc phòng.')).toEqual(
      expect.arrayContaining(['Việt Nam signs Bản ghi nhớ về hợp tác quốc phòng', 'Nhật Bản signs Bản ghi nhớ về hợp tác quốc phòng']),
    );
  });
  it('reads ", đồng thời khẳng định ủng hộ …" after a rank and a name', () => {
    expect(of('Bộ trưởng Phan Văn Giang đánh giá cao kết quả hợp tác, đồng thời khẳng định ủng hộ Công ước Liên Hợp Quốc về Luật Biển năm 1982.')).toContain(
      'Phan Văn Giang supports Công ước Liên Hợp Quốc về Luật Biển năm 1982',
    );
  });
  it('finds the subject after an opener and its comma', () => {
    expect(of('On Tuesday, Australia hosted the Pitch Black exercise in Darwin, and provided training to the Philippine Navy.')).toContain('Australia supports Philippine Navy');
  });
  it('gives the sentence’s subject nothing said after a source and its office ("Theo ông …, Cục trưởng …, cuộc diễn tập … và góp phần …")', () => {
    const t = of('Theo ông Ngô Quang Vinh, Cục trưởng Cục An toàn thông tin, cuộc diễn tập được thực hiện tốt và góp phần nâng cao an ninh mạng.');
    expect(t.filter((x) => x.startsWith('Cục trưởng') && !x.includes(' heads '))).toEqual([]);
  });
  it('reads no clause from an "and" that joins names or nouns ("… in Manila, and China criticised …", "… hợp tác biên giới và chống buôn lậu")', () => {
    expect(of('The Philippines and Japan signed the Reciprocal Access Agreement in Manila, and China criticised the deal.').filter((x) => x.includes('China'))).toEqual([]);
    expect(of('Việt Nam và Lào đã ký Bản ghi nhớ về hợp tác biên giới và chống buôn lậu.').filter((x) => x.startsWith('Việt Nam') && !x.includes(' signs '))).toEqual([]);
  });
});

describe('negotiations (rules version 24)', () => {
  it('reads "agreed to launch negotiations on …" as negotiating the instrument, not as being party to it', () => {
    const t = of('Japan and Indonesia held talks in Tokyo and agreed to launch negotiations on the Defence Equipment Transfer Agreement.');
    expect(t).toEqual(expect.arrayContaining(['Japan negotiates Defence Equipment Transfer Agreement', 'Indonesia negotiates Defence Equipment Transfer Agreement']));
    expect(t.filter((x) => x.includes(' party_to '))).toEqual([]);
  });
});

describe('talks held somewhere with someone (rules version 24)', () => {
  const text = 'In Abu Dhabi, the minister held talks with UAE Minister of State for Defence Affairs Mohammed Al Mazrouei.';
  it('names the talks "talks", not "minister held talks"', () => {
    expect(labels(propose(text, blank))).toContain('event:talks');
    expect(labels(propose(text, blank)).some((l) => l.includes('minister held'))).toBe(false);
  });
  it('reads where, from an opening "In …,", and whom the talks were held with, whoever held them', () => {
    expect(of(text)).toEqual(expect.arrayContaining(['talks held_at Abu Dhabi', 'Mohammed Al Mazrouei participates_in talks']));
  });
  it('keeps a one-word place after an opening "In" or "At" ("In Hanoi, …"), and no "Hanoi, Japan" before an owner\'s "\'s"', () => {
    const t = propose("In Hanoi, Japan's defence minister held talks with Vietnamese Defence Minister Phan Van Giang.", blank);
    expect(labels(t)).toContain('place:Hanoi');
    expect(triples(t)).toContain('talks held_at Hanoi');
    expect(triples(t).filter((x) => x.includes('located_in'))).toEqual([]);
    expect(of('The exercise was held in Sattahip, Thailand.')).toContain('Sattahip located_in Thailand');
  });
});

describe('a list set off by dashes (rules version 24)', () => {
  it('reads every state of "the ten ASEAN member states — A, B, … — as well as C, D" as taking part', () => {
    const t = of("The ASEAN Defence Ministers' Meeting-Plus brings together the ten ASEAN member states — Brunei, Cambodia, Indonesia, Laos, Malaysia, Myanmar, the Philippines, Singapore, Thailand and Viet Nam — as well as Australia, China and India.");
    for (const state of ['Brunei', 'Myanmar', 'Philippines', 'Viet Nam', 'Australia', 'India']) expect(t).toContain(`${state} participates_in ASEAN Defence Ministers' Meeting-Plus`);
  });
  it('reads no clause from "and" before a count ("Forty mine detectors and two ambulances were handed over to …")', () => {
    expect(of('QUANG TRI, 12/6/2025 — Forty mine detectors and two ambulances were handed over to the Quang Tri Provincial Military Command on Thursday.').filter((x) => x.includes(' supports '))).toEqual([]);
  });
});

describe('"It" for the instrument when no state or person can be meant (rules version 24)', () => {
  const text = 'Viet Nam and the European Union signed a Framework Participation Agreement in 2019. It was signed in Brussels by Deputy Minister Nguyen Chi Vinh. It covers crisis management and maritime security.';
  it('reads "It was signed in Brussels by …" of the agreement the sentence before names, not of its first state', () => {
    expect(of(text)).toEqual(expect.arrayContaining(['Nguyen Chi Vinh signs Framework Participation Agreement', 'Framework Participation Agreement signed_at Brussels']));
  });
  it('goes on reading "It" as the same agreement in the next sentence ("It covers …")', () => {
    expect(of(text)).toEqual(expect.arrayContaining(['Framework Participation Agreement covers crisis management', 'Framework Participation Agreement covers maritime security']));
  });
  it('still gives "It" no referent after a state where it does what a state does ("Japan … It will send …")', () => {
    expect(of('Japan signed the Reciprocal Access Agreement with the Philippines. It will send two destroyers to the exercise.').filter((x) => x.startsWith('Reciprocal Access Agreement'))).toEqual([]);
  });
});

describe('what a review of version 24 found (rules version 24)', () => {
  it('gives the first subject nothing the second clause\'s own subject does ("… and warships from Vietnam joined …")', () => {
    expect(of('India hosted the MILAN exercise and warships from Vietnam joined the Malabar exercise.')).not.toContain('India participates_in Malabar');
    expect(of('The United States hosted RIMPAC and observers from China attended the Shangri-La Dialogue.')).not.toContain('United States participates_in Shangri-La Dialogue');
  });
  it('gives who reports nothing the reported clause says ("Japan said the Philippines would … and sign …", "thông báo Việt Nam đã … và ký …")', () => {
    expect(of('Japan said the Philippines would host the exercise and sign the Reciprocal Access Agreement.')).not.toContain('Japan signs Reciprocal Access Agreement');
    expect(of('Australia announced that Vietnam had joined the Pacific Partnership and signed the Defence Cooperation Agreement.')).not.toContain('Australia signs Defence Cooperation Agreement');
    expect(of('Trung Quốc khẳng định Philippines đã vi phạm luật pháp quốc tế và tham gia Diễn tập Balikatan.')).not.toContain('Trung Quốc participates_in Diễn tập Balikatan');
  });
  it('gives the subject nothing said inside a relative clause ("…, which hosts … and joined …")', () => {
    expect(of('Japan signed the Reciprocal Access Agreement with the Philippines, which hosts the Balikatan exercise and joined the Code for Unplanned Encounters at Sea.').filter((x) => x.startsWith('Japan ') && x.includes('Code'))).toEqual([]);
  });
  it('places nothing where it was only said ("In Washington, officials said China held …")', () => {
    expect(of('In Washington, officials said China held a naval drill near Taiwan.')).not.toContain('naval drill held_at Washington');
  });
  it('keeps "Cam Ranh, Vietnam\'s deep-water port" in Viet Nam, and reads no place from "In Response,"', () => {
    expect(of("The exercise was held at Cam Ranh, Vietnam's deep-water port.")).toContain('Cam Ranh located_in Vietnam');
    expect(labels(propose('In Response, China held a naval drill near Taiwan.', blank))).not.toContain('place:Response');
  });
  it('joins no name after a dash that opens an aside ("… with the Philippines — China called it a threat")', () => {
    expect(of('Japan signed the Reciprocal Access Agreement with the Philippines — China called it a threat to the region.')).not.toContain('China signs Reciprocal Access Agreement');
    // An en dash inside a sentence pairs two sides ("quan hệ Việt Nam – EU"); a headline's two sides, which open it, both sign.
    expect(of('Phía Ba Lan khẳng định ủng hộ tăng cường quan hệ Việt Nam – EU.')).not.toContain('Ba Lan supports EU');
    expect(of('Việt Nam – Belarus ký Bản ghi nhớ về hợp tác quốc phòng')).toEqual(expect.arrayContaining(['Việt Nam signs Bản ghi nhớ về hợp tác quốc phòng', 'Belarus signs Bản ghi nhớ về hợp tác quốc phòng']));
  });
  it('reads "called for negotiations on X" as no negotiation', () => {
    expect(of('Japan called for negotiations on the Fissile Material Cut-off Treaty.')).not.toContain('Japan negotiates Fissile Material Cut-off Treaty');
  });
});

describe('a course opened together (rules version 24)', () => {
  it('reads "A phối hợp với B khai giảng khóa huấn luyện": both hold the course, where the sentence opens', () => {
    expect(of('Sáng 8/4, tại Hà Nội, Cục Gìn giữ hòa bình Việt Nam phối hợp với Lực lượng Vũ trang Canada khai giảng khóa huấn luyện tiếng Anh cho sĩ quan gìn giữ hòa bình.')).toEqual(
      // (Since version 33 the course is named by its topic: "khóa huấn luyện tiếng Anh".)
      expect.arrayContaining(['Cục Gìn giữ hòa bình Việt Nam chairs khóa huấn luyện tiếng Anh', 'Lực lượng Vũ trang Canada chairs khóa huấn luyện tiếng Anh', 'khóa huấn luyện tiếng Anh held_at Hà Nội']),
    );
  });
});

describe('a day that is marked (rules version 24)', () => {
  it('reads "… marks Defender of the Fatherland Day in Hanoi" as an occasion held in Hanoi, not a body located there', () => {
    const p = propose('Kazakh defence attaché office marks Defender of the Fatherland Day in Hanoi', blank);
    expect(labels(p)).toContain('event:Defender of the Fatherland Day');
    expect(triples(p)).toContain('Defender of the Fatherland Day held_at Hanoi');
  });
});
