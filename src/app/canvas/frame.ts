/** Camera moves that keep the selection where a person can see it: in the middle of the canvas. */
import { getCameraStateToFitViewportToNodes } from '@sigma/utils';
import type Sigma from 'sigma';
import type { CameraState } from 'sigma/types';

type Target = { node: string } | { edge: string };

/** Where a node, or the middle of an edge, stands in sigma's framed-graph coordinates. */
function pointOf(sigma: Sigma, target: Target): { x: number; y: number } | null {
  if ('node' in target) return sigma.getNodeDisplayData(target.node) ?? null;
  const [a, b] = sigma.getGraph().extremities(target.edge).map((n) => sigma.getNodeDisplayData(n));
  return a && b ? { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 } : null;
}

/** The camera that shows a node (or an edge's middle) at `ratio`, centred on the canvas. */
function cameraOn(sigma: Sigma, target: Target, ratio: number): CameraState | null {
  const data = pointOf(sigma, target);
  return data ? { x: data.x, y: data.y, ratio, angle: sigma.getCamera().getState().angle } : null;
}

/** Zoom readable enough to see a node's neighbourhood: never further out than this when a node is framed. */
const FRAME_RATIO = 0.6;

/** Frames a node, or an edge by its middle (a row of the relations table). */
export function frame(sigma: Sigma, what: Target, duration = 400): void {
  const target = cameraOn(sigma, what, Math.min(sigma.getCamera().getState().ratio, FRAME_RATIO));
  if (!target) return;
  if (duration > 0) void sigma.getCamera().animate(target, { duration });
  else sigma.getCamera().setState(target);
}

/** Zoom in or out by `factor`, toward the selected node when there is one (it stays in view). */
export function zoomToward(sigma: Sigma, node: string | null, factor: number, duration = 250): void {
  const camera = sigma.getCamera();
  const ratio = camera.getState().ratio / factor;
  const target = node ? cameraOn(sigma, { node }, ratio) : null;
  void camera.animate(target ?? { ratio }, { duration });
}

/** Labels are drawn right of their nodes: a fit on the nodes' centres is widened, and leans right, so they fit too. */
const LABEL_ROOM = 1.45;

/** The camera that shows these nodes and their labels. */
export function cameraFitting(sigma: Sigma, nodes: string[]): CameraState {
  const fit = getCameraStateToFitViewportToNodes(sigma, nodes);
  const ratio = fit.ratio * LABEL_ROOM;
  return { ...fit, ratio, x: fit.x + ratio * 0.18 };
}
