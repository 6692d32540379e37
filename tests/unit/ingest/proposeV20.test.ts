/** Rules version 20: sentences written to try the rules, by readers who had not seen the corpus or the rules. */
import { describe, expect, it } from 'vitest';
import { blank, labels, triples } from '../../helpers/proposals';
import { propose } from '../../../src/ingest/propose';

describe('units named after a plural that opens the sentence (rules version 20)', () => {
  it('reads "Peacekeepers of Viet Nam\'s Engineering Unit Rotation 3": the numbered unit is Viet Nam\'s, "Peacekeepers" names nothing', () => {
    const p = triples(propose("Peacekeepers of Viet Nam's Engineering Unit Rotation 3, deployed with the United Nations Interim Security Force for Abyei (UNISFA), were awarded the United Nations Peace Medal.", blank));
    expect(p).toContain('Engineering Unit Rotation 3 part_of Viet Nam');
    expect(p.some((t) => t.includes('Peacekeepers'))).toBe(false);
  });
});

describe('an institute named with "Viện" (rules version 20)', () => {
  it('reads "Viện Chiến lược Quốc phòng và Viện Nghiên cứu Biển Đông đã ký …": both institutes sign', () => {
    const p = triples(propose('Viện Chiến lược Quốc phòng và Viện Nghiên cứu Biển Đông đã ký Bản ghi nhớ về hợp tác nghiên cứu.', blank));
    expect(p).toContain('Viện Chiến lược Quốc phòng signs Bản ghi nhớ về hợp tác nghiên cứu');
    expect(p).toContain('Viện Nghiên cứu Biển Đông signs Bản ghi nhớ về hợp tác nghiên cứu');
  });
  it('keeps "Viện" in "Viện Chính sách chiến lược Australia (ASPI)"', () => {
    expect(triples(propose('Viện Chính sách chiến lược Australia (ASPI) đã tổ chức hội thảo về an ninh mạng.', blank))).toContain('Viện Chính sách chiến lược Australia part_of Australia');
  });
  it('reads no institute in "Viện trợ của Nhật Bản …", aid', () => {
    expect(triples(propose('Viện trợ của Nhật Bản gồm hai tàu tuần tra cho Cảnh sát biển Việt Nam.', blank)).some((t) => t.includes('Viện'))).toBe(false);
  });
});

describe('"No." and an abbreviated month before a number (rules version 20)', () => {
  it('keeps "Engineering Unit No. 3" and "Engineering Unit No. 2" apart, each with its number', () => {
    const p = propose("Viet Nam's Engineering Unit No. 3 will take over the duties of Engineering Unit No. 2 at the United Nations Interim Security Force for Abyei (UNISFA).", blank);
    expect(labels(p)).toEqual(expect.arrayContaining(['actor:Engineering Unit No. 3', 'actor:Engineering Unit No. 2']));
    expect(triples(p)).toContain('Engineering Unit No. 3 part_of Viet Nam');
  });
  it('reads "Level-2 Field Hospital No. 6" and "Army Officer Academy No. 1" whole', () => {
    expect(labels(propose('Viet Nam deployed Level-2 Field Hospital No. 6 to the United Nations Mission in South Sudan (UNMISS).', blank))).toContain('actor:Level-2 Field Hospital No. 6');
    expect(labels(propose('Cadets of the Army Officer Academy No. 1 attended the course.', blank))).toContain('actor:Army Officer Academy No. 1');
  });
  it('does not end the dateline\'s sentence at "Oct." ("ASTANA, Oct. 2 — …")', () => {
    const p = propose('ASTANA, Oct. 2 — Kazakhstan and Viet Nam signed a Memorandum of Understanding on Defence Cooperation.', blank);
    expect(p.relations.find((r) => r.predicate === 'signs')?.evidence.quote.startsWith('ASTANA, Oct. 2')).toBe(true);
  });
});
