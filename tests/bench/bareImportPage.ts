/**
 * The baseline for the import benchmark: bare graphology and sigma opening the same file,
 * nothing else (JSON.parse, Graph.from, new Sigma), marked when the first frame is drawn.
 */
import Graph from 'graphology';
import Sigma from 'sigma';

const input = document.getElementById('file') as HTMLInputElement;
input.addEventListener('change', async () => {
  const file = input.files?.[0];
  if (!file) return;
  const graph = Graph.from(JSON.parse(await file.text()));
  new Sigma(graph, document.getElementById('stage') as HTMLElement);
  // Sigma's constructor renders synchronously; the frame is committed during the next
  // animation frame's task, so the mark goes in the task after it (as the explorer's does).
  requestAnimationFrame(() => setTimeout(() => performance.mark('bare:drawn')));
});
