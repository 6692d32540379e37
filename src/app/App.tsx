/**
 * Loads the shipped graph bundle, then hands over to the explorer; also opens a user's file in
 * its place, through the import worker (the graph on screen stays until the new one is ready,
 * and stays if the file is refused or the import cancelled).
 */
import { useCallback, useEffect, useState } from 'react';
import { DataContext, type ExplorerData } from './data';
import { Explorer, type Origin } from './Explorer';
import { explorerDataFromGraph, loadBundle } from './loadBundle';
import type { ImportRefusal } from './import/importProtocol';
import { useImport, type Opened } from './import/useImport';
import { newSearchMemory, rememberSearch } from './panels/EntityCombobox';

const BUNDLE_URL = './graph.json';

type Loaded = { data: ExplorerData; origin: Origin; version: number };

export function App() {
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [importError, setImportError] = useState<ImportRefusal | null>(null);
  const [search] = useState(newSearchMemory);

  const loadShipped = useCallback(() => {
    loadBundle(BUNDLE_URL).then(
      (data) => {
        rememberSearch(search);
        setLoaded((prev) => ({ data, origin: { kind: 'shipped' }, version: (prev?.version ?? 0) + 1 }));
      },
      (e: unknown) => setError(e instanceof Error ? e.message : String(e)),
    );
  }, [search]);
  useEffect(loadShipped, [loadShipped]);
  // Data replaced (another file, or back to the shipped graph): its search worker is done.
  const data = loaded?.data;
  useEffect(() => () => data?.dispose(), [data]);

  const opened = useCallback(({ name, graph, summary, communities }: Opened) => {
    const lang = new URLSearchParams(window.location.search).get('lang');
    window.history.pushState(null, '', lang ? `?lang=${lang}` : '?');
    rememberSearch(search);
    setLoaded((prev) => ({
      data: explorerDataFromGraph(graph, [], communities),
      origin: { kind: 'imported', name, summary },
      version: (prev?.version ?? 0) + 1,
    }));
  }, [search]);
  const { importing, open, cancel } = useImport(opened, setImportError);
  const openFile = useCallback(
    (file: File) => {
      setImportError(null);
      open(file);
    },
    [open],
  );

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
        importing={importing}
        onCancelImport={cancel}
        importError={importError}
        onDismissImportError={() => setImportError(null)}
        onBackToShipped={loadShipped}
        search={search}
      />
    </DataContext.Provider>
  );
}
