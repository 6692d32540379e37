/**
 * The offline file: each step pictured on the canvas in each language — the presentation is
 * staged at that step and language, the camera set where the step puts it, and the canvas
 * drawn into a PNG as the PNG export does — then written with its caption and quotes into one
 * HTML file (offlineHtml.ts) and saved.
 */
import type Sigma from 'sigma';
import type { KnowledgeGraph, SourceDocument } from '../../model/graph';
import { KINDS, KIND_IDS } from '../../model/vocabulary';
import { applyFilter } from '../../query/filter';
import { isEmptyFilter } from '../../query/filterSpec';
import { kShortestPaths, pathElements } from '../../query/paths';
import type { Story } from '../../query/story';
import { resolveStep, type StepData } from '../../query/storyStep';
import { saveBlob } from '../download';
import { renderPng } from '../exportImage';
import { t } from '../i18n';
import type { Lang } from '../state/viewState';
import { storyHtml, type OfflineStep, type OfflineStory } from './offlineHtml';
import { stepCamera, type Renderer } from './stepCamera';
import { stepEvidence } from './stepEvidence';
import { describeStepProblem } from './stepProblems';
import type { Stage } from './usePresentation';

/** The smallest picture, the legend's column included: a small window still gives a readable one. */
const SMALLEST = { width: 900, height: 600 };
const LANGS: Lang[] = ['vi', 'en'];

type Options = {
  story: Story;
  sigma: Renderer;
  graph: KnowledgeGraph;
  sources: Map<string, SourceDocument>;
  data: StepData;
  lang: Lang;
  /** Shows the step in the language on the canvas (the presentation's stage). */
  stage: (stage: Stage | null) => void;
  progress: (text: string) => void;
};

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
/** The stage's React commit, the canvas's effects and the frame they schedule. */
async function settled(): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, 50));
  await nextFrame();
  await nextFrame();
}

function dataUrl(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error('the picture could not be read back'));
    reader.readAsDataURL(blob);
  });
}

export async function saveStoryOffline({ story, sigma, graph, sources, data, lang, stage, progress }: Options): Promise<void> {
  const steps: OfflineStep[] = story.steps.map((step) => ({
    caption: step.caption,
    image: { vi: '', en: '' },
    evidence: { vi: [], en: [] },
    notices: { vi: [], en: [] },
  }));
  try {
    for (const pictured of LANGS) {
      for (const [i, step] of story.steps.entries()) {
        progress(
          t(lang, 'exportingStep')
            .replace('{i}', String(i + 1))
            .replace('{n}', String(story.steps.length))
            .replace('{lang}', t(lang, pictured === 'vi' ? 'langNameVi' : 'langNameEn')),
        );
        const { view, problems } = resolveStep(step.view, data);
        const kept = isEmptyFilter(view.filter) ? null : applyFilter(graph, view.filter);
        const found = view.path ? kShortestPaths(graph, view.path.ends[0], view.path.ends[1], view.path.options, kept) : [];
        const chosen = view.path ? (found[Math.min(view.path.chosen, found.length - 1)] ?? null) : null;
        stage({ step: i, lang: pictured });
        await settled();
        sigma.getCamera().setState(stepCamera(sigma, view, kept, pathElements(chosen ? [chosen] : []).nodes));
        await nextFrame();
        const kinds = new Set((kept ? [...kept.nodes] : graph.nodes()).map((n) => graph.getNodeAttribute(n, 'kind')));
        const legend = KIND_IDS.filter((k) => kinds.has(k)).map((k) => ({ label: KINDS[k][pictured], color: KINDS[k].color }));
        const target = steps[i] as OfflineStep;
        // The canvas's own size, so the pictures read at the scale the presentation shows.
        const { width, height } = sigma.getDimensions();
        const picture = { width: Math.max(SMALLEST.width, Math.round(width)), height: Math.max(SMALLEST.height, Math.round(height)) };
        target.image[pictured] = await dataUrl(await renderPng(sigma as unknown as Sigma, t(pictured, 'title'), legend, picture));
        target.evidence[pictured] = stepEvidence(graph, sources, view, chosen, pictured);
        target.notices[pictured] = problems.map((p) => describeStepProblem(pictured, p));
      }
    }
  } finally {
    stage(null);
  }
  const ui = (l: Lang) => ({
    stepOf: t(l, 'stepOf'),
    previous: t(l, 'previousStep'),
    next: t(l, 'nextStep'),
    noCaption: t(l, 'noCaptionHere'),
    noticeTitle: t(l, 'stepNoticeTitle'),
    keys: t(l, 'offlineKeys'),
    note: t(l, 'offlineNote'),
    language: t(l, 'language'),
  });
  const offline: OfflineStory = { title: story.title, lang, ui: { vi: ui('vi'), en: ui('en') }, steps };
  saveBlob(new Blob([storyHtml(offline)], { type: 'text/html;charset=utf-8' }), `story-${story.id}.html`);
}
