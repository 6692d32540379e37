/**
 * How a curator names things on the command line: an entity or a new entity by its id, its key,
 * its number in the listing, or its name in either language (blind to case and diacritics); a
 * span by its offsets "START-END". Each refusal says what would have been accepted.
 */
import { candidateTarget, decisionTargets, reviewEntities, type ReviewFile } from '../ingest/review';
import type { EndRef, Span } from '../ingest/types';
import type { Entity } from '../model/schema';
import { foldForSearch } from '../text/fold';
import { RefusedError } from './corpusFiles';
import type { Lang } from './reviewActions';

type Named = { ref: EndRef; names: string[]; shown: string };

function everything(review: ReviewFile, entities: Entity[]): Named[] {
  return [
    ...entities.map((e) => ({ ref: { entity: e.id }, names: [e.id, e.labels.vi, e.labels.en, ...e.aliases], shown: `${e.labels.en} (${e.id})` })),
    ...[...reviewEntities(review).values()].map((c) => ({ ref: { candidate: c.key }, names: [c.key, candidateTarget(c.key), c.label, ...(c.labelEn ? [c.labelEn] : [])], shown: `${c.labelEn ?? c.label} (${c.key})` })),
  ];
}

/** An end of a relation, a mention's entity, an instrument: whatever names it unambiguously. */
export function resolveEnd(review: ReviewFile, entities: Entity[], name: string, lang: Lang): EndRef {
  const vi = lang === 'vi';
  if (/^\d+$/.test(name)) {
    const target = decisionTargets(review)[Number(name) - 1];
    if (target?.startsWith('candidate:')) return { candidate: target.slice('candidate:'.length) };
    throw new RefusedError([vi ? `Mục số ${name} không phải là một thực thể mới.` : `Number ${name} is not a new entity in this review.`]);
  }
  const all = everything(review, entities);
  const exact = all.find((n) => n.names[0] === name || n.names[1] === name);
  if (exact) return exact.ref;
  const folded = foldForSearch(name.trim());
  const matches = all.filter((n) => n.names.some((x) => foldForSearch(x) === folded));
  if (matches.length === 1) return matches[0]!.ref;
  if (matches.length > 1) {
    throw new RefusedError([vi ? `“${name}” có thể là: ${matches.map((m) => m.shown).join('; ')} — hãy dùng mã.` : `“${name}” could be: ${matches.map((m) => m.shown).join('; ')} — use the id.`]);
  }
  const near = all.filter((n) => n.names.some((x) => foldForSearch(x).includes(folded))).slice(0, 5);
  throw new RefusedError([
    vi
      ? `Không có thực thể nào tên hoặc mã “${name}”${near.length ? `; có phải: ${near.map((m) => m.shown).join('; ')}?` : '.'}`
      : `No entity is named or has the id “${name}”${near.length ? `; did you mean ${near.map((m) => m.shown).join('; ')}?` : '.'}`,
  ]);
}

/** "120-164" → the span of the article there. */
export function parseSpan(value: string, text: string, lang: Lang): Span {
  const vi = lang === 'vi';
  const match = /^(\d+)\s*[-–]\s*(\d+)$/.exec(value.trim());
  if (!match) throw new RefusedError([vi ? `Đoạn phải viết dạng ĐẦU-CUỐI, ví dụ 120-164 (nhận được “${value}”).` : `A span is START-END, e.g. 120-164 (got “${value}”).`]);
  const [start, end] = [Number(match[1]), Number(match[2])];
  if (end <= start || end > text.length) {
    throw new RefusedError([vi ? `Đoạn ${start}–${end} không nằm trong bài (bài dài ${text.length} ký tự).` : `The span ${start}–${end} is not inside the article (${text.length} characters).`]);
  }
  return { start, end, quote: text.slice(start, end) };
}
