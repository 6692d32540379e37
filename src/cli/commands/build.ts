import { dirname, join } from 'node:path';
import type { GraphBundle } from '../../model/graph';
import { STORIES_FILE } from '../../query/story';
import { parseCommand } from '../args';
import { DATA_OPTION, loadOrReport, type Command } from '../io';
import { loadStoriesOrReport } from '../stories';
import { writeFiles } from '../writeFiles';

export const build: Command = {
  usage: `  build [--out FILE]       validate, lay out and write the explorer's graph bundle
                           (default graph-data/dist/graph.json) and its stories beside it`,
  run(args, io) {
    const { values } = parseCommand(args, { ...DATA_OPTION, out: { type: 'string' } });
    const loaded = loadOrReport(values.data, io);
    if (!loaded) return 1;
    const stories = loadStoriesOrReport(values.data, loaded.graph, loaded.sources, io);
    if (!stories) return 1;
    const out = values.out ?? join(values.data, 'dist', 'graph.json');
    const bundle: GraphBundle = { graph: loaded.graph.export(), sources: loaded.sources };
    // Beside the graph, fetched only when a story is opened or the story list shown.
    const storiesOut = join(dirname(out), STORIES_FILE);
    const files = [
      { path: out, content: `${JSON.stringify(bundle)}\n` },
      { path: storiesOut, content: `${JSON.stringify({ stories })}\n` },
    ];
    writeFiles(files);
    io.out(`wrote ${out}: ${loaded.graph.order} nodes, ${loaded.graph.size} edges; ${storiesOut}: ${stories.length} ${stories.length === 1 ? 'story' : 'stories'}`);
    return 0;
  },
};
