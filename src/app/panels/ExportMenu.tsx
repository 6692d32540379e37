/**
 * Export: the current view (what the filters keep) or the whole graph, in the format of the
 * tool the user will open it with; or the canvas as a PNG with its legend.
 */
import { useMemo, useState } from 'react';
import type Sigma from 'sigma';
import { EXPORT_FORMAT_IDS, exportGraph, type ExportFormat } from '../../io/formats';
import { KINDS, KIND_IDS } from '../../model/vocabulary';
import type { Kept } from '../../query/filter';
import { keptSubgraph } from '../../query/subgraph';
import { useData } from '../data';
import { saveFiles } from '../download';
import { exportFormatLabel } from '../exportFormatLabels';
import { savePng, type PngSize } from '../exportImage';
import { t } from '../i18n';
import type { Lang } from '../state/viewState';
import { PngExport } from './PngExport';

type Props = { lang: Lang; kept: Kept | null; sigma: () => Sigma | null };

export function ExportMenu({ lang, kept, sigma }: Props) {
  const { graph } = useData();
  const [scope, setScope] = useState<'view' | 'all'>('view');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const shown = useMemo(() => (kept ? keptSubgraph(graph, kept) : graph), [graph, kept]);
  const base = scope === 'view' && kept ? 'partnerships-view' : 'partnerships';

  const run = async (action: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    try {
      await action();
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };
  const exportAs = (format: ExportFormat) => run(() => saveFiles(exportGraph(scope === 'view' ? shown : graph, format, { fileBase: base }), `${base}-csv.zip`));
  // The canvas's size when the menu opens: the PNG's default is twice that.
  const [canvasSize, setCanvasSize] = useState({ width: 0, height: 0 });
  const png = (size: PngSize) =>
    run(async () => {
      const renderer = sigma();
      if (!renderer) throw new Error('the canvas is not ready');
      const kinds = new Set(shown.mapNodes((_n, a) => a.kind));
      const legend = KIND_IDS.filter((k) => kinds.has(k)).map((k) => ({ label: KINDS[k][lang], color: KINDS[k].color }));
      await savePng(renderer, t(lang, 'title'), legend, `${base}.png`, size);
    });

  return (
    <details className="menu export-menu" onToggle={(e) => e.currentTarget.open && setCanvasSize(sigma()?.getDimensions() ?? { width: 0, height: 0 })}>
      <summary>{t(lang, 'export')}</summary>
      <div className="menu-body" role="group" aria-label={t(lang, 'export')}>
        <fieldset>
          <legend>{t(lang, 'exportScope')}</legend>
          <label className="check">
            <input type="radio" name="scope" checked={scope === 'view'} onChange={() => setScope('view')} />
            <span>
              {t(lang, 'currentView')} ({shown.order} {t(lang, 'nodesOf')}, {shown.size} {t(lang, 'edgesOf')})
            </span>
          </label>
          <label className="check">
            <input type="radio" name="scope" checked={scope === 'all'} onChange={() => setScope('all')} />
            <span>
              {t(lang, 'wholeGraph')} ({graph.order} {t(lang, 'nodesOf')}, {graph.size} {t(lang, 'edgesOf')})
            </span>
          </label>
        </fieldset>
        <ul className="plain format-list">
          {EXPORT_FORMAT_IDS.map((format) => (
            <li key={format}>
              <button type="button" disabled={busy} onClick={() => void exportAs(format)} data-format={format}>
                {exportFormatLabel(format, lang)}
              </button>
            </li>
          ))}
          <PngExport lang={lang} busy={busy} canvasSize={canvasSize} onExport={(size) => void png(size)} />
        </ul>
        {error && (
          <p className="field-error" role="alert">
            {error}
          </p>
        )}
      </div>
    </details>
  );
}
