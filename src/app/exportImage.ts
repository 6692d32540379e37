/** The current view as a PNG (@sigma/export-image), with a legend of the kinds drawn on it. */
import type Sigma from 'sigma';
import { saveBlob } from './download';

export type LegendEntry = { label: string; color: string };

const legendFont = (scale: number) => `${12 * scale}px system-ui, "Noto Sans", "DejaVu Sans", sans-serif`;

/** The legend's width at a scale: the image keeps a column this wide for it, beside the graph. */
function legendWidth(title: string, entries: LegendEntry[], scale: number): number {
  const ctx = document.createElement('canvas').getContext('2d');
  if (!ctx) return 0;
  ctx.font = legendFont(scale);
  const row = 18 * scale;
  return Math.ceil(Math.max(ctx.measureText(title).width, ...entries.map((e) => ctx.measureText(e.label).width + row)) + 4 * 10 * scale);
}

function drawLegend(canvas: HTMLCanvasElement, title: string, entries: LegendEntry[], scale: number): void {
  const ctx = canvas.getContext('2d');
  if (!ctx) return;
  const pad = 10 * scale;
  const row = 18 * scale;
  ctx.font = legendFont(scale);
  const width = legendWidth(title, entries, scale) - 2 * pad;
  const height = pad * 2 + row * (entries.length + 1);
  ctx.fillStyle = 'rgba(255,255,255,0.92)';
  ctx.strokeStyle = '#ced4da';
  ctx.fillRect(pad, pad, width, height);
  ctx.strokeRect(pad, pad, width, height);
  ctx.fillStyle = '#212529';
  ctx.textBaseline = 'middle';
  ctx.fillText(title, 2 * pad, 2 * pad + row / 2 - pad / 2);
  entries.forEach((entry, i) => {
    const y = 2 * pad + row * (i + 1) + row / 2 - pad / 2;
    ctx.fillStyle = entry.color;
    ctx.beginPath();
    ctx.arc(2 * pad + 5 * scale, y, 5 * scale, 0, 2 * Math.PI);
    ctx.fill();
    ctx.fillStyle = '#212529';
    ctx.fillText(entry.label, 2 * pad + row, y);
  });
}

/** Sides a browser canvas can hold everywhere; larger ones fail silently in some browsers. */
export const PNG_SIDE = { min: 200, max: 8000 } as const;
/** The default export is sharper than the screen: twice the canvas's size. */
export const PNG_DEFAULT_SCALE = 2;

export type PngSize = { width: number; height: number };

export async function savePng(sigma: Sigma, title: string, legend: LegendEntry[], fileName: string, size: PngSize): Promise<void> {
  saveBlob(await renderPng(sigma, title, legend, size), fileName);
}

/** The canvas as sigma would draw it at this size, labels placed as on screen, the legend in a column beside it. */
export async function renderPng(sigma: Sigma, title: string, legend: LegendEntry[], size: PngSize): Promise<Blob> {
  const { drawOnCanvas } = await import('@sigma/export-image');
  const pixelRatio = window.devicePixelRatio || 1;
  // The legend grows with large images, and takes a column of its own so that it covers no label.
  const scale = Math.min(3, Math.max(1, size.width / 1200));
  const column = Math.min(legendWidth(title, legend, scale), Math.floor(size.width / 2));
  // On screen a focus (a selection, a path) fades the base layers by CSS; the picture fades them alike.
  const opacity = new Map(Object.entries(sigma.getCanvases()).map(([id, layer]) => [id, Number(getComputedStyle(layer).opacity)]));
  const graph = document.createElement('canvas');
  graph.width = (size.width - column) * pixelRatio;
  graph.height = size.height * pixelRatio;
  const layers = graph.getContext('2d');
  if (!layers) throw new Error('the browser could not draw the PNG');
  await drawOnCanvas(sigma, {
    width: size.width - column,
    height: size.height,
    withTempRenderer: async (temp) => {
      // Our label placement draws at the end of the render task: let it run before the layers are copied.
      await new Promise((resolve) => setTimeout(resolve, 0));
      for (const [id, layer] of Object.entries(temp.getCanvases())) {
        layers.globalAlpha = opacity.get(id) ?? 1;
        layers.drawImage(layer, 0, 0, graph.width, graph.height, 0, 0, graph.width, graph.height);
      }
    },
  });
  const canvas = document.createElement('canvas');
  canvas.width = size.width * pixelRatio;
  canvas.height = size.height * pixelRatio;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('the browser could not draw the PNG');
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  ctx.drawImage(graph, column * pixelRatio, 0);
  drawLegend(canvas, title, legend, scale * pixelRatio);
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
  if (!blob) throw new Error('the browser could not encode the PNG');
  return blob;
}
