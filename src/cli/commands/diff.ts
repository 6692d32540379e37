import { isIsoPartialDate } from '../../model/dates';
import { changesOf, type ChangesSpec } from '../../query/changesView';
import { sourceTimes } from '../../query/relationTime';
import { parseCommand, UsageError } from '../args';
import { formatChanges } from '../formatChanges';
import { DATA_OPTION, loadOrReport, type Command } from '../io';

/** Two dates or two articles, never a mix: anything else is a usage error that says what to give. */
function moments(values: Partial<Record<'from' | 'to' | 'from-source' | 'to-source', string>>): ChangesSpec {
  const dates = values.from !== undefined || values.to !== undefined;
  const articles = values['from-source'] !== undefined || values['to-source'] !== undefined;
  if (dates && articles) throw new UsageError('compare two dates (--from, --to) or two articles (--from-source, --to-source), not both');
  if (articles) {
    const [from, to] = [values['from-source'], values['to-source']];
    if (from === undefined || to === undefined) throw new UsageError('--from-source and --to-source go together: give both article ids');
    if (from === to) throw new UsageError(`--from-source and --to-source are the same article (${from}): nothing can change`);
    return { by: 'source', from, to };
  }
  const { from, to } = values;
  if (from === undefined || to === undefined) throw new UsageError('give --from DATE and --to DATE, or --from-source ID and --to-source ID');
  for (const [flag, value] of [['from', from], ['to', to]] as const) {
    if (!isIsoPartialDate(value)) throw new UsageError(`--${flag}: malformed value "${value}" (expected an ISO date: YYYY, YYYY-MM or YYYY-MM-DD)`);
  }
  if (to < from) throw new UsageError(`--to ${to} is before --from ${from}: give the earlier date first`);
  return { by: 'date', from, to };
}

export const diff: Command = {
  usage: `  diff --from DATE --to DATE | --from-source ID --to-source ID [--lang vi|en] [--json]
                           what the later date or article adds: new entities, new
                           relations, new evidence for relations already known
                           (--lang: the labels and the wording)`,
  run(args, io) {
    const { values } = parseCommand(args, {
      ...DATA_OPTION,
      from: { type: 'string' },
      to: { type: 'string' },
      'from-source': { type: 'string' },
      'to-source': { type: 'string' },
      lang: { type: 'string', default: 'en' },
      json: { type: 'boolean', default: false },
    });
    const when = moments(values);
    if (values.lang !== 'vi' && values.lang !== 'en') throw new UsageError(`--lang must be vi or en (got ${values.lang})`);
    const loaded = loadOrReport(values.data, io);
    if (!loaded) return 1;
    const times = sourceTimes(loaded.sources);
    if (when.by === 'source') {
      const known = loaded.sources.map((s) => s.id);
      for (const [flag, id] of [['from-source', when.from], ['to-source', when.to]] as const) {
        if (!known.includes(id)) throw new UsageError(`--${flag}: unknown article "${id}" (expected one of ${known.join(', ')})`);
      }
    }
    const changes = changesOf(loaded.graph, times, when);
    if (values.json) {
      io.out(JSON.stringify({ ...when, ...changes }, null, 2));
      return 0;
    }
    io.out(formatChanges(loaded.graph, changes, when, times, values.lang));
    return 0;
  },
};
