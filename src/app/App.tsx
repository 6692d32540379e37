/**
 * Loads the shipped graph bundle, then hands over to the explorer; also opens a user's file in
 * its place (the graph on screen stays if the file is refused).
 */
import { useCallback, useEffect, useState } from 'react';
import { DataContext, type ExplorerData } from './data';
import { Explorer, type Origin } from './Explorer';
import { explorerDataFromGraph, loadBundle } from './loadBundle';

const BUNDLE_URL = './graph.json';

type Loaded = { data: ExplorerData; origin: Origin; version: number };

export function App() {
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [importError, setImportError] = useState<string | null>(null);

  const loadShipped = useCallback(() => {
    loadBundle(BUNDLE_URL).then(
      (data) => setLoaded((prev) => ({ data, origin: { kind: 'shipped' }, version: (prev?.version ?? 0) + 1 })),
      (e: unknown) => setError(e instanceof Error ? e.message : String(e)),
    );
  }, []);
  useEffect(loadShipped, [loadShipped]);

  const openFile = useCallback(async (file: File) => {
    setImportError(null);
    try {
      // The readers (and their XML parsers) load only when a user opens a file.
      const [{ readGraphFile }, { prepareForLayout }] = await Promise.all([import('../io/read'), import('../layout/workerLayout')]);
      const imported = readGraphFile(file.name, new Uint8Array(await file.arrayBuffer()));
      if (imported.needsLayout) prepareForLayout(imported.graph);
      const lang = new URLSearchParams(window.location.search).get('lang');
      window.history.pushState(null, '', lang ? `?lang=${lang}` : '?');
      setLoaded((prev) => ({
        data: explorerDataFromGraph(imported.graph, []),
        origin: { kind: 'imported', name: file.name, needsLayout: imported.needsLayout, summary: imported.summary },
        version: (prev?.version ?? 0) + 1,
      }));
    } catch (e) {
      setImportError(e instanceof Error ? e.message : String(e));
    }
  }, []);

  if (error) {
    return (
      <div className="status" role="alert">
        <h1>The graph could not be loaded · Không tải được đồ thị</h1>
        <p>{error}</p>
      </div>
    );
  }
  if (!loaded) return <div className="status">Loading the graph… · Đang tải đồ thị…</div>;
  return (
    <DataContext.Provider value={loaded.data}>
      <Explorer
        key={loaded.version}
        origin={loaded.origin}
        onOpenFile={openFile}
        importError={importError}
        onDismissImportError={() => setImportError(null)}
        onBackToShipped={loadShipped}
      />
    </DataContext.Provider>
  );
}
