/** Plain-text rendering of "what changed" for the terminal, in the language asked for: counts first, then each list. */
import type { KnowledgeGraph } from '../model/graph';
import { KINDS } from '../model/vocabulary';
import type { Changes, DateChanges } from '../query/changes';
import type { ChangesSpec } from '../query/changesView';
import { relationTime, type SourceTimes } from '../query/relationTime';

export type Lang = 'vi' | 'en';

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

const WORDS = {
  vi: {
    heading: ({ by, from, to }: ChangesSpec) =>
      by === 'date'
        ? `Những gì thay đổi từ ${from} đến ${to} (mỗi quan hệ được xếp theo ngày của chính nó, nếu không có thì theo ngày của bài báo sớm nhất nêu nó):`
        : `Những gì bài ${to} bổ sung so với bài ${from}:`,
    summary: (entities: number, relations: number, evidence: number) => `${entities} thực thể mới, ${relations} quan hệ mới, bằng chứng mới cho ${evidence} quan hệ đã có`,
    undated: (n: number) => `${n} quan hệ không có ngày và không thuộc bài báo nào có ngày, nên không được tính ở cả hai phía.`,
    entities: (n: number) => `Thực thể mới (${n}):`,
    relations: (n: number) => `Quan hệ mới (${n}):`,
    evidence: (n: number) => `Bằng chứng mới cho các quan hệ đã có (${n}):`,
    articleDate: 'ngày của bài báo',
    inferred: 'suy luận',
    noDate: 'không có ngày',
  },
  en: {
    heading: ({ by, from, to }: ChangesSpec) =>
      by === 'date'
        ? `What changed from ${from} to ${to} (a relation is placed by its own date, else by its earliest article's):`
        : `What article ${to} adds to article ${from}:`,
    summary: (entities: number, relations: number, evidence: number) =>
      [plural(entities, 'new entity', 'new entities'), plural(relations, 'new relation', 'new relations'), `new evidence for ${plural(evidence, 'earlier relation', 'earlier relations')}`].join(', '),
    undated: (n: number) => `${plural(n, 'relation has', 'relations have')} no date and no dated article, so neither side counts them.`,
    entities: (n: number) => `New entities (${n}):`,
    relations: (n: number) => `New relations (${n}):`,
    evidence: (n: number) => `New evidence for earlier relations (${n}):`,
    articleDate: "the article's date",
    inferred: 'inferred',
    noDate: 'undated',
  },
};

function relationLine(graph: KnowledgeGraph, edge: string, times: SourceTimes, lang: Lang): string {
  const words = WORDS[lang];
  const attrs = graph.getEdgeAttributes(edge);
  const [source, target] = graph.extremities(edge).map((n) => graph.getNodeAttribute(n, 'labels')[lang]);
  const time = relationTime(attrs, times);
  const notes = [...(time?.source ? [words.articleDate] : []), ...(time?.inferred ? [words.inferred] : [])];
  const when = time ? `${time.date}${notes.length > 0 ? ` (${notes.join(', ')})` : ''}` : words.noDate;
  return `  ${source} — ${attrs.labels[lang]} → ${target}   [${edge}; ${when}]`;
}

export function formatChanges(graph: KnowledgeGraph, changes: Changes | DateChanges, spec: ChangesSpec, times: SourceTimes, lang: Lang): string {
  const words = WORDS[lang];
  const lines = [words.heading(spec), words.summary(changes.entities.length, changes.relations.length, changes.evidence.length)];
  if ('undated' in changes && changes.undated > 0) lines.push(words.undated(changes.undated));
  if (changes.entities.length > 0) {
    lines.push('', words.entities(changes.entities.length));
    for (const id of changes.entities) {
      const attrs = graph.getNodeAttributes(id);
      lines.push(`  ${attrs.labels[lang]} (${KINDS[attrs.kind][lang]})   [${id}]`);
    }
  }
  if (changes.relations.length > 0) {
    lines.push('', words.relations(changes.relations.length));
    for (const edge of changes.relations) lines.push(relationLine(graph, edge, times, lang));
  }
  if (changes.evidence.length > 0) {
    lines.push('', words.evidence(changes.evidence.length));
    for (const { relation, added } of changes.evidence) {
      lines.push(relationLine(graph, relation, times, lang));
      for (const e of added) lines.push(`      ${e.source} ${e.start}–${e.end}: “${e.quote}”`);
    }
  }
  return lines.join('\n');
}
