/**
 * What a step puts beside the canvas, below its caption: the quote it opens, the relation it
 * selects, the path it draws (each relation as a sentence, with its quotes), or what the
 * articles say about the entity it selects. Plain data in one language, so the presenter draws
 * it and the offline file carries it alike.
 */
import type { KnowledgeGraph, SourceDocument } from '../../model/graph';
import { relationSentenceText } from '../../model/sentence';
import type { Evidence } from '../../model/schema';
import type { FoundPath } from '../../query/paths';
import { pathSummary } from '../../query/pathText';
import type { StepView } from '../../query/storyStep';
import { formatDate, t } from '../i18n';
import type { Lang } from '../state/viewState';

export type Quote = { text: string; source: string };
export type EvidenceBlock = { heading: string; sentence?: string; text?: string; quotes: Quote[] };

function sourceLine(sources: Map<string, SourceDocument>, id: string, lang: Lang): string {
  const source = sources.get(id);
  if (!source) return id;
  if (!source.date) return source.title[lang];
  return `${source.title[lang]} · ${formatDate(source.date, lang)}${source.dateInferred ? ` (${t(lang, 'inferredDate')})` : ''}`;
}

export function stepEvidence(graph: KnowledgeGraph, sources: Map<string, SourceDocument>, view: StepView, path: FoundPath | null, lang: Lang): EvidenceBlock[] {
  const quotesOf = (evidence: Evidence[]) => evidence.map((e) => ({ text: e.quote, source: sourceLine(sources, e.source, lang) }));
  const relation = (edge: string, heading: string): EvidenceBlock => ({
    heading,
    sentence: relationSentenceText(graph, edge, lang),
    quotes: quotesOf(graph.getEdgeAttribute(edge, 'evidence')),
  });
  const blocks: EvidenceBlock[] = [];
  const { article, selection } = view;
  if (article?.start !== undefined && article.end !== undefined) {
    const text = sources.get(article.source)?.text.slice(article.start, article.end);
    if (text) blocks.push({ heading: t(lang, 'quoteHeading'), quotes: [{ text, source: sourceLine(sources, article.source, lang) }] });
  }
  if (selection?.type === 'edge') blocks.push(relation(selection.id, t(lang, 'relation')));
  if (path) {
    blocks.push({ heading: t(lang, 'pathHeading'), text: pathSummary(graph, path, lang), quotes: [] });
    blocks.push(...path.hops.flatMap((hop) => hop.edges).map((edge) => relation(edge, '')));
  }
  if (selection?.type === 'node' && blocks.length === 0) {
    const { labels, description } = graph.getNodeAttributes(selection.id);
    blocks.push({ heading: t(lang, 'aboutEntity').replace('{name}', labels[lang]), text: description[lang], quotes: [] });
  }
  return blocks;
}
