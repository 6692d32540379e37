/** The stories of a graph-data folder (stories/ID.json), read and checked against its graph. */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { KnowledgeGraph, SourceDocument } from '../model/graph';
import { formatError } from '../model/validate';
import type { Story } from '../query/story';
import { checkStoryFiles } from '../query/storyCheck';
import type { StepData } from '../query/storyStep';
import type { Io } from './io';
import { readRaw } from './readDataset';

export const storiesDir = (dataDir: string) => join(dataDir, 'stories');

export function stepData(graph: KnowledgeGraph, sources: SourceDocument[]): StepData {
  const lengths = new Map(sources.map((s) => [s.id, s.text.length]));
  return { graph, sourceIds: [...lengths.keys()], sourceLength: (id) => lengths.get(id) };
}

/** Every story in the folder, in file-name order; errors as "file: path: message". A folder without stories has none. */
export function loadStories(dataDir: string, graph: KnowledgeGraph, sources: SourceDocument[]): { stories: Story[]; errors: string[] } {
  const dir = storiesDir(dataDir);
  if (!existsSync(dir)) return { stories: [], errors: [] };
  const files = readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => readRaw(join(dir, name)));
  const { stories, errors } = checkStoryFiles(files, stepData(graph, sources));
  return { stories, errors: errors.map(formatError) };
}

/** The stories, or undefined after listing their errors (the caller exits 1). */
export function loadStoriesOrReport(dataDir: string, graph: KnowledgeGraph, sources: SourceDocument[], io: Io): Story[] | undefined {
  const { stories, errors } = loadStories(dataDir, graph, sources);
  if (errors.length === 0) return stories;
  errors.forEach((line) => io.err(line));
  io.err(`${errors.length} error(s) in ${storiesDir(dataDir)}`);
  return undefined;
}
