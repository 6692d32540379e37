/** Saving files from the browser: one file as itself, several as a zip (fflate). */
import type { ExportFile } from '../io/formats';

export function saveBlob(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export async function saveFiles(files: ExportFile[], zipName: string): Promise<void> {
  const [only] = files;
  if (files.length === 1 && only) {
    saveBlob(new Blob([only.content], { type: `${only.mime};charset=utf-8` }), only.name);
    return;
  }
  const { strToU8, zipSync } = await import('fflate');
  const zipped = zipSync(Object.fromEntries(files.map((f) => [f.name, strToU8(f.content)])));
  saveBlob(new Blob([zipped], { type: 'application/zip' }), zipName);
}
