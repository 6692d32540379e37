/**
 * A story for the terminal, in the chosen language: each step's caption (or what it says when
 * the caption is missing in that language), what the step shows — selection, filter (as the
 * `kg export` flags that reproduce it), path, quote, camera — and what had to be left out.
 */
import type { KnowledgeGraph, SourceDocument } from '../model/graph';
import { relationSentenceText } from '../model/sentence';
import { applyFilter } from '../query/filter';
import { filterToParams } from '../query/filterParams';
import { isEmptyFilter } from '../query/filterSpec';
import { kShortestPaths } from '../query/paths';
import { pathSummary } from '../query/pathText';
import type { Story } from '../query/story';
import { describeProblem } from '../query/storyCheck';
import { resolveStep, type StepData } from '../query/storyStep';
import type { CliLang } from './formatProfile';

const WORDS = {
  step: { vi: (i: number, n: number) => `Bước ${i}/${n}`, en: (i: number, n: number) => `Step ${i} of ${n}` },
  noCaption: {
    vi: (other: string) => `(bước này chưa có chú thích tiếng Việt; bản tiếng Anh: ${other})`,
    en: (other: string) => `(this step has no English caption; in Vietnamese: ${other})`,
  },
  selected: { vi: 'Đang chọn', en: 'Selected' },
  filter: { vi: 'Bộ lọc', en: 'Filter' },
  path: { vi: 'Đường nối', en: 'Path' },
  noPath: { vi: 'không có đường nối nào', en: 'no path' },
  quote: { vi: 'Trích dẫn', en: 'Quote' },
  camera: { vi: 'Góc nhìn', en: 'Camera' },
  leftOut: { vi: 'Bỏ qua', en: 'Left out' },
  steps: { vi: (n: number) => `${n} bước`, en: (n: number) => `${n} ${n === 1 ? 'step' : 'steps'}` },
} as const;

const otherLang = (lang: CliLang): CliLang => (lang === 'vi' ? 'en' : 'vi');

/** A story's title in a language, or in the other when this one is empty. */
export function storyTitle(story: Story, lang: CliLang): string {
  return story.title[lang].trim() || story.title[otherLang(lang)];
}

export function formatStoryList(stories: Story[], lang: CliLang): string {
  const width = Math.max(0, ...stories.map((s) => s.id.length));
  return stories.map((s) => `${s.id.padEnd(width)}  ${WORDS.steps[lang](s.steps.length).padEnd(8)}  ${storyTitle(s, lang)}`).join('\n');
}

export function formatStory(story: Story, data: StepData, sources: SourceDocument[], lang: CliLang): string {
  const { graph } = data;
  const label = (id: string) => graph.getNodeAttribute(id, 'labels')[lang];
  const lines = [`${storyTitle(story, lang)} (${story.id})`];
  story.steps.forEach((step, i) => {
    const { view, problems } = resolveStep(step.view, data);
    const caption = step.caption[lang].trim() || WORDS.noCaption[lang](step.caption[otherLang(lang)]);
    lines.push('', `${WORDS.step[lang](i + 1, story.steps.length)}. ${caption}`);
    if (view.selection) {
      const name = view.selection.type === 'node' ? label(view.selection.id) : relationSentenceText(graph, view.selection.id, lang);
      lines.push(`   ${WORDS.selected[lang]}: ${name}`);
    }
    if (!isEmptyFilter(view.filter)) lines.push(`   ${WORDS.filter[lang]}: ${filterToParams(view.filter).map(([k, v]) => `--${k} ${v}`).join(' ')}`);
    if (view.path) lines.push(...pathLines(graph, view, lang));
    const quote = view.article;
    if (quote?.start !== undefined && quote.end !== undefined) {
      const text = sources.find((s) => s.id === quote.source)?.text.slice(quote.start, quote.end) ?? '';
      lines.push(`   ${WORDS.quote[lang]}: “${text}” [${quote.source} ${quote.start}–${quote.end}]`);
    }
    if (view.camera) lines.push(`   ${WORDS.camera[lang]}: ${view.camera.x}, ${view.camera.y}, ×${view.camera.ratio}`);
    for (const problem of problems) lines.push(`   ! ${WORDS.leftOut[lang]} ${problem.param}: ${describeProblem(problem)}`);
  });
  return lines.join('\n');
}

function pathLines(graph: KnowledgeGraph, view: ReturnType<typeof resolveStep>['view'], lang: CliLang): string[] {
  const path = view.path;
  if (!path) return [];
  const [from, to] = path.ends;
  const kept = isEmptyFilter(view.filter) ? null : applyFilter(graph, view.filter);
  const found = kShortestPaths(graph, from, to, path.options, kept);
  const chosen = found[Math.min(path.chosen, found.length - 1)];
  const ends = `${graph.getNodeAttribute(from, 'labels')[lang]} → ${graph.getNodeAttribute(to, 'labels')[lang]}`;
  if (!chosen) return [`   ${WORDS.path[lang]} ${ends}: ${WORDS.noPath[lang]}`];
  return [
    `   ${WORDS.path[lang]} ${ends} (${path.chosen + 1}/${found.length}): ${pathSummary(graph, chosen, lang)}`,
    ...chosen.hops.flatMap((hop) => hop.edges).map((edge) => `     ${relationSentenceText(graph, edge, lang)}`),
  ];
}
