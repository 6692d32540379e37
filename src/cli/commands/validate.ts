import { parseCommand } from '../args';
import { DATA_OPTION, loadOrReport, type Command } from '../io';
import { loadStoriesOrReport } from '../stories';

export const validate: Command = {
  usage: `  validate                 check graph-data and its stories; list every error as "file: path: message"`,
  run(args, io) {
    const { values } = parseCommand(args, DATA_OPTION);
    const loaded = loadOrReport(values.data, io);
    if (!loaded) return 1;
    const stories = loadStoriesOrReport(values.data, loaded.graph, loaded.sources, io);
    if (!stories) return 1;
    io.out(`${values.data} is valid: ${loaded.graph.order} entities, ${loaded.graph.size} relations, ${loaded.sources.length} sources, ${stories.length} ${stories.length === 1 ? 'story' : 'stories'}`);
    return 0;
  },
};
