/**
 * What the explorer needs of stories: the presentation (if the URL names a story), the view the
 * canvas shows, an `update` for the canvas that leaves the explorer's own view alone while a
 * story is presented, and the actions of the story maker (take the view on screen as a step,
 * show a step, present a story, leave the presentation).
 */
import { useCallback, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import type { StepViewSpec } from '../../query/story';
import { resolveStep, stepSpecOf } from '../../query/storyStep';
import type { UpdateView } from '../state/useViewState';
import type { DataIndex, ViewState } from '../state/viewState';
import type { Renderer } from './stepCamera';
import type { StoryRef } from './storyParams';
import { usePresentation, type Stage } from './usePresentation';

const GLIDE_MS = 600;

export function useStoryMode(view: ViewState, update: UpdateView, data: DataIndex, sigmaRef: RefObject<Renderer | null>) {
  const [stage, setStage] = useState<Stage | null>(null);
  const [saveOffline, setSaveOffline] = useState(false);
  const presentation = usePresentation(view, data, stage);
  const presenting = presentation !== null;

  // Clicks and camera moves on the canvas belong to the explorer's view, not to the story's steps.
  const presentingRef = useRef(presenting);
  useLayoutEffect(() => {
    presentingRef.current = presenting;
  }, [presenting]);
  const canvasUpdate = useCallback<UpdateView>((patch, mode) => {
    if (!presentingRef.current) update(patch, mode);
  }, [update]);

  const glideTo = useCallback(
    (camera: ViewState['camera']) => {
      if (!camera) return;
      requestAnimationFrame(() => void sigmaRef.current?.getCamera().animate({ ...camera }, { duration: GLIDE_MS }));
    },
    [sigmaRef],
  );

  const currentStep = useCallback((): StepViewSpec => {
    const state = sigmaRef.current?.getCamera().getState() ?? null;
    // Rounded as the URL rounds it: a story file stays readable.
    const camera = state ? { x: Math.round(state.x * 1000) / 1000, y: Math.round(state.y * 1000) / 1000, ratio: Number(state.ratio.toPrecision(4)) } : view.camera;
    return stepSpecOf({ selection: view.selection, article: view.article, filter: view.filter, dim: view.dim, path: view.path, camera });
  }, [sigmaRef, view]);

  const showStep = useCallback(
    (spec: StepViewSpec) => {
      const { view: step } = resolveStep(spec, data);
      update(step);
      glideTo(step.camera);
    },
    [data, update, glideTo],
  );

  const present = useCallback(
    (ref: StoryRef, step: number, andSave = false) => {
      update({ story: { ref, step } });
      setSaveOffline(andSave);
    },
    [update],
  );

  const exit = useCallback(() => {
    update({ story: null });
    glideTo(view.camera);
  }, [update, glideTo, view.camera]);

  const clearSaveOffline = useCallback(() => setSaveOffline(false), []);
  return { presentation, stage, setStage, saveOffline, clearSaveOffline, canvasUpdate, currentStep, showStep, present, exit };
}
