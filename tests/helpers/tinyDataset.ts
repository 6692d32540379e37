/** The tiny fixture as raw files, with a hook to break one part of it for a validator test. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RawDataset } from '../../src/model/validate';

export const TINY_DIR = join(import.meta.dirname, '..', 'fixtures', 'tiny');

type Json = Record<string, unknown>;

function read(name: string): string {
  return readFileSync(join(TINY_DIR, name), 'utf8');
}

export type Mutations = {
  meta?: (meta: Json) => void;
  text?: (text: string) => string;
  entities?: (entities: Json[]) => void;
  relations?: (relations: Json[]) => void;
};

export function tinyRaw(mutate: Mutations = {}): RawDataset {
  const meta = JSON.parse(read('sources/tiny.json')) as Json;
  mutate.meta?.(meta);
  const entities = JSON.parse(read('entities.json')) as { entities: Json[] };
  mutate.entities?.(entities.entities);
  const relations = JSON.parse(read('relations.json')) as { relations: Json[] };
  mutate.relations?.(relations.relations);
  const text = read('sources/tiny.txt');
  return {
    sources: [
      {
        meta: { path: 'sources/tiny.json', content: JSON.stringify(meta) },
        text: { path: 'sources/tiny.txt', content: mutate.text ? mutate.text(text) : text },
      },
    ],
    entities: { path: 'entities.json', content: JSON.stringify(entities) },
    relations: { path: 'relations.json', content: JSON.stringify(relations) },
  };
}
