/**
 * Rules version 29: structure the probe of 18 unseen articles showed missing after version 28 (places given as a chain
 * of ever wider places). The sentences here are written anew for the tests.
 */
import { describe, expect, it } from 'vitest';
import { blank, labels, triples } from '../../helpers/proposals';
import { propose } from '../../../src/ingest/propose';

const run = (text: string) => propose(text, blank);
const of = (text: string) => triples(run(text));

describe('places in a chain (rules version 29)', () => {
  it('reads "thị trấn A, bang B, C" as A in B and B in C: a state closes the chain, not a list', () => {
    const t = of('Đội Công binh sẽ đóng quân tại thị trấn Malakal, bang Upper Nile, Nam Sudan.');
    expect(t).toEqual(expect.arrayContaining(['Malakal located_in Upper Nile', 'Upper Nile located_in Nam Sudan']));
    expect(labels(run('Đội Công binh sẽ đóng quân tại thị trấn Malakal, bang Upper Nile, Nam Sudan.'))).toContain('place:Upper Nile');
  });
  it('still reads "A, B, C và D" as a list of places, none inside another', () => {
    expect(of('Đoàn đã đến Hà Nội, Huế, Đà Nẵng và Lào.').filter((t) => t.includes('located_in'))).toEqual([]);
    expect(of('Đoàn đã đến thành phố Vinh, Huế, Việt Nam và Lào.').filter((t) => t.includes('located_in'))).toEqual([]);
  });
  it('does not read "Liên bang" as a federal state: "Cảnh sát Liên bang Brazil" is a body', () => {
    expect(labels(run('Đại diện Cảnh sát Liên bang Brazil đã dự buổi làm việc.'))).not.toContain('place:Brazil');
  });
  it('ends an English name before "in" and a place its own word follows ("… Port in Quang Ninh province")', () => {
    const p = run('The frigate berthed at Cai Lan International Port in Quang Ninh province on 4 May.');
    expect(labels(p).some((l) => l.endsWith(':Cai Lan International Port'))).toBe(true);
    expect(triples(p).some((t) => t.startsWith('Cai Lan International Port located_in Quang Ninh'))).toBe(true);
  });
});
