/** Rules version 20: sentences written to try the rules, by readers who had not seen the corpus or the rules. */
import { describe, expect, it } from 'vitest';
import { blank, triples } from '../../helpers/proposals';
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
