/**
 * fast-check arbitraries for knowledge graphs whose strings are the hard cases of every
 * format: Vietnamese, quotes, &, <, >, line breaks, tabs, emoji (surrogate pairs) and
 * right-to-left text.
 */
import fc from 'fast-check';
import { MultiDirectedGraph } from 'graphology';
import type { KnowledgeGraph } from '../../src/model/graph';
import { KIND_IDS, KINDS, PREDICATE_IDS, PREDICATES } from '../../src/model/vocabulary';

const PIECES = ['Việt Nam', 'an ninh mạng', 'Đại diện', '"', "'", '&', '<', '>', '</x>', ']]>', '\n', '\r\n', '\t', ' ', '😀', '🇻🇳', 'שלום', 'مرحبا', '\\', '`', '{', '}', ',', ';', 'a', 'Z', '0', '#', '/', '?', '%'];

export const hardString = fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 6 }).map((parts) => parts.join(''));
const hardId = fc.oneof(fc.stringMatching(/^[a-z][a-z0-9-]{0,8}$/), hardString);
/** -0 has no spelling in JSON or XML: every format reads it back as 0. */
const noNegativeZero = (v: number) => (Object.is(v, -0) ? 0 : v);
const isoDate = fc.constantFrom('2019', '2024-05', '2024-05-28', '1990');
/** An inference reason: present or not, in both languages. */
const reason = fc.option(fc.record({ vi: hardString, en: hardString }), { nil: undefined });

export const arbitraryGraph = fc
  .record({
    ids: fc.uniqueArray(hardId, { minLength: 1, maxLength: 8 }),
    nodeText: fc.array(fc.record({ vi: hardString, en: hardString, aliases: fc.array(hardString, { maxLength: 2 }), kind: fc.constantFrom(...KIND_IDS), x: fc.double({ min: -1000, max: 1000, noNaN: true }).map(noNegativeZero), y: fc.integer({ min: -500, max: 500 }), dateInferred: reason }), { minLength: 8, maxLength: 8 }),
    edges: fc.array(
      fc.record({ s: fc.nat(), t: fc.nat(), predicate: fc.constantFrom(...PREDICATE_IDS), vi: hardString, en: hardString, date: fc.option(isoDate, { nil: undefined }), dateInferred: reason, inferred: reason, quote: hardString, start: fc.nat(5000) }),
      { maxLength: 10 },
    ),
  })
  .map(({ ids, nodeText, edges }) => {
    const graph: KnowledgeGraph = new MultiDirectedGraph({ allowSelfLoops: true });
    graph.replaceAttributes({ name: 'test', sourceDates: { s1: '2024-05' } });
    ids.forEach((id, i) => {
      const t = nodeText[i % nodeText.length] as (typeof nodeText)[number];
      graph.addNode(id, {
        label: t.en,
        labels: { vi: t.vi, en: t.en },
        kind: t.kind,
        aliases: t.aliases,
        description: { vi: t.vi, en: t.en },
        dates: [{ type: 'signed', date: '2024-05-28', ...(t.dateInferred ? { dateInferred: t.dateInferred } : {}) }],
        sources: ['s1'],
        color: KINDS[t.kind].color,
        x: t.x,
        y: t.y,
        size: 5,
      });
    });
    edges.forEach((e, i) => {
      graph.addDirectedEdgeWithKey(`${ids[e.s % ids.length]}→${i}`, ids[e.s % ids.length] as string, ids[e.t % ids.length] as string, {
        label: e.en,
        predicate: e.predicate,
        predicateLabels: PREDICATES[e.predicate],
        labels: { vi: e.vi, en: e.en },
        ...(e.date ? { date: e.date } : {}),
        ...(e.dateInferred ? { dateInferred: e.dateInferred } : {}),
        ...(e.inferred ? { inferred: e.inferred } : {}),
        evidence: [{ source: 's1', quote: e.quote, start: e.start, end: e.start + e.quote.length }],
      });
    });
    return graph;
  });
