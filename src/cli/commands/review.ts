import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { checkDecision, currentDecisions, decisionTargets, decisionSchema, progress, type Decision, type ReviewFile } from '../../ingest/review';
import { parseWithPositionals, UsageError } from '../args';
import { DataError, loadReviewFor, reviewPath, writeJson } from '../corpusFiles';
import { describeTarget } from '../describeTarget';
import { DATA_OPTION, type Command, type Io } from '../io';

const decisionInput = decisionSchema.omit({ at: true });

/** A target as the curator names it: its number in the listing, or its full id. */
function resolveTarget(review: ReviewFile, name: string): string {
  const targets = decisionTargets(review);
  if (/^\d+$/.test(name)) {
    const target = targets[Number(name) - 1];
    if (!target) throw new UsageError(`there is no proposal number ${name} (this review has ${targets.length})`);
    return target;
  }
  return name;
}

function list(review: ReviewFile, text: string, io: Io): void {
  const { decided, total } = progress(review);
  const current = currentDecisions(review.decisions);
  io.out(`${review.source}: ${decided} of ${total} proposals decided`);
  decisionTargets(review).forEach((target, i) => {
    const verdict = current.get(target)?.action ?? 'open';
    io.out(`${String(i + 1).padStart(4)}  [${verdict.padEnd(6)}]  ${describeTarget(review, target, text)}`);
  });
}

export const review: Command = {
  usage: `  review ID [--accept N,…] [--reject N,…] [--decisions FILE] [--undo] [--json]
                           list an article's proposals with their numbers, or decide on them;
                           FILE holds [{target, action: accept|edit|reject, edit?}]`,
  run(args, io) {
    const { values, positionals } = parseWithPositionals(
      args,
      {
        ...DATA_OPTION,
        accept: { type: 'string', multiple: true },
        reject: { type: 'string', multiple: true },
        decisions: { type: 'string' },
        undo: { type: 'boolean', default: false },
        json: { type: 'boolean', default: false },
      },
      ['ID'],
    );
    const [id] = positionals;
    if (!id) throw new UsageError('review needs the article id: kg review ID');
    try {
      const { review: file, text } = loadReviewFor(values.data, id);
      const at = new Date().toISOString();
      const incoming: Decision[] = [];
      const split = (v: string[] | undefined) => (v ?? []).flatMap((s) => s.split(',')).map((s) => s.trim()).filter(Boolean);
      for (const name of split(values.accept)) incoming.push({ target: resolveTarget(file, name), action: 'accept', at });
      for (const name of split(values.reject)) incoming.push({ target: resolveTarget(file, name), action: 'reject', at });
      if (values.decisions) {
        let raw: unknown;
        try {
          raw = JSON.parse(readFileSync(values.decisions, 'utf8'));
        } catch (error) {
          throw new DataError([`${values.decisions}: not a JSON file of decisions: ${(error as Error).message}`]);
        }
        const parsed = z.array(decisionInput).safeParse(raw);
        if (!parsed.success) {
          throw new DataError(parsed.error.issues.map((issue) => `${values.decisions}: [${issue.path.join('.')}]: ${issue.message}`));
        }
        for (const d of parsed.data) incoming.push({ ...d, target: resolveTarget(file, d.target), at });
      }
      const problems = incoming.flatMap((d) => {
        const problem = checkDecision(file, d);
        return problem ? [`${d.target}: ${problem}`] : [];
      });
      if (problems.length > 0) throw new DataError(problems);
      if (values.undo) {
        const undone = file.decisions.pop();
        io.out(undone ? `undid: ${undone.action} ${undone.target}` : 'nothing to undo');
      }
      file.decisions.push(...incoming);
      if (incoming.length > 0 || values.undo) writeJson(reviewPath(values.data, id), file);
      if (values.json) {
        const current = currentDecisions(file.decisions);
        io.out(JSON.stringify({ ...progress(file), targets: decisionTargets(file).map((t, i) => ({ number: i + 1, target: t, decision: current.get(t) ?? null })) }, null, 2));
      } else if (incoming.length > 0) {
        const { decided, total } = progress(file);
        io.out(`recorded ${incoming.length} decision(s); ${decided} of ${total} decided`);
      } else if (!values.undo) list(file, text, io);
      return 0;
    } catch (error) {
      if (!(error instanceof DataError)) throw error;
      error.lines.forEach((line) => io.err(line));
      return 1;
    }
  },
};
