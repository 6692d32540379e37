import { readFileSync } from 'node:fs';
import { currentDecisions, decisionTargets, progress } from '../../ingest/review';
import { parseWithPositionals, UsageError } from '../args';
import { DataError, loadReviewFor, RefusedError } from '../corpusFiles';
import { DATA_OPTION, type Command } from '../io';
import { decisionInputs, recordDecisions, undoDecision, type DecisionInput, type Lang } from '../reviewActions';
import { decisionsFromFlags, type ReviewFlags } from '../reviewFlags';
import { listingLines, targetDescriber, VERDICTS } from '../reviewListing';
import { readConsistent } from '../store/graphStore';

function readDecisionsFile(path: string): DecisionInput[] {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new DataError([`${path}: not a JSON file of decisions: ${(error as Error).message.split('\n')[0]}`]);
  }
  const parsed = decisionInputs.safeParse(raw);
  if (!parsed.success) throw new DataError(parsed.error.issues.map((issue) => `${path}: [${issue.path.join('.')}]: ${issue.message}`));
  return parsed.data;
}

const SAID = {
  recorded: { vi: (n: number, d: number, t: number) => `đã ghi ${n} quyết định; đã quyết định ${d} trên ${t} mục`, en: (n: number, d: number, t: number) => `recorded ${n} decision(s); ${d} of ${t} decided` },
  undid: { vi: 'đã hoàn tác:', en: 'undid:' },
  nothingToUndo: { vi: 'không có gì để hoàn tác', en: 'nothing to undo' },
} as const;

const text = { type: 'string' } as const;
const list = { type: 'string', multiple: true } as const;

export const review: Command = {
  usage: `  review ID [--lang vi|en] [--json]      list an article's proposals and additions, numbered
  review ID --accept N,… --reject N,…    decide on listed items (numbers or ids)
  review ID --edit N [--label-vi T] [--label-en T] [--kind K] [--category C] [--date TYPE:DATE]… [--id ID] [--merge ENTITY]
            [--alias NAME]… [--predicate P] [--source END] [--target END] [--instrument END]
            [--evidence START-END]…        correct an item (a relation's --evidence moves it, twice adds a span)
  review ID --add-entity --kind K --label-vi T --label-en T --span START-END [--id ID] [--category C]
            [--description-vi T --description-en T] [--date TYPE:DATE]… [--alias NAME]…
  review ID --add-mention END --span START-END
  review ID --add-alias ENTITY (--span START-END | --name NAME)
  review ID --add-relation SOURCE PREDICATE TARGET [--evidence START-END]…
                                         (default evidence: the first sentence naming both ends)
  review ID --decisions FILE             FILE holds [{target, action: accept|edit|reject|add, edit?, add?}]
  review ID --undo                       take back the latest decision
                           END, SOURCE, TARGET, ENTITY: an entity id, a new entity's key or number,
                           or a name in either language; START-END: offsets in the article`,
  run(args, io) {
    const { values, positionals } = parseWithPositionals(
      args,
      {
        ...DATA_OPTION,
        accept: list,
        reject: list,
        decisions: text,
        undo: { type: 'boolean', default: false },
        json: { type: 'boolean', default: false },
        lang: { type: 'string', default: 'en' },
        edit: text,
        'add-entity': { type: 'boolean', default: false },
        'add-mention': text,
        'add-alias': text,
        'add-relation': { type: 'boolean', default: false },
        kind: text,
        category: text,
        'label-vi': text,
        'label-en': text,
        'description-vi': text,
        'description-en': text,
        date: list,
        id: text,
        merge: text,
        alias: list,
        name: text,
        span: text,
        evidence: list,
        predicate: text,
        source: text,
        target: text,
        instrument: text,
      },
      ['ID', 'SOURCE', 'PREDICATE', 'TARGET'],
    );
    const [id, ...ends] = positionals;
    if (!id) throw new UsageError('review needs the article id: kg review ID');
    const lang = values.lang as Lang;
    if (lang !== 'vi' && lang !== 'en') throw new UsageError(`--lang must be vi or en (got ${values.lang})`);
    try {
      const split = (v: string[] | undefined) => (v ?? []).flatMap((s) => s.split(',')).map((s) => s.trim()).filter(Boolean);
      const simple: DecisionInput[] = [
        ...split(values.accept).map((target) => ({ target, action: 'accept' as const })),
        ...split(values.reject).map((target) => ({ target, action: 'reject' as const })),
        ...(values.decisions ? readDecisionsFile(values.decisions) : []),
      ];
      if (values.undo) {
        const { undone } = undoDecision(values.data, id);
        if (!undone) io.out(SAID.nothingToUndo[lang]);
        else {
          // What was undone, said as the listing says it ("đã hoàn tác: nhận — Nhật Bản ký …"), not by its internal id.
          const { review: after, dataset } = readConsistent(values.data, () => loadReviewFor(values.data, id));
          const describe = targetDescriber(after, dataset.entities, lang, dataset.sources.find((s) => s.id === id)!.language);
          io.out(`${SAID.undid[lang]} ${VERDICTS[undone.action][lang]} — ${describe(undone.target)}`);
        }
      }
      let recorded = 0;
      const updated = recordDecisions(
        values.data,
        id,
        (context) => {
          const all = [...simple, ...decisionsFromFlags(values as ReviewFlags, ends, { ...context, lang })];
          recorded = all.length;
          return all;
        },
        lang,
      );
      if (recorded > 0) {
        const { decided, total } = progress(updated);
        io.out(SAID.recorded[lang](recorded, decided, total));
        const last = updated.decisions.at(-1);
        if (last?.action === 'add') io.out(`  → ${decisionTargets(updated).indexOf(last.target) + 1}: ${last.target}`);
      }
      const { review: file, dataset } = readConsistent(values.data, () => loadReviewFor(values.data, id));
      if (values.json) {
        const current = currentDecisions(file.decisions);
        io.out(JSON.stringify({ ...progress(file), targets: decisionTargets(file).map((t, i) => ({ number: i + 1, target: t, decision: current.get(t) ?? null })) }, null, 2));
      } else if (recorded === 0 && !values.undo) listingLines(file, dataset.entities, lang, dataset.sources.find((s) => s.id === id)!.language).forEach((line) => io.out(line));
      return 0;
    } catch (error) {
      if (!(error instanceof DataError)) throw error;
      error.lines.forEach((line) => io.err(line));
      return error instanceof RefusedError ? 2 : 1;
    }
  },
};
