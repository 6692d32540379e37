/** Zoom and fit buttons over the canvas; with a node selected, zooming keeps it centred. */
import { useCamera, useSigma } from '@react-sigma/core';
import type Sigma from 'sigma';
import { t } from '../i18n';
import type { Lang } from '../state/viewState';
import { zoomToward } from './frame';

const ZOOM_FACTOR = 1.5;

export function CanvasControls({ lang, focusNode }: { lang: Lang; focusNode: string | null }) {
  const sigma = useSigma() as unknown as Sigma;
  const { reset } = useCamera({ duration: 250 });
  return (
    <div className="canvas-controls" data-covers-canvas role="group" aria-label={t(lang, 'zoom')}>
      <button type="button" onClick={() => zoomToward(sigma, focusNode, ZOOM_FACTOR)} title={t(lang, 'zoomIn')} aria-label={t(lang, 'zoomIn')}>+</button>
      <button type="button" onClick={() => zoomToward(sigma, focusNode, 1 / ZOOM_FACTOR)} title={t(lang, 'zoomOut')} aria-label={t(lang, 'zoomOut')}>−</button>
      <button type="button" onClick={() => reset()} title={t(lang, 'fit')} aria-label={t(lang, 'fit')}>⤢</button>
    </div>
  );
}
