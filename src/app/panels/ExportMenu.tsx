/**
 * Export: the current view (what the filters keep) or the whole graph, in the format of the
 * tool the user will open it with, labelled in the interface's language and named after what
 * was exported; or the canvas as a PNG with its legend.
 */
import { useMemo, useState } from 'react';
import type Sigma from 'sigma';
import { EXPORT_FORMAT_IDS, EXPORT_FORMATS, exportGraph, type ExportFormat } from '../../io/formats';
import { KINDS, KIND_IDS } from '../../model/vocabulary';
import { exportFileBase } from '../../query/exportName';
import type { Kept } from '../../query/filter';
import type { FilterSpec } from '../../query/filterSpec';
import { keptSubgraph } from '../../query/subgraph';
import { useData } from '../data';
import { saveFiles } from '../download';
import { savePng } from '../exportImage';
import { t } from '../i18n';
import type { Lang } from '../state/viewState';

type Props = { lang: Lang; filter: FilterSpec; kept: Kept | null; sigma: () => Sigma | null };

export function ExportMenu({ lang, filter, kept, sigma }: Props) {
  const { graph } = useData();
  const [scope, setScope] = useState<'view' | 'all'>('view');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const shown = useMemo(() => (kept ? keptSubgraph(graph, kept) : graph), [graph, kept]);
  const base = exportFileBase(scope === 'view' && kept ? filter : null, lang);

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
  const exportAs = (format: ExportFormat) => run(() => saveFiles(exportGraph(scope === 'view' ? shown : graph, format, { fileBase: base, lang }), `${base}-csv.zip`));
  const png = () =>
    run(async () => {
      const renderer = sigma();
      if (!renderer) throw new Error('the canvas is not ready');
      const kinds = new Set(shown.mapNodes((_n, a) => a.kind));
      const legend = KIND_IDS.filter((k) => kinds.has(k)).map((k) => ({ label: KINDS[k][lang], color: KINDS[k].color }));
      await savePng(renderer, t(lang, 'title'), legend, `${base}.png`);
    });

  return (
    <details className="menu export-menu">
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
                {EXPORT_FORMATS[format].label[lang]}
              </button>
            </li>
          ))}
          <li>
            <button type="button" disabled={busy} onClick={() => void png()} data-format="png">
              {t(lang, 'pngExport')}
            </button>
          </li>
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
