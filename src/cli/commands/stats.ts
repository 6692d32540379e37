import { graphStats } from '../../query/stats';
import { parseCommand } from '../args';
import { formatStats } from '../formatStats';
import { DATA_OPTION, loadOrReport, type Command } from '../io';

export const stats: Command = {
  usage: `  stats [--json]           counts by kind, predicate and source; connected components`,
  run(args, io) {
    const { values } = parseCommand(args, { ...DATA_OPTION, json: { type: 'boolean', default: false } });
    const loaded = loadOrReport(values.data, io);
    if (!loaded) return 1;
    const result = graphStats(loaded.graph);
    io.out(values.json ? JSON.stringify(result, null, 2) : formatStats(result));
    return 0;
  },
};
