/**
 * Paths for the terminal, in the chosen language: what was asked, then each path with the
 * entities it passes through, each relation as a sentence read in its own direction, and the
 * quotes that state it.
 */
import type { KnowledgeGraph } from '../model/graph';
import { asObject, relationSentenceText } from '../model/sentence';
import { KINDS } from '../model/vocabulary';
import type { FoundPath, PathOptions } from '../query/paths';
import { listOf, pathSummary } from '../query/pathText';
import type { CliLang } from './formatProfile';

const WORDS = {
  found: {
    vi: (n: number, from: string, to: string) => `${n} đường nối từ ${from} đến ${to}`,
    en: (n: number, from: string, to: string) => `${n} ${n === 1 ? 'path' : 'paths'} from ${from} to ${to}`,
  },
  none: {
    vi: (from: string, to: string) => `Không có đường nối nào từ ${from} đến ${to}`,
    en: (from: string, to: string) => `No path from ${from} to ${to}`,
  },
  eitherWay: { vi: 'theo quan hệ ở cả hai chiều', en: 'relations followed either way' },
  directed: { vi: 'chỉ theo chiều của quan hệ', en: 'relations followed only along their direction' },
  avoiding: { vi: 'tránh', en: 'avoiding' },
  avoidingKinds: { vi: 'không đi qua các loại:', en: 'not through the kinds:' },
  onlyThrough: { vi: 'chỉ đi qua các loại:', en: 'only through the kinds:' },
  filtered: { vi: 'trong phạm vi bộ lọc', en: 'within the filter' },
} as const;

function optionsLine(graph: KnowledgeGraph, options: PathOptions, filtered: boolean, lang: CliLang): string {
  const label = (id: string) => graph.getNodeAttribute(id, 'labels')[lang];
  const kinds = (ids: PathOptions['viaKinds']) => ids.map((k) => KINDS[k][lang].toLocaleLowerCase(lang)).join(', ');
  const parts: string[] = [options.directed ? WORDS.directed[lang] : WORDS.eitherWay[lang]];
  if (options.avoid.length > 0) parts.push(`${WORDS.avoiding[lang]} ${listOf(lang, options.avoid.map(label))}`);
  if (options.avoidKinds.length > 0) parts.push(`${WORDS.avoidingKinds[lang]} ${kinds(options.avoidKinds)}`);
  if (options.viaKinds.length > 0) parts.push(`${WORDS.onlyThrough[lang]} ${kinds(options.viaKinds)}`);
  if (filtered) parts.push(WORDS.filtered[lang]);
  return `(${parts.join('; ')})`;
}

export function formatPaths(
  graph: KnowledgeGraph,
  question: { from: string; to: string; options: PathOptions; filtered: boolean },
  paths: FoundPath[],
  lang: CliLang,
): string {
  const from = asObject(graph.getNodeAttributes(question.from), lang);
  const to = asObject(graph.getNodeAttributes(question.to), lang);
  const head = paths.length > 0 ? WORDS.found[lang](paths.length, from, to) : WORDS.none[lang](from, to);
  const lines = [`${head} ${optionsLine(graph, question.options, question.filtered, lang)}`];
  paths.forEach((path, i) => {
    lines.push('', `${i + 1}. ${pathSummary(graph, path, lang)}`);
    for (const edge of path.hops.flatMap((hop) => hop.edges)) {
      lines.push(`   ${relationSentenceText(graph, edge, lang)}`);
      for (const e of graph.getEdgeAttribute(edge, 'evidence')) lines.push(`     “${e.quote}” [${e.source} ${e.start}–${e.end}]`);
    }
  });
  return lines.join('\n');
}
