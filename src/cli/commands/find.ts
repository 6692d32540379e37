import { KINDS, KIND_IDS, type Kind } from '../../model/vocabulary';
import { createEntitySearch, MAX_QUERY_LENGTH } from '../../query/search';
import { parseArgs } from 'node:util';
import { UsageError } from '../args';
import { DATA_OPTION, loadOrReport, type Command } from '../io';

const OPTIONS = {
  ...DATA_OPTION,
  kind: { type: 'string', multiple: true },
  limit: { type: 'string', default: '10' },
  json: { type: 'boolean', default: false },
} as const;

/** The words may come as one quoted argument or as several. */
function parseFindArgs(args: string[]) {
  try {
    return parseArgs({ args, options: OPTIONS, strict: true, allowPositionals: true });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

export const find: Command = {
  usage: `  find WORDS [--kind K] [--limit N] [--json]
                           entities whose names or aliases match, in either language,
                           blind to case and diacritics ("na uy", "la ban chien luoc");
                           prints their ids, best match first (default 10)`,
  run(args, io) {
    const { values, positionals } = parseFindArgs(args);
    const words = positionals.join(' ').trim();
    if (!words) throw new UsageError('find takes the words to look for, e.g. kg find "na uy"');
    if (words.length > MAX_QUERY_LENGTH) throw new UsageError(`find: ${words.length} characters, more than the ${MAX_QUERY_LENGTH} a search takes`);
    const kinds = (values.kind ?? []).flatMap((k) => k.split(',')).map((k) => k.trim()).filter(Boolean);
    const unknown = kinds.filter((k) => !(KIND_IDS as string[]).includes(k));
    if (unknown.length > 0) throw new UsageError(`--kind: unknown value "${unknown[0]}" (expected one of ${KIND_IDS.join(', ')})`);
    const limit = Number(values.limit);
    if (!Number.isInteger(limit) || limit < 1 || limit > 1000) throw new UsageError(`--limit must be a whole number from 1 to 1000 (got ${values.limit})`);
    const loaded = loadOrReport(values.data, io);
    if (!loaded) return 1;
    const { graph } = loaded;
    const wanted = new Set(kinds as Kind[]);
    // Every hit, then the kinds asked for: a kind filter must not hide matches ranked below the limit.
    const hits = createEntitySearch(graph)
      .search(words, graph.order)
      .filter((hit) => wanted.size === 0 || wanted.has(graph.getNodeAttribute(hit.id, 'kind')))
      .slice(0, limit)
      .map((hit) => {
        const { kind, labels, aliases } = graph.getNodeAttributes(hit.id);
        return { id: hit.id, kind, labels, aliases, score: Math.round(hit.score * 100) / 100 };
      });
    if (values.json) {
      io.out(JSON.stringify(hits, null, 2));
      return 0;
    }
    if (hits.length === 0) io.err(`no entity matches "${words}"${kinds.length > 0 ? ` among the kinds ${kinds.join(', ')}` : ''}`);
    const width = Math.max(0, ...hits.map((h) => h.id.length));
    for (const hit of hits) io.out(`${hit.id.padEnd(width)}  ${KINDS[hit.kind].en.padEnd(18)}  ${hit.labels.en} · ${hit.labels.vi}`);
    return 0;
  },
};
