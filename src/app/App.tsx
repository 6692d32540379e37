/** Loads the graph bundle, then hands over to the explorer. */
import { useEffect, useState } from 'react';
import { DataContext, type ExplorerData } from './data';
import { Explorer } from './Explorer';
import { loadBundle } from './loadBundle';

const BUNDLE_URL = './graph.json';

export function App() {
  const [data, setData] = useState<ExplorerData | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    loadBundle(BUNDLE_URL).then(setData, (e: unknown) => setError(e instanceof Error ? e.message : String(e)));
  }, []);

  if (error) {
    return (
      <div className="status" role="alert">
        <h1>The graph could not be loaded · Không tải được đồ thị</h1>
        <p>{error}</p>
      </div>
    );
  }
  if (!data) return <div className="status">Loading the graph… · Đang tải đồ thị…</div>;
  return (
    <DataContext.Provider value={data}>
      <Explorer />
    </DataContext.Provider>
  );
}
