/**
 * Where the camera stands for a step: the camera the step was made with, else one that frames
 * what the step is about (its path, the selected entity and its neighbours, the selected
 * relation, the filter's result), else the whole graph. Moving from step to step, the camera
 * glides there; the offline export sets it at once.
 */
import { useEffect, type RefObject } from 'react';
import type Sigma from 'sigma';
import type { CameraState } from 'sigma/types';
import type { EdgeAttributes, GraphAttributes, NodeAttributes } from '../../model/graph';
import type { Kept } from '../../query/filter';
import type { StepView } from '../../query/storyStep';
import { cameraFitting } from '../canvas/frame';
import type { Presented } from './usePresentation';

export type Renderer = Sigma<NodeAttributes, EdgeAttributes, GraphAttributes>;

const GLIDE_MS = 900;

export function stepCamera(renderer: Renderer, view: StepView, visible: Kept | null, pathNodes: Set<string>): CameraState {
  if (view.camera) return { ...view.camera, angle: 0 };
  const sigma = renderer as unknown as Sigma;
  const graph = renderer.getGraph();
  const shown = (n: string) => !visible || visible.nodes.has(n);
  let nodes: string[] = [];
  if (pathNodes.size > 0) nodes = [...pathNodes];
  else if (view.selection?.type === 'node') nodes = [view.selection.id, ...graph.neighbors(view.selection.id).filter(shown)];
  else if (view.selection?.type === 'edge') nodes = graph.extremities(view.selection.id);
  else if (visible) nodes = [...visible.nodes];
  return nodes.length > 0 ? cameraFitting(sigma, nodes) : { x: 0.5, y: 0.5, ratio: 1, angle: 0 };
}

/** Glides to each step's camera as the presentation moves (not while the export pictures the steps: it sets the camera itself). */
export function useStepCamera(sigmaRef: RefObject<Renderer | null>, presented: Presented | null, visible: Kept | null, pathNodes: Set<string>, exporting: boolean): void {
  useEffect(() => {
    const sigma = sigmaRef.current;
    if (!sigma || exporting || presented?.status !== 'ready') return;
    // After the layout change of entering the presentation, so the fit is computed for the canvas's new size.
    const frame = requestAnimationFrame(() => void sigma.getCamera().animate(stepCamera(sigma, presented.view, visible, pathNodes), { duration: GLIDE_MS, easing: 'quadraticInOut' }));
    return () => cancelAnimationFrame(frame);
  }, [sigmaRef, presented, visible, pathNodes, exporting]);
}
