import { join } from 'node:path';
import type { ApplyPlan } from '../../ingest/apply';
import { describeIssue } from '../../ingest/issues';
import { parseWithPositionals, UsageError } from '../args';
import { DataError } from '../corpusFiles';
import { DATA_OPTION, type Command, type Io } from '../io';
import { isEmptyPlan, planReview, refusal, writeReview } from '../reviewActions';

function describePlan(plan: ApplyPlan, io: Io): void {
  io.out(`${plan.entities.length} new entities, ${plan.relations.length} new relations, ${plan.evidence.length} new evidence records for existing relations, ${plan.aliases.length} new aliases`);
  for (const e of plan.entities) io.out(`  + entity ${e.id} (${e.kind}): ${e.labels.vi} / ${e.labels.en}`);
  for (const a of plan.aliases) io.out(`  + alias of ${a.entity}: ${a.alias}`);
  for (const r of plan.relations) io.out(`  + relation ${r.source} ${r.predicate} ${r.target}: “${r.evidence[0]!.quote}”`);
  for (const e of plan.evidence) io.out(`  + evidence for ${e.relation}: “${e.evidence.quote}”`);
  for (const s of plan.skipped) io.out(`  · ${describeIssue(s, 'en')}`);
}

export const apply: Command = {
  usage: `  apply ID [--write]       show what the accepted proposals add to the graph; --write writes
                           entities.json and relations.json, only if the result validates`,
  run(args, io) {
    const { values, positionals } = parseWithPositionals(args, { ...DATA_OPTION, write: { type: 'boolean', default: false } }, ['ID']);
    const [id] = positionals;
    if (!id) throw new UsageError('apply needs the article id: kg apply ID');
    try {
      const planned = planReview(values.data, id);
      describePlan(planned.plan, io);
      const refused = refusal(planned);
      if (refused) throw refused;
      if (isEmptyPlan(planned.plan)) {
        io.out('nothing to apply: accept some proposals first');
        return 0;
      }
      if (!values.write) {
        io.out('the result validates; nothing written (add --write to write it)');
        return 0;
      }
      writeReview(values.data, id);
      io.out(`wrote ${join(values.data, 'entities.json')} and ${join(values.data, 'relations.json')}; npm run build shows them in the explorer`);
      return 0;
    } catch (error) {
      if (!(error instanceof DataError)) throw error;
      error.lines.forEach((line) => io.err(line));
      return 1;
    }
  },
};
