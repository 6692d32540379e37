import { readFileSync } from 'node:fs';
import { currentDecisions, decisionTargets, progress, type ReviewFile } from '../../ingest/review';
import { parseWithPositionals, UsageError } from '../args';
import { DataError, loadReviewFor } from '../corpusFiles';
import { describeTarget } from '../describeTarget';
import { DATA_OPTION, type Command, type Io } from '../io';
import { decisionInputs, recordDecisions, undoDecision, type DecisionInput } from '../reviewActions';

function list(review: ReviewFile, text: string, io: Io): void {
  const { decided, total } = progress(review);
  const current = currentDecisions(review.decisions);
  io.out(`${review.source}: ${decided} of ${total} proposals decided`);
  decisionTargets(review).forEach((target, i) => {
    const verdict = current.get(target)?.action ?? 'open';
    io.out(`${String(i + 1).padStart(4)}  [${verdict.padEnd(6)}]  ${describeTarget(review, target, text)}`);
  });
}

function readDecisionsFile(path: string): DecisionInput[] {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new DataError([`${path}: not a JSON file of decisions: ${(error as Error).message}`]);
  }
  const parsed = decisionInputs.safeParse(raw);
  if (!parsed.success) throw new DataError(parsed.error.issues.map((issue) => `${path}: [${issue.path.join('.')}]: ${issue.message}`));
  return parsed.data;
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
      const split = (v: string[] | undefined) => (v ?? []).flatMap((s) => s.split(',')).map((s) => s.trim()).filter(Boolean);
      const inputs: DecisionInput[] = [
        ...split(values.accept).map((target) => ({ target, action: 'accept' as const })),
        ...split(values.reject).map((target) => ({ target, action: 'reject' as const })),
        ...(values.decisions ? readDecisionsFile(values.decisions) : []),
      ];
      if (values.undo) {
        const { undone } = undoDecision(values.data, id);
        io.out(undone ? `undid: ${undone.action} ${undone.target}` : 'nothing to undo');
      }
      if (inputs.length > 0) {
        const updated = recordDecisions(values.data, id, inputs);
        const { decided, total } = progress(updated);
        io.out(`recorded ${inputs.length} decision(s); ${decided} of ${total} decided`);
      }
      const { review: file, text } = loadReviewFor(values.data, id);
      if (values.json) {
        const current = currentDecisions(file.decisions);
        io.out(JSON.stringify({ ...progress(file), targets: decisionTargets(file).map((t, i) => ({ number: i + 1, target: t, decision: current.get(t) ?? null })) }, null, 2));
      } else if (inputs.length === 0 && !values.undo) list(file, text, io);
      return 0;
    } catch (error) {
      if (!(error instanceof DataError)) throw error;
      error.lines.forEach((line) => io.err(line));
      return 1;
    }
  },
};
