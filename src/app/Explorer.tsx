/** The explorer's layout and the wiring between view state, canvas and panels. */
import { lazy, Suspense, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Evidence } from '../model/schema';
import { GraphCanvas } from './canvas/GraphCanvas';
import { useData } from './data';
import type { SearchMemory } from './panels/EntityCombobox';
import { describeNotices, t } from './i18n';
import { describeImportSummary, describeRefusal } from './i18nImport';
import type { ImportRefusal } from './import/importProtocol';
import type { ImportSummary } from '../io/sanitize';
import { ImportProgress } from './import/ImportProgress';
import type { Importing } from './import/useImport';
import { DetailsColumn } from './details/DetailsColumn';
import { useGlobalKeys } from './keyboard';
import { CopyLink } from './panels/CopyLink';
import { Legend } from './panels/Legend';
import type Sigma from 'sigma';
import type { EdgeAttributes, GraphAttributes, NodeAttributes } from '../model/graph';
import { EntityCombobox } from './panels/EntityCombobox';
import { ExportMenu } from './panels/ExportMenu';
import { FilterPanel } from './panels/FilterPanel';
import { PathFinder } from './panels/PathFinder';
import { usePathFraming } from './panels/usePathFraming';
import { RelationsTable } from './table/RelationsTable';
import type { CanvasProps } from './canvas/canvasProps';
import { TimelineStrip } from './timeline/TimelineStrip';
import { useChangesView } from './timeline/useChangesView';
import { applyFilter, bothKept } from '../query/filter';
import { emptyFilter, isEmptyFilter, type FilterSpec } from '../query/filterSpec';
import { EMPTY_FOCUS, type FocusSets } from '../query/focus';
import { kShortestPaths, pathElements } from '../query/paths';
import { useViewState } from './state/useViewState';
import { useStepCamera } from './story/stepCamera';
import { useStoryMode } from './story/useStoryMode';
import type { DataIndex, Lang } from './state/viewState';

// The story maker and the presenter load when first opened.
const StoryMaker = lazy(() => import('./story/StoryMaker').then((m) => ({ default: m.StoryMaker })));
const PresentationPanel = lazy(() => import('./story/PresentationPanel').then((m) => ({ default: m.PresentationPanel })));

/** Where the graph on screen came from: the shipped bundle, or a file the user opened. */
export type Origin = { kind: 'shipped' } | { kind: 'imported'; name: string; summary: ImportSummary };

type Props = {
  origin: Origin;
  onOpenFile: (file: File) => void;
  importing: Importing | null;
  onCancelImport: () => void;
  importError: ImportRefusal | null;
  onDismissImportError: () => void;
  onBackToShipped: () => void;
  /** What the search box held (and whether it had focus) before the graph was replaced: a new graph does not wipe it. */
  search: SearchMemory;
};

export function Explorer({ origin, onOpenFile, importing, onCancelImport, importError, onDismissImportError, onBackToShipped, search }: Props) {
  const data = useData();
  const sigmaRef = useRef<Sigma<NodeAttributes, EdgeAttributes, GraphAttributes> | null>(null);
  const [dragging, setDragging] = useState(false);
  const [summaryOpen, setSummaryOpen] = useState(true);
  const index = useMemo<DataIndex>(
    () => ({ graph: data.graph, sourceIds: [...data.sources.keys()], sourceLength: (id) => data.sources.get(id)?.text.length }),
    [data],
  );
  const { view, notices, update, dismiss } = useViewState(index);
  const [flyTo, setFlyTo] = useState<CanvasProps['flyTo']>(null);
  const [storyOpen, setStoryOpen] = useState(false);
  const searchRef = useRef<HTMLInputElement>(null);
  const detailsRef = useRef<HTMLElement>(null);
  const [changesSlot, setChangesSlot] = useState<HTMLDivElement | null>(null);
  // A story presented shows its step on the canvas; the explorer's own view waits underneath.
  const story = useStoryMode(view, update, index, sigmaRef);
  const presenting = story.presentation !== null;
  const shown = story.presentation?.shown ?? view;
  const { lang } = shown;
  const kept = useMemo(() => (isEmptyFilter(shown.filter) ? null : applyFilter(data.graph, shown.filter)), [data.graph, shown.filter]);
  const paths = useMemo(
    () => (shown.path ? kShortestPaths(data.graph, shown.path.ends[0], shown.path.ends[1], shown.path.options, kept) : null),
    [data.graph, shown.path, kept],
  );
  // The chosen path is drawn; the others are listed in the path finder.
  const chosenPath = (shown.path && paths?.[Math.min(shown.path.chosen, paths.length - 1)]) || null;
  const pathSets = useMemo<FocusSets>(() => (chosenPath ? pathElements([chosenPath]) : EMPTY_FOCUS), [chosenPath]);
  useStepCamera(sigmaRef, story.presentation?.presented ?? null, kept, pathSets.nodes, story.stage !== null);
  const framePath = usePathFraming(sigmaRef, pathSets.nodes);
  // "What changed" (in the URL) is drawn in full with the rest faded, and exported as the current view; playback fades what has not appeared yet.
  const changes = useChangesView(view.timeline.changes);
  // The current view's export: what changed, within what the filter shows.
  const exported = useMemo(() => bothKept(changes?.kept ?? null, kept), [changes, kept]);
  const [reveal, setReveal] = useState<FocusSets | null>(null);
  const setFilter = useCallback((patch: Partial<FilterSpec>) => update({ filter: { ...view.filter, ...patch } }), [update, view.filter]);
  // "Dim instead of hide" sits among the filters, so Reset returns it to hiding with the rest.
  const resetFilters = useCallback(() => update({ filter: emptyFilter(), dim: false }), [update]);

  const selectNode = useCallback(
    (id: string) => {
      update({ selection: { type: 'node', id } });
      setFlyTo({ node: id, at: Date.now() });
    },
    [update],
  );
  const selectEdge = useCallback((id: string) => update({ selection: { type: 'edge', id } }), [update]);
  // A row of the table may point at an edge that is off screen: bring it into view.
  const showEdge = useCallback(
    (id: string) => {
      selectEdge(id);
      setFlyTo({ edge: id, at: Date.now() });
    },
    [selectEdge],
  );
  const showEvidence = useCallback(
    (e: Evidence) => update({ article: { source: e.source, start: e.start, end: e.end } }),
    [update],
  );

  useEffect(() => {
    const onDragOver = (e: DragEvent) => {
      if (!e.dataTransfer?.types.includes('Files')) return;
      e.preventDefault();
      setDragging(true);
    };
    const onDragLeave = (e: DragEvent) => {
      if (e.relatedTarget === null) setDragging(false);
    };
    const onDrop = (e: DragEvent) => {
      e.preventDefault();
      setDragging(false);
      const file = e.dataTransfer?.files[0];
      if (file) onOpenFile(file);
    };
    window.addEventListener('dragover', onDragOver);
    window.addEventListener('dragleave', onDragLeave);
    window.addEventListener('drop', onDrop);
    return () => {
      window.removeEventListener('dragover', onDragOver);
      window.removeEventListener('dragleave', onDragLeave);
      window.removeEventListener('drop', onDrop);
    };
  }, [onOpenFile]);

  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = t(lang, 'title');
  }, [lang]);

  // Escape closes the reader first (focus goes back to the details it was opened from), then the selection.
  const onEscape = useCallback(
    (target: EventTarget | null) => {
      if (view.article) {
        update({ article: null });
        if (target instanceof Element && target.closest('.reader')) detailsRef.current?.focus();
      } else update({ selection: null });
    },
    [update, view.article],
  );
  useGlobalKeys(searchRef, onEscape);
  const focusDetails = () => detailsRef.current?.focus();

  const setLang = (next: Lang) => update({ lang: next });
  const toggleTable = () => update({ table: { ...view.table, open: !view.table.open } });
  const selection = view.selection;

  return (
    <div className={presenting ? 'app presenting' : 'app'}>
      <nav className="skip-links" aria-label={t(lang, 'skipLinks')}>
        <button type="button" onClick={() => searchRef.current?.focus()}>{t(lang, 'skipToSearch')}</button>
        <button type="button" onClick={() => document.getElementById('graph')?.focus()}>{t(lang, 'skipToGraph')}</button>
        <button type="button" onClick={focusDetails}>{t(lang, 'skipToDetails')}</button>
      </nav>
      <header className="topbar">
        <div className="brand">
          <h1>{t(lang, 'title')}</h1>
          <p className="muted">{t(lang, 'subtitle')}</p>
        </div>
        <div role="search" className="search-area">
          <EntityCombobox
            ref={searchRef}
            lang={lang}
            onChoose={selectNode}
            label={t(lang, 'searchLabel')}
            placeholder={t(lang, 'searchPlaceholder')}
            memory={search}
          />
          {/* One Tab from a chosen result, and Enter, to its details. */}
          <button type="button" className="skip-link" onClick={focusDetails}>
            {t(lang, 'skipToDetails')}
          </button>
        </div>
        <div className="toolbar">
          <label className="button" title={t(lang, 'openFileHelp')}>
            {t(lang, 'openFile')}
            <input
              type="file"
              className="visually-hidden"
              accept=".gexf,.graphml,.json,application/json,application/xml,text/xml"
              onChange={(e) => {
                const file = e.target.files?.[0];
                e.target.value = '';
                if (file) onOpenFile(file);
              }}
            />
          </label>
          <button
            type="button"
            className="button"
            aria-pressed={view.table.open}
            onClick={toggleTable}
          >
            {t(lang, 'relationsTable')}
          </button>
          <button type="button" className="button" aria-pressed={storyOpen} onClick={() => setStoryOpen(!storyOpen)}>
            {t(lang, 'stories')}
          </button>
          <ExportMenu lang={lang} filter={view.filter} kept={exported} changes={changes?.spec ?? null} sigma={() => sigmaRef.current as unknown as Sigma | null} />
          <CopyLink lang={lang} />
        </div>
        <div className="lang-switch" role="group" aria-label={t(lang, 'language')}>
          {(['vi', 'en'] as const).map((l) => (
            <button key={l} type="button" aria-pressed={lang === l} onClick={() => setLang(l)} lang={l} aria-label={l === 'vi' ? 'Tiếng Việt' : 'English'}>
              <span className="long">{l === 'vi' ? 'Tiếng Việt' : 'English'}</span>
              <span className="short" aria-hidden="true">{l.toUpperCase()}</span>
            </button>
          ))}
        </div>
      </header>
      {importing && <ImportProgress lang={lang} importing={importing} onCancel={onCancelImport} />}
      {importError && (
        <div className="notice error" role="alert">
          <strong>{t(lang, 'importFailed')}</strong>
          <p>{describeRefusal(lang, importError)}</p>
          <button type="button" onClick={onDismissImportError}>
            {t(lang, 'dismiss')}
          </button>
        </div>
      )}
      {origin.kind === 'imported' && (
        <div className="notice info">
          <span>
            {t(lang, 'importedFrom')} <strong>{origin.name}</strong>
          </span>
          <button type="button" onClick={onBackToShipped}>
            {t(lang, 'backToShipped')}
          </button>
        </div>
      )}
      {origin.kind === 'imported' && origin.summary.length > 0 && summaryOpen && (
        <div className="notice import-summary" role="status">
          <div>
            <strong>{t(lang, 'importSummaryTitle')}</strong>
            <ul>
              {describeImportSummary(lang, origin.summary).map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          </div>
          <button type="button" onClick={() => setSummaryOpen(false)}>
            {t(lang, 'dismiss')}
          </button>
        </div>
      )}
      {dragging && (
        <div className="drop-overlay" aria-hidden="true">
          {t(lang, 'dropHere')}
        </div>
      )}
      {notices.length > 0 && (
        <div className="notice" role="alert">
          <strong>{t(lang, 'noticeTitle')}</strong>
          <ul>
            {describeNotices(lang, notices).map((line, i) => (
              <li key={i}>{line}</li>
            ))}
          </ul>
          <button type="button" onClick={dismiss}>
            {t(lang, 'dismiss')}
          </button>
        </div>
      )}
      <main className="layout">
        <aside className="sidebar left" aria-label={t(lang, 'viewControls')}>
          <Legend lang={lang} kept={view.filter.kinds} visible={kept?.nodes ?? null} onChange={(kinds) => setFilter({ kinds })} onSelectNode={selectNode} />
          <PathFinder
            lang={lang}
            path={view.path}
            found={paths}
            onChange={(path) => {
              update({ path });
              framePath();
            }}
            onSelectNode={selectNode}
            onSelectEdge={selectEdge}
            onShowEvidence={showEvidence}
          />
          <FilterPanel
            lang={lang}
            filter={view.filter}
            kept={kept}
            dim={view.dim}
            onChange={setFilter}
            onDim={(dim) => update({ dim })}
            onReset={resetFilters}
          />
        </aside>
        <section id="graph" tabIndex={-1} className={view.table.open ? 'canvas-wrap with-table' : 'canvas-wrap'} aria-label={t(lang, 'graphCanvas')}>
          <GraphCanvas
            ref={sigmaRef}
            view={shown}
            update={story.canvasUpdate}
            flyTo={flyTo}
            visible={kept}
            path={pathSets}
            reveal={presenting ? null : (reveal ?? changes?.kept ?? null)}
            emphasis={presenting || reveal ? null : (changes?.added ?? null)}
          />
          {kept && kept.nodes.size === 0 && !presenting && (
            <div className="canvas-empty" role="status">
              <p>{t(lang, 'nothingMatches')}</p>
              <button type="button" className="button" onClick={resetFilters}>
                {t(lang, 'reset')}
              </button>
            </div>
          )}
          <TimelineStrip
            lang={lang}
            filter={view.filter}
            onChange={setFilter}
            timeline={view.timeline}
            underTable={view.table.open}
            onTimeline={(patch) => update({ timeline: { ...view.timeline, ...patch } })}
            changes={changes}
            changesSlot={changesSlot}
            onReveal={setReveal}
            onSelectNode={selectNode}
            onSelectEdge={selectEdge}
          />
          {view.table.open && !presenting && (
            <RelationsTable
              lang={lang}
              kept={kept}
              filter={view.filter}
              table={view.table}
              selection={selection}
              onChange={(table) => update({ table }, 'replace')}
              onSelectEdge={showEdge}
              onClose={toggleTable}
            />
          )}
        </section>
        {story.presentation && (
          <Suspense fallback={null}>
            <PresentationPanel
              view={view}
              presented={story.presentation.presented}
              shown={shown}
              chosenPath={chosenPath}
              sigmaRef={sigmaRef}
              index={index}
              update={update}
              onStage={story.setStage}
              saveOffline={story.saveOffline}
              onSaveOfflineStarted={story.clearSaveOffline}
              onExit={story.exit}
            />
          </Suspense>
        )}
        <DetailsColumn
          lang={lang}
          selection={selection}
          comparing={changes !== null}
          article={presenting ? null : view.article}
          onCloseArticle={() => {
            update({ article: null });
            focusDetails();
          }}
          onSelectNode={selectNode}
          onSelectEdge={selectEdge}
          onShowEvidence={showEvidence}
          detailsRef={detailsRef}
          changesSlot={setChangesSlot}
          above={
            storyOpen && (
              <Suspense fallback={null}>
                <StoryMaker lang={lang} currentStep={story.currentStep} onShowStep={story.showStep} onPresent={story.present} />
              </Suspense>
            )
          }
        />
      </main>
    </div>
  );
}
