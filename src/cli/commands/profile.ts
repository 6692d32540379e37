import { parseArgs } from 'node:util';
import { profileOf } from '../../query/profile';
import { UsageError } from '../args';
import { formatProfile, type CliLang } from '../formatProfile';
import { requireEntity } from '../entityId';
import { DATA_OPTION, loadOrReport, type Command } from '../io';

function parseProfileArgs(args: string[]) {
  try {
    return parseArgs({
      args,
      options: { ...DATA_OPTION, json: { type: 'boolean', default: false }, lang: { type: 'string', default: 'en' } },
      strict: true,
      allowPositionals: true,
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

export const profile: Command = {
  usage: `  profile ID [--lang vi|en] [--json]
                           an actor's partners, agreements, domains and frameworks;
                           a domain's actors, instruments and frameworks; or which
                           agreements and partnerships invoke a framework — with quotes`,
  run(args, io) {
    const { values, positionals } = parseProfileArgs(args);
    if (positionals.length !== 1) throw new UsageError(`profile takes one entity id (got ${positionals.length})`);
    const lang = values.lang as CliLang;
    if (lang !== 'vi' && lang !== 'en') throw new UsageError(`--lang must be vi or en (got ${values.lang})`);
    const id = positionals[0] as string;
    const loaded = loadOrReport(values.data, io);
    if (!loaded) return 1;
    const { graph } = loaded;
    requireEntity(graph, id, 'profile');
    const result = profileOf(graph, id);
    if (!result) {
      throw new UsageError(`profile: "${id}" is of kind ${graph.getNodeAttribute(id, 'kind')}; only actors, domains and frameworks have profiles`);
    }
    io.out(values.json ? JSON.stringify(result, null, 2) : formatProfile(graph, result, lang));
    return 0;
  },
};
