import { join } from 'node:path';
import type { GraphBundle } from '../../model/graph';
import { parseCommand } from '../args';
import { DATA_OPTION, loadOrReport, writeFile, type Command } from '../io';

export const build: Command = {
  usage: `  build [--out FILE]       validate, lay out and write the explorer's graph bundle
                           (default graph-data/dist/graph.json)`,
  run(args, io) {
    const { values } = parseCommand(args, { ...DATA_OPTION, out: { type: 'string' } });
    const loaded = loadOrReport(values.data, io);
    if (!loaded) return 1;
    const out = values.out ?? join(values.data, 'dist', 'graph.json');
    const bundle: GraphBundle = { graph: loaded.graph.export(), sources: loaded.sources };
    writeFile(out, `${JSON.stringify(bundle)}\n`);
    io.out(`wrote ${out}: ${loaded.graph.order} nodes, ${loaded.graph.size} edges`);
    return 0;
  },
};
