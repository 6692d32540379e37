import { join } from 'node:path';
import { applyPlan, planApply, type ApplyPlan } from '../../ingest/apply';
import { formatError, validateDataset } from '../../model/validate';
import { parseWithPositionals, UsageError } from '../args';
import { DataError, loadReviewFor, reviewPath, writeJson } from '../corpusFiles';
import { readDataset } from '../readDataset';
import { DATA_OPTION, type Command, type Io } from '../io';

function describePlan(plan: ApplyPlan, io: Io): void {
  io.out(`${plan.entities.length} new entities, ${plan.relations.length} new relations, ${plan.evidence.length} new evidence records for existing relations, ${plan.aliases.length} new aliases`);
  for (const e of plan.entities) io.out(`  + entity ${e.id} (${e.kind}): ${e.labels.vi} / ${e.labels.en}`);
  for (const a of plan.aliases) io.out(`  + alias of ${a.entity}: ${a.alias}`);
  for (const r of plan.relations) io.out(`  + relation ${r.source} ${r.predicate} ${r.target}: “${r.evidence[0]!.quote}”`);
  for (const e of plan.evidence) io.out(`  + evidence for ${e.relation}: “${e.evidence.quote}”`);
  for (const s of plan.skipped) io.out(`  · ${s}`);
}

export const apply: Command = {
  usage: `  apply ID [--write]       show what the accepted proposals add to the graph; --write writes
                           entities.json and relations.json, only if the result validates`,
  run(args, io) {
    const { values, positionals } = parseWithPositionals(args, { ...DATA_OPTION, write: { type: 'boolean', default: false } }, ['ID']);
    const [id] = positionals;
    if (!id) throw new UsageError('apply needs the article id: kg apply ID');
    try {
      const { review, dataset } = loadReviewFor(values.data, id);
      const meta = dataset.sources.find((s) => s.id === id)!;
      const plan = planApply(dataset, review, meta);
      describePlan(plan, io);
      if (plan.problems.length > 0) throw new DataError(['nothing written; first settle:', ...plan.problems.map((p) => `  - ${p}`)]);
      if (plan.entities.length + plan.relations.length + plan.evidence.length + plan.aliases.length === 0) {
        io.out('nothing to apply: accept some proposals first');
        return 0;
      }
      const next = applyPlan(dataset, plan);
      const raw = readDataset(values.data);
      const entitiesJson = `${JSON.stringify({ $schema: './schema/entities.schema.json', entities: next.entities }, null, 2)}\n`;
      const relationsJson = `${JSON.stringify({ $schema: './schema/relations.schema.json', relations: next.relations }, null, 2)}\n`;
      const check = validateDataset({ ...raw, entities: { ...raw.entities, content: entitiesJson }, relations: { ...raw.relations, content: relationsJson } });
      if (!check.dataset) throw new DataError(['nothing written: the result would not validate:', ...check.errors.map((e) => `  - ${formatError(e)}`)]);
      if (!values.write) {
        io.out('the result validates; nothing written (add --write to write it)');
        return 0;
      }
      writeJson(join(values.data, 'entities.json'), { $schema: './schema/entities.schema.json', entities: next.entities });
      writeJson(join(values.data, 'relations.json'), { $schema: './schema/relations.schema.json', relations: next.relations });
      review.applied = [...(review.applied ?? []), { at: new Date().toISOString(), entities: plan.entities.length, relations: plan.relations.length, evidence: plan.evidence.length }];
      writeJson(reviewPath(values.data, id), review);
      io.out(`wrote ${join(values.data, 'entities.json')} and ${join(values.data, 'relations.json')}; npm run build shows them in the explorer`);
      return 0;
    } catch (error) {
      if (!(error instanceof DataError)) throw error;
      error.lines.forEach((line) => io.err(line));
      return 1;
    }
  },
};
