/** Reads the curated files of a graph-data folder for the pure validator: all of them between two writers. */
import { existsSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { RawDataset, RawFile } from '../model/validate';
import { readConsistent, readDataFile } from './store/graphStore';

export function readRaw(path: string): RawFile {
  // Bytes, not text: the validator names an invalid UTF-8 byte instead of reading U+FFFD.
  return { path: relative(process.cwd(), path) || path, content: readDataFile(path) ?? '' };
}

export function readDataset(dataDir: string): RawDataset {
  return readConsistent(dataDir, () => readFiles(dataDir));
}

function readFiles(dataDir: string): RawDataset {
  const sourcesDir = join(dataDir, 'sources');
  if (!existsSync(sourcesDir)) throw new Error(`no sources folder at ${sourcesDir}`);
  for (const name of ['entities.json', 'relations.json']) {
    if (!existsSync(join(dataDir, name))) throw new Error(`missing ${join(dataDir, name)}`);
  }
  const metaFiles = readdirSync(sourcesDir)
    .filter((name) => name.endsWith('.json'))
    .sort();
  return {
    sources: metaFiles.map((name) => {
      const textPath = join(sourcesDir, name.replace(/\.json$/, '.txt'));
      return { meta: readRaw(join(sourcesDir, name)), text: existsSync(textPath) ? readRaw(textPath) : undefined };
    }),
    entities: readRaw(join(dataDir, 'entities.json')),
    relations: readRaw(join(dataDir, 'relations.json')),
  };
}
