import type { ApplyPlan } from '../../ingest/apply';
import { describeIssue } from '../../ingest/issues';
import type { Entity } from '../../model/schema';
import { asObject, asSubject } from '../../model/sentence';
import { KINDS } from '../../model/vocabulary';
import { parseWithPositionals, UsageError } from '../args';
import { DataError, loadDataset } from '../corpusFiles';
import { DATA_OPTION, type Command, type Io } from '../io';
import { isEmptyPlan, planReview, refusal, writeReview, type Lang, type PlannedApply } from '../reviewActions';
import { readConsistent } from '../store/graphStore';

const count = (n: number, lang: Lang) => new Intl.NumberFormat(lang === 'vi' ? 'vi-VN' : 'en-GB').format(n);

const SAID = {
  summary: {
    vi: (p: ApplyPlan, n: (x: number) => string) =>
      `${n(p.entities.length)} thực thể mới, ${n(p.relations.length)} quan hệ mới, ${n(p.evidence.length)} trích dẫn mới cho quan hệ đã có, ${n(p.aliases.length)} tên khác mới, ${n(p.mentions.length)} chỗ nhắc tên mới`,
    en: (p: ApplyPlan, n: (x: number) => string) => {
      const of = (count: number, one: string, many: string) => `${n(count)} ${count === 1 ? one : many}`;
      return [
        of(p.entities.length, 'new entity', 'new entities'),
        of(p.relations.length, 'new relation', 'new relations'),
        of(p.evidence.length, 'new quote for a known relation', 'new quotes for known relations'),
        of(p.aliases.length, 'new alias', 'new aliases'),
        of(p.mentions.length, 'new mention', 'new mentions'),
      ].join(', ');
    },
  },
  alias: { vi: 'tên khác của', en: 'another name of' },
  quoteFor: { vi: 'trích dẫn thêm cho', en: 'another quote for' },
  mention: { vi: 'được nhắc đến ở', en: 'named at' },
  nothingYet: { vi: 'chưa có gì để áp dụng: hãy chấp nhận một số đề xuất trước', en: 'nothing to apply: accept some proposals first' },
  nothingNew: { vi: (at: string) => `không có gì mới kể từ lần áp dụng lúc ${at}: không ghi gì`, en: (at: string) => `nothing new since the apply of ${at}: nothing written` },
  valid: { vi: 'kết quả hợp lệ; chưa ghi gì (thêm --write để ghi)', en: 'the result validates; nothing written (add --write to write it)' },
  wrote: { vi: (files: string) => `đã ghi ${files}; npm run build để xem trong trình khám phá`, en: (files: string) => `wrote ${files}; npm run build shows them in the explorer` },
} as const;

function describePlan({ plan }: Pick<PlannedApply, 'plan'>, entities: Entity[], lang: Lang, io: Io): void {
  const byId = new Map([...entities, ...plan.entities].map((e) => [e.id, e]));
  const end = (id: string) => byId.get(id)!;
  io.out(SAID.summary[lang](plan, (n) => count(n, lang)));
  for (const e of plan.entities) io.out(`  + ${e.labels.vi} / ${e.labels.en} (${KINDS[e.kind][lang].toLowerCase()})`);
  for (const a of plan.aliases) io.out(`  + “${a.alias}”: ${SAID.alias[lang]} ${end(a.entity).labels[lang]}`);
  for (const r of plan.relations) io.out(`  + ${asSubject(end(r.source), lang)} ${r.labels[lang]} ${asObject(end(r.target), lang)}: “${r.evidence[0]!.quote}”`);
  for (const { relation, evidence } of plan.evidence) {
    const [source, , target] = relation.split(':');
    io.out(`  + ${SAID.quoteFor[lang]} ${end(source!).labels[lang]} → ${end(target!).labels[lang]}: “${evidence.quote}”`);
  }
  for (const m of plan.mentions) io.out(`  + ${end(m.entity).labels[lang]} ${SAID.mention[lang]} “${m.evidence.quote}” @${m.evidence.start}`);
  for (const s of plan.skipped) io.out(`  · ${describeIssue(s, lang)}`);
}

export const apply: Command = {
  usage: `  apply ID [--write] [--lang vi|en] [--json]
                           show what the review's decisions add to the graph; --write writes them into
                           entities.json and relations.json, only if the result validates. Run it again
                           after more decisions: it writes only what was decided since; --json prints
                           the plan (entities, relations, evidence, aliases, mentions, problems) as JSON`,
  run(args, io) {
    const { values, positionals } = parseWithPositionals(args, { ...DATA_OPTION, write: { type: 'boolean', default: false }, lang: { type: 'string', default: 'en' }, json: { type: 'boolean', default: false } }, ['ID']);
    const [id] = positionals;
    if (!id) throw new UsageError('apply needs the article id: kg apply ID');
    const lang = values.lang as Lang;
    if (lang !== 'vi' && lang !== 'en') throw new UsageError(`--lang must be vi or en (got ${values.lang})`);
    try {
      const { planned, entities } = readConsistent(values.data, () => ({ planned: planReview(values.data, id), entities: loadDataset(values.data).entities }));
      if (values.json && values.write) throw new UsageError('--json prints the plan instead of writing it: leave out --write');
      if (values.json) {
        io.out(JSON.stringify({ plan: planned.plan, invalid: planned.invalid }, null, 2));
        return planned.plan.problems.length + planned.invalid.length > 0 ? 1 : 0;
      }
      describePlan(planned, entities, lang, io);
      const refused = refusal(planned, lang);
      if (refused) throw refused;
      if (isEmptyPlan(planned.plan)) {
        const last = planned.review.applied?.at(-1)?.at;
        io.out(last ? SAID.nothingNew[lang](last) : SAID.nothingYet[lang]);
        return 0;
      }
      if (!values.write) {
        io.out(SAID.valid[lang]);
        return 0;
      }
      // Planned again inside the write: what is written is what the files hold at that moment.
      const written = writeReview(values.data, id, lang);
      if (isEmptyPlan(written.plan)) {
        io.out(SAID.nothingNew[lang](written.review.applied?.at(-1)?.at ?? ''));
        return 0;
      }
      const files = [written.files.changed.entities ? 'entities.json' : '', written.files.changed.relations ? 'relations.json' : '', `review/${id}.json`].filter(Boolean);
      io.out(SAID.wrote[lang](files.join(', ')));
      return 0;
    } catch (error) {
      if (!(error instanceof DataError)) throw error;
      error.lines.forEach((line) => io.err(line));
      return 1;
    }
  },
};
