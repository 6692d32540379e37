/** Rules version 17: sentences written to try the rules, by readers who had not seen the corpus or the rules. */
import { describe, expect, it } from 'vitest';
import { propose } from '../../../src/ingest/propose';
import { blank, labels, triples } from '../../helpers/proposals';

describe('names that hold an ocean or a plus (rules version 17)', () => {
  it('reads "Ấn Độ Dương" as an ocean inside a command’s name, not India and a person called Dương', () => {
    const p = propose('Đại tướng Phan Văn Giang tiếp Đô đốc John Aquilino, Tư lệnh Bộ Tư lệnh Ấn Độ Dương – Thái Bình Dương của Hoa Kỳ.', blank);
    const office = 'Tư lệnh Bộ Tư lệnh Ấn Độ Dương – Thái Bình Dương của Hoa Kỳ';
    expect(labels(p)).toEqual(expect.arrayContaining([`actor:${office}`, 'actor:Bộ Tư lệnh Ấn Độ Dương – Thái Bình Dương']));
    expect(labels(p).some((l) => /Dương – Thái|^actor:Ấn Độ$/.test(l) && !l.includes('Bộ Tư lệnh'))).toBe(false);
    expect(triples(p)).toEqual(expect.arrayContaining([`John Aquilino holds_role ${office}`, `${office} heads Bộ Tư lệnh Ấn Độ Dương – Thái Bình Dương`]));
  });
  it('keeps the plus of "ADMM+", which names another meeting than the ADMM', () => {
    const p = propose('Việt Nam tham gia Hội nghị ADMM+ tại Jakarta.', blank);
    expect(triples(p)).toContain('Việt Nam participates_in Hội nghị ADMM+');
  });
});

describe('two English bodies joined by "and the" (rules version 17)', () => {
  it('parts a name closed by an abbreviation from the next, and reads a body for a convention as a body', () => {
    const p = propose('The course was organised by the Technical Secretariat of the OPCW and the National Authority for the Chemical Weapons Convention of Malaysia.', blank);
    expect(labels(p)).toEqual(expect.arrayContaining(['actor:Technical Secretariat of the OPCW', 'actor:National Authority for the Chemical Weapons Convention of Malaysia']));
    expect(triples(p)).toContain('National Authority for the Chemical Weapons Convention of Malaysia part_of Malaysia');
  });
});
