/**
 * Proposals for articles shaped as no newspaper would write them: they end on a list trigger,
 * run as one sentence, repeat one capitalised name, or hold thousands of brackets, quotes and
 * names. Each gives proposals whose every span is where it says, and the same names, relations
 * and mentions as the article's short form repeated (nothing is lost to the size).
 */
import { describe, expect, it } from 'vitest';
import { buildKnowledge, propose } from '../../../src/ingest/propose';
import type { Proposals } from '../../../src/ingest/types';
import { loadDataset } from '../../../src/cli/corpusFiles';
import { fixtureText } from '../../helpers/ingest';
import { GRAPH_DATA } from '../../helpers/shipped';

const dataset = loadDataset(GRAPH_DATA);
const knowledge = buildKnowledge(dataset.entities, dataset.relations);

function spansHold(text: string, p: Proposals): void {
  const spans = [...p.mentions, ...p.references, ...p.candidates.flatMap((c) => c.mentions), ...p.relations.map((r) => r.evidence)];
  for (const s of spans) expect(text.slice(s.start, s.end)).toBe(s.quote);
}

const SYLLABLES = ['Ba', 'Ca', 'Đa', 'Ga', 'Hà', 'Kha', 'La', 'Mai', 'Na', 'Phan'];
const name = (i: number) => `${SYLLABLES[i % SYLLABLES.length]} ${SYLLABLES[Math.floor(i / SYLLABLES.length) % SYLLABLES.length]}`;
const many = (n: number, line: (i: number) => string) => Array.from({ length: n }, (_, i) => line(i)).join('');

describe('proposals for hostile articles', () => {
  it('an article that ends on a list trigger ("… bao gồm") has no items to list, and does not crash', () => {
    const text = 'Việt Nam và EU ký thỏa thuận bao gồm';
    const p = propose(text, knowledge);
    spansHold(text, p);
    expect(p.mentions.map((m) => m.quote)).toEqual(['Việt Nam', 'EU']);
    expect(p.candidates).toEqual([]);
    spansHold('Hai bên hợp tác trong các lĩnh vực như:', propose('Hai bên hợp tác trong các lĩnh vực như:', knowledge));
  });

  it.each([
    ['one sentence with no full stop', fixtureText().replace(/[.!?]/g, ',').replace(/\n+/g, ' ').repeat(5)],
    ['one capitalised name 2,000 words long', many(1000, (i) => `${name(i)} `)],
    ['a thousand brackets', many(1000, (i) => `Tổ chức ${name(i)} (T${i}) và Liên minh châu Âu (EU) hợp tác về an ninh mạng. `)],
    ['a thousand quotes', many(1000, (i) => `Hai bên thông qua “Chiến lược ${name(i)}” của EU. `)],
    ['a thousand people who meet', many(1000, (i) => `Ông ${name(i)} gặp bà ${name(i + 7)} tại Hà Nội.\n`)],
  ])('%s: every span is where it says', (_name, text) => {
    spansHold(text, propose(text, knowledge));
  });

  it('a name used a thousand times is one candidate with a thousand mentions, as it is with ten', () => {
    const line = 'Hiệp định Đối tác Hàng hải được Nhật Bản và Việt Nam ký kết. ';
    const few = propose(line.repeat(10), knowledge);
    const lots = propose(line.repeat(1000), knowledge);
    expect(lots.candidates.map((c) => [c.key, c.mentions.length / 100])).toEqual(few.candidates.map((c) => [c.key, c.mentions.length]));
    expect(lots.relations.length).toBe(few.relations.length * 100);
  });
});
