/**
 * Export: the current view (what the filters keep) or the whole graph, in the format of the
 * tool the user will open it with, labelled in the interface's language and named after what
 * was exported; or the canvas as a PNG with its legend.
 */
import { useMemo, useState } from 'react';
import type Sigma from 'sigma';
import { CSV_DIALECTS, EXPORT_FORMAT_IDS, EXPORT_FORMAT_LABELS, GEXF_VERSIONS, type CsvDialect, type ExportFormat, type GexfVersion } from '../../io/options';
import { KINDS, KIND_IDS } from '../../model/vocabulary';
import type { ChangesSpec } from '../../query/changesView';
import { changesFileBase, exportFileBase } from '../../query/exportName';
import type { Kept } from '../../query/filter';
import type { FilterSpec } from '../../query/filterSpec';
import { keptSubgraph } from '../../query/subgraph';
import { useData } from '../data';
import { saveFiles } from '../download';
import { savePng, type PngSize } from '../exportImage';
import { t, type StringKey } from '../i18n';
import { formatCount } from '../displayText';
import type { Lang } from '../state/viewState';
import { PngExport } from './PngExport';

const DIALECT_NAMES: Record<CsvDialect, StringKey> = { default: 'csvDefault', gephi: 'csvGephi', neo4j: 'csvNeo4j' };
const GEXF_NAMES: Record<GexfVersion, StringKey> = { '1.3': 'gexf13', '1.2': 'gexf12' };

/** `kept`: what the view shows (the filter's result, or what changed when a comparison is shown; null: everything). */
type Props = { lang: Lang; filter: FilterSpec; kept: Kept | null; changes: ChangesSpec | null; sigma: () => Sigma | null };

export function ExportMenu({ lang, filter, kept, changes, sigma }: Props) {
  const { graph, sources } = useData();
  const [scope, setScope] = useState<'view' | 'all'>('view');
  const [csv, setCsv] = useState<CsvDialect>('default');
  const [bom, setBom] = useState(false);
  const [gexfVersion, setGexfVersion] = useState<GexfVersion>('1.3');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const shown = useMemo(() => (kept ? keptSubgraph(graph, kept) : graph), [graph, kept]);
  const base = scope === 'view' && changes ? changesFileBase(changes, lang) : exportFileBase(scope === 'view' && kept ? filter : null, lang);

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
  const zipName = `${base}-${csv === 'default' ? '' : `${csv}-`}csv.zip`;
  const exportAs = (format: ExportFormat) =>
    run(async () => {
      const { exportGraph } = await import('../../io/formats');
      await saveFiles(exportGraph(scope === 'view' ? shown : graph, format, { fileBase: base, lang, gexfVersion, csv, bom, sources: [...sources.values()] }), zipName);
    });
  // The canvas's size when the menu opens: the PNG's default is twice that. (The toggle event comes after the menu has opened;
  // until it does, the canvas is measured as the menu renders, so the fields never show a size of 0.)
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
              {t(lang, 'currentView')}
              {changes && ` — ${t(lang, 'changesShown')}`} ({formatCount(lang, shown.order)} {t(lang, 'nodesOf')}, {formatCount(lang, shown.size)} {t(lang, 'edgesOf')})
            </span>
          </label>
          <label className="check">
            <input type="radio" name="scope" checked={scope === 'all'} onChange={() => setScope('all')} />
            <span>
              {t(lang, 'wholeGraph')} ({graph.order} {t(lang, 'nodesOf')}, {graph.size} {t(lang, 'edgesOf')})
            </span>
          </label>
        </fieldset>
        <p className="hint">{t(lang, 'exportLangNote')}</p>
        <ul className="plain format-list">
          {EXPORT_FORMAT_IDS.map((format) => (
            <li key={format}>
              <button type="button" disabled={busy} onClick={() => void exportAs(format)} data-format={format}>
                {EXPORT_FORMAT_LABELS[format][lang]}
              </button>
              {format === 'gexf' && (
                <div className="gexf-options">
                  <label>
                    <span>{t(lang, 'gexfVersion')}</span>{' '}
                    <select value={gexfVersion} onChange={(e) => setGexfVersion(e.target.value as GexfVersion)}>
                      {GEXF_VERSIONS.map((v) => (
                        <option key={v} value={v}>
                          {t(lang, GEXF_NAMES[v])}
                        </option>
                      ))}
                    </select>
                  </label>
                </div>
              )}
              {format === 'csv' && (
                <div className="csv-options">
                  <label>
                    <span>{t(lang, 'csvDialect')}</span>{' '}
                    <select value={csv} onChange={(e) => setCsv(e.target.value as CsvDialect)}>
                      {CSV_DIALECTS.map((d) => (
                        <option key={d} value={d}>
                          {t(lang, DIALECT_NAMES[d])}
                        </option>
                      ))}
                    </select>
                  </label>
                  <label className="check">
                    <input type="checkbox" checked={bom} onChange={(e) => setBom(e.target.checked)} />
                    <span>{t(lang, 'csvBom')}</span>
                  </label>
                </div>
              )}
            </li>
          ))}
          <PngExport lang={lang} busy={busy} canvasSize={canvasSize.width > 0 ? canvasSize : (sigma()?.getDimensions() ?? canvasSize)} onExport={(size) => void png(size)} />
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
