/**
 * Labels as drawn on the canvas: long official names give way to their acronym (FPA, PCA,
 * UNCLOS) or are shortened, so the picture stays readable; the panels show the full names.
 */
import type { KnowledgeGraph } from '../../model/graph';
import type { Lang } from '../state/viewState';

const MAX_LENGTH = 34;
const ACRONYM = /^[A-Z][A-Z0-9/]{1,7}$/;

export function canvasLabel(label: string, aliases: string[]): string {
  if (label.length <= MAX_LENGTH) return label;
  const acronym = aliases.find((a) => ACRONYM.test(a));
  if (acronym) return acronym;
  const cut = label.slice(0, MAX_LENGTH);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), MAX_LENGTH - 8)).trimEnd()}…`;
}

/** A name's acronym (EU, PCA, ASEAN), for where the name itself has no room; none when the name is already that short. */
export function acronymOf(label: string, aliases: string[]): string | undefined {
  const acronym = aliases.find((a) => ACRONYM.test(a));
  return acronym && acronym.length < label.length ? acronym : undefined;
}

/** Per node and language: the name drawn, and its acronym when the name has no room (if it has one). */
export type CanvasLabel = { text: string; short?: string };

export function canvasLabels(graph: KnowledgeGraph): Map<string, Record<Lang, CanvasLabel>> {
  const labels = new Map<string, Record<Lang, CanvasLabel>>();
  graph.forEachNode((node, attrs) => {
    const of = (lang: Lang): CanvasLabel => {
      const text = canvasLabel(attrs.labels[lang], attrs.aliases);
      const short = acronymOf(text, attrs.aliases);
      return short ? { text, short } : { text };
    };
    labels.set(node, { vi: of('vi'), en: of('en') });
  });
  return labels;
}
