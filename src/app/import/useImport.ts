/**
 * Opening a file through the import worker: the stage for the progress bar, Cancel (which
 * ends the worker), and the finished graph or the refusal. The graph on screen is untouched
 * until the new one is ready.
 */
import { MultiDirectedGraph } from 'graphology';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ImportSummary } from '../../io/sanitize';
import type { KnowledgeGraph } from '../../model/graph';
import { communityColour, type CommunityLegend } from './communityColours';
import type { ImportRefusal, ImportReply, ImportRequest, ImportStage } from './importProtocol';
import { SpareWorker } from './spareWorker';

export type Importing = { name: string; stage: ImportStage };
export type Opened = { name: string; graph: KnowledgeGraph; summary: ImportSummary; communities: CommunityLegend | null };

/** Lets the browser paint the "drawing" stage before the page's own, blocking part begins. */
const nextPaint = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

export function useImport(onOpened: (opened: Opened) => void, onRefused: (refusal: ImportRefusal) => void) {
  const [importing, setImporting] = useState<Importing | null>(null);
  const worker = useRef<Worker | null>(null);
  const [spare] = useState(() => new SpareWorker());

  const stop = useCallback(() => {
    worker.current?.terminate();
    worker.current = null;
    setImporting(null);
    spare.prepare();
  }, [spare]);
  useEffect(() => {
    spare.prepare();
    return () => {
      stop();
      spare.dispose();
    };
  }, [stop, spare]);

  const open = useCallback(
    (file: File) => {
      stop();
      const w = spare.take();
      worker.current = w;
      setImporting({ name: file.name, stage: 'read' });
      // Built as the parts come, each in a task of its own, while the worker checks the rest.
      const graph: KnowledgeGraph = new MultiDirectedGraph({ allowSelfLoops: true });
      w.onmessage = async (event: MessageEvent<ImportReply>) => {
        if (worker.current !== w) return;
        const message = event.data;
        if (message.type === 'stage') {
          setImporting({ name: file.name, stage: message.stage });
          return;
        }
        if (message.type === 'part') {
          graph.import({ nodes: message.nodes, edges: message.edges });
          return;
        }
        w.terminate();
        if (message.type === 'error') {
          stop();
          onRefused(message.refusal);
          return;
        }
        graph.replaceAttributes(message.attributes);
        const { positions, communities } = message;
        if (positions || communities) {
          let i = 0;
          graph.updateEachNodeAttributes((_node, a) => {
            const placed = positions ? { x: positions.x[i] as number, y: positions.y[i] as number, size: positions.size[i] as number } : {};
            const coloured = communities ? { color: communityColour(communities.of[i] as number) } : {};
            i += 1;
            return { ...a, ...placed, ...coloured };
          });
        }
        setImporting({ name: file.name, stage: 'draw' });
        await nextPaint();
        if (worker.current !== w) return;
        worker.current = null;
        setImporting(null);
        spare.prepare();
        onOpened({ name: file.name, graph, summary: message.summary, communities: communities?.legend ?? null });
      };
      w.onerror = (event) => {
        if (worker.current !== w) return;
        stop();
        onRefused({ file: file.name, message: event.message || '' });
      };
      w.postMessage({ file } satisfies ImportRequest);
    },
    [stop, spare, onOpened, onRefused],
  );

  return { importing, open, cancel: stop };
}
