/**
 * One sentence that is a long list of names: read once, whatever its length. Before, every name of the list started a
 * reading of the rest of it, for every construction, and a 10 kB list took minutes (`npm run bench -- long-articles` times it).
 */
import { describe, expect, it } from 'vitest';
import { blank, triples } from '../../helpers/proposals';
import { propose } from '../../../src/ingest/propose';

const listOf = (names: string[], count: number) => Array.from({ length: count }, (_, i) => names[i % names.length]).join(', ');

describe('a sentence that is one long list of states', () => {
  it('gives every state of a 3,000-name English list the verb after it, once each', () => {
    const text = `${listOf(['Japan', 'Australia', 'India'], 3000)} and Viet Nam signed the Joint Statement on Maritime Security.`;
    const signs = triples(propose(text, blank)).filter((t) => t.includes(' signs '));
    expect(signs.sort()).toEqual(['Australia', 'India', 'Japan', 'Viet Nam'].map((s) => `${s} signs Joint Statement on Maritime Security`));
  });
  it('does so in Vietnamese, where the few words of grammar still say the language', () => {
    const text = `${listOf(['Nhật Bản', 'Úc', 'Ấn Độ'], 3000)} và Việt Nam đã ký Tuyên bố chung về an ninh biển.`;
    const signs = triples(propose(text, blank)).filter((t) => t.includes(' signs '));
    expect(signs.sort()).toEqual(['Nhật Bản', 'Úc', 'Việt Nam', 'Ấn Độ'].map((s) => `${s} signs Tuyên bố chung về an ninh biển`).sort());
  });
  it('reads a list of 120,000 names, the 1 MB an article may be, without overflowing the call stack', () => {
    const text = `${listOf(['Japan', 'Australia', 'India'], 120_000)} and Viet Nam signed the Treaty of Amity and Cooperation in Southeast Asia.`;
    const signs = triples(propose(text, blank)).filter((t) => t.includes(' signs '));
    expect(signs.sort()).toEqual(['Australia', 'India', 'Japan', 'Viet Nam'].map((s) => `${s} signs Treaty of Amity and Cooperation in Southeast Asia`));
  }, 60_000);
  it('reads a list that no construction completes as stating nothing, and still names its states', () => {
    const proposals = propose(`The talks could include ${listOf(['Japan', 'Australia', 'India'], 3000)}.`, blank);
    expect(proposals.relations).toEqual([]);
    expect(proposals.candidates.map((c) => c.label)).toEqual(expect.arrayContaining(['Australia', 'India', 'Japan']));
  });
});
