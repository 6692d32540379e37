/** Zoom and fit buttons over the canvas. */
import { useCamera } from '@react-sigma/core';
import { t } from '../i18n';
import type { Lang } from '../state/viewState';

export function CanvasControls({ lang }: { lang: Lang }) {
  const { zoomIn, zoomOut, reset } = useCamera({ duration: 250 });
  return (
    <div className="canvas-controls" role="group" aria-label={t(lang, 'zoom')}>
      <button type="button" onClick={() => zoomIn()} title={t(lang, 'zoomIn')} aria-label={t(lang, 'zoomIn')}>+</button>
      <button type="button" onClick={() => zoomOut()} title={t(lang, 'zoomOut')} aria-label={t(lang, 'zoomOut')}>−</button>
      <button type="button" onClick={() => reset()} title={t(lang, 'fit')} aria-label={t(lang, 'fit')}>⤢</button>
    </div>
  );
}
