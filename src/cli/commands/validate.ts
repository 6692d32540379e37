import { parseCommand } from '../args';
import { DATA_OPTION, loadOrReport, type Command } from '../io';

export const validate: Command = {
  usage: `  validate                 check graph-data; list every error as "file: path: message"`,
  run(args, io) {
    const { values } = parseCommand(args, DATA_OPTION);
    const loaded = loadOrReport(values.data, io);
    if (!loaded) return 1;
    io.out(`${values.data} is valid: ${loaded.graph.order} entities, ${loaded.graph.size} relations, ${loaded.sources.length} sources`);
    return 0;
  },
};
