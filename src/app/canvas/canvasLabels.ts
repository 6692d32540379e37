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

export function canvasLabels(graph: KnowledgeGraph): Map<string, Record<Lang, string>> {
  const labels = new Map<string, Record<Lang, string>>();
  graph.forEachNode((node, attrs) => {
    labels.set(node, { vi: canvasLabel(attrs.labels.vi, attrs.aliases), en: canvasLabel(attrs.labels.en, attrs.aliases) });
  });
  return labels;
}
