/**
 * A path in words, the same from the command line and in the explorer: "2 relations, via the
 * European Union" / "2 quan hệ, qua Liên minh châu Âu". The entities between the ends are named
 * as the object of a sentence ("the European Union", "các sáng kiến quốc phòng của EU").
 */
import type { KnowledgeGraph } from '../model/graph';
import { asObject } from '../model/sentence';
import type { FoundPath } from './paths';

type Lang = 'vi' | 'en';

const RELATIONS = { vi: (n: number) => `${n} quan hệ`, en: (n: number) => `${n} ${n === 1 ? 'relation' : 'relations'}` };
const VIA = { vi: 'qua', en: 'via' };
const DIRECT = { vi: 'trực tiếp', en: 'direct' };

export function listOf(lang: Lang, items: string[]): string {
  return new Intl.ListFormat(lang, { type: 'conjunction' }).format(items);
}

/** The entities a path passes through, as they read inside a sentence. */
export function pathVia(graph: KnowledgeGraph, path: FoundPath, lang: Lang): string[] {
  return path.nodes.slice(1, -1).map((id) => asObject(graph.getNodeAttributes(id), lang));
}

export function pathSummary(graph: KnowledgeGraph, path: FoundPath, lang: Lang): string {
  const via = pathVia(graph, path, lang);
  return `${RELATIONS[lang](path.hops.length)}, ${via.length > 0 ? `${VIA[lang]} ${listOf(lang, via)}` : DIRECT[lang]}`;
}
