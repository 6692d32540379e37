/**
 * The story being presented (from the URL's `story`/`story-data` and `step`): loaded, its step
 * resolved against the graph on screen, and the view the canvas shows for it. The explorer's
 * own view stays underneath, untouched, and comes back when the presentation ends.
 */
import { useEffect, useMemo, useState } from 'react';
import type { ParamProblem } from '../../query/filterParams';
import type { Story } from '../../query/story';
import { resolveStep, type StepView } from '../../query/storyStep';
import { defaultViewState, type DataIndex, type Lang, type ViewState } from '../state/viewState';

export type Presented =
  | { status: 'loading' }
  | { status: 'missing'; reason: 'storyNotFound' | 'storyUnreadable' | 'storiesUnavailable'; id: string }
  | { status: 'ready'; story: Story; step: number; beyond: boolean; view: StepView; problems: ParamProblem[] };

/** During the offline export, the step and language being pictured, whatever the URL says. */
export type Stage = { step: number; lang: Lang };

type Loaded = { key: string; result: Story | Extract<Presented, { status: 'missing' }>['reason'] };

/** The story schema (zod) and the link's decompression load with the first story, not with the page. */
async function load(key: string): Promise<Loaded['result']> {
  const [kind, value] = [key.slice(0, key.indexOf(':')), key.slice(key.indexOf(':') + 1)];
  if (kind === 'data') {
    const { decodeStory } = await import('./storyLink');
    return (await decodeStory(value)) ?? 'storyUnreadable';
  }
  const { shippedStories } = await import('./storyLibrary');
  return shippedStories().then(
    (stories) => stories.find((s) => s.id === value) ?? 'storyNotFound',
    () => 'storiesUnavailable' as const,
  );
}

export function usePresentation(view: ViewState, data: DataIndex, stage: Stage | null): { presented: Presented; shown: ViewState } | null {
  const ref = view.story?.ref;
  const key = ref ? ('id' in ref ? `id:${ref.id}` : `data:${ref.data}`) : null;
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  useEffect(() => {
    if (!key) return;
    let live = true;
    void load(key).then((result) => live && setLoaded({ key, result }));
    return () => {
      live = false;
    };
  }, [key]);

  const wanted = stage?.step ?? view.story?.step ?? 0;
  const presented = useMemo<Presented | null>(() => {
    if (!key) return null;
    if (!loaded || loaded.key !== key) return { status: 'loading' };
    const { result } = loaded;
    if (typeof result === 'string') return { status: 'missing', reason: result, id: key.slice(key.indexOf(':') + 1) };
    const step = Math.min(wanted, result.steps.length - 1);
    const spec = result.steps[step]?.view ?? {};
    return { status: 'ready', story: result, step, beyond: wanted > step, ...resolveStep(spec, data) };
  }, [key, loaded, wanted, data]);

  const lang = stage?.lang ?? view.lang;
  const story = view.story;
  const shown = useMemo<ViewState | null>(() => {
    if (!presented) return null;
    const base = { ...defaultViewState(lang), story };
    return presented.status === 'ready' ? { ...base, ...presented.view } : base;
  }, [presented, lang, story]);
  return presented && shown ? { presented, shown } : null;
}
