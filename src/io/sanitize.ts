/**
 * Every value an imported file brings is untrusted: after the format's reader has found the
 * structure, each node's and edge's values are checked here and made safe before the app
 * sees them. Nothing is thrown: what is dropped or changed is tallied, and the tally becomes
 * the one summary shown after the import.
 */
import type { EdgeAttributes, NodeAttributes } from '../model/graph';
import { isIsoPartialDate } from '../model/dates';
import { isReservedId } from '../model/ids';
import type { Evidence } from '../model/schema';
import { DATE_TYPES, KINDS, PREDICATES, type Bilingual } from '../model/vocabulary';

/**
 * What can be wrong with a value; the app words each in both languages. Counted once per
 * node or edge, except badDate, counted per date.
 */
export const ISSUE_CODES = [
  'renamedNodeId',
  'renamedEdgeId',
  'unknownKind',
  'unknownPredicate',
  'unknownDateType',
  'badDate',
  'badPosition',
  'badSize',
  'badColour',
  'badEvidence',
  'longText',
] as const;
export type IssueCode = (typeof ISSUE_CODES)[number];

/** How many elements had the problem, and the first few offending values as examples. */
export type ImportIssue = { code: IssueCode; count: number; examples: string[] };
export type ImportSummary = ImportIssue[];

const EXAMPLES = 3;
const EXAMPLE_LENGTH = 40;
/** A label or alias beyond this is kept in the data but never drawn or typed in whole. */
export const LONG_TEXT = 500;
/** Coordinates beyond this cannot be framed by a camera; such a node is laid out again. */
const MAX_COORDINATE = 1e9;
const SIZE_RANGE = { min: 0.5, max: 100 };

/** A short, single-line excerpt of any value, for summaries and notices. */
export function excerpt(value: unknown, max = EXAMPLE_LENGTH): string {
  const whole = String(value);
  // Only the head is ever shown: a megabyte value is not scanned whole.
  const text = whole.slice(0, max * 4).replace(/\s+/g, ' ');
  return text.length <= max && whole.length <= max * 4 ? text : `${text.slice(0, max - 1)}…`;
}

export class IssueTally {
  private readonly issues = new Map<IssueCode, ImportIssue>();

  add(code: IssueCode, example: unknown): void {
    const issue = this.issues.get(code) ?? { code, count: 0, examples: [] };
    issue.count += 1;
    const text = excerpt(example);
    if (issue.examples.length < EXAMPLES && !issue.examples.includes(text)) issue.examples.push(text);
    this.issues.set(code, issue);
  }

  summary(): ImportSummary {
    return ISSUE_CODES.flatMap((code) => this.issues.get(code) ?? []);
  }
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Ids the app and its libraries may use as keys of plain objects ("__proto__" replaces an
 * object's prototype, "constructor" or "toString" read an inherited function), or that no URL
 * or IRI can carry (a lone surrogate half).
 */
export function isUnsafeKey(key: string): boolean {
  LONE_SURROGATE.lastIndex = 0;
  return isReservedId(key) || LONE_SURROGATE.test(key);
}

/** A safe, unused stand-in for an unsafe id: lone surrogates as U+FFFD, then "~" until it is free. */
export function safeKey(key: string, taken: (candidate: string) => boolean): string {
  const wellFormed = key.replace(LONE_SURROGATE, '\uFFFD');
  let candidate = wellFormed === key ? `${key}~` : wellFormed;
  while (isUnsafeKey(candidate) || taken(candidate)) candidate += '~';
  return candidate;
}

const HEX = /^#(?:[0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/i;

/** Only colour syntax reaches a style or the renderer: #rgb, #rrggbb (with alpha) — nothing else. */
export function isSafeColour(value: string): boolean {
  return HEX.test(value);
}

const isIndex = (n: number) => Number.isSafeInteger(n) && n >= 0;

/**
 * Common values shared rather than repeated: the page receives the graph as a structured
 * clone, which copies a shared object once, so a million edges that read "is related to"
 * cost one object, not a million. Attributes are never mutated in place, so sharing is safe.
 */
const NONE: never[] = [];
const EMPTY_TEXT: Bilingual = { vi: '', en: '' };
const sameText = (a: Bilingual, b: Bilingual) => a.vi === b.vi && a.en === b.en;
const shared = <T>(list: T[]): T[] => (list.length === 0 ? NONE : list);

function longText(values: string[]): string | undefined {
  return values.find((v) => v.length > LONG_TEXT);
}

export function sanitizeNode(id: string, attrs: NodeAttributes, rawKind: string | undefined, tally: IssueTally): NodeAttributes {
  if (rawKind !== undefined && attrs.kind === 'other' && rawKind !== 'other') tally.add('unknownKind', rawKind);
  const unknownType = attrs.dates.find((d) => !Object.hasOwn(DATE_TYPES, d.type));
  if (unknownType) tally.add('unknownDateType', unknownType.type);
  const dates = attrs.dates.filter((d) => {
    if (!Object.hasOwn(DATE_TYPES, d.type)) return false;
    if (isIsoPartialDate(d.date)) return true;
    tally.add('badDate', d.date);
    return false;
  });
  let { x, y, size, color } = attrs;
  const placed = Number.isFinite(x) && Number.isFinite(y);
  if (placed && (Math.abs(x) > MAX_COORDINATE || Math.abs(y) > MAX_COORDINATE)) {
    tally.add('badPosition', id);
    x = NaN;
    y = NaN;
  }
  if (!(size >= SIZE_RANGE.min && size <= SIZE_RANGE.max)) {
    tally.add('badSize', id);
    size = Math.min(SIZE_RANGE.max, Math.max(SIZE_RANGE.min, Number.isFinite(size) ? size : 4));
  }
  if (!isSafeColour(color)) {
    tally.add('badColour', color);
    color = KINDS[attrs.kind].color;
  }
  const long = longText([attrs.labels.vi, attrs.labels.en, attrs.label, ...attrs.aliases]);
  if (long !== undefined) tally.add('longText', long);
  const description = sameText(attrs.description, EMPTY_TEXT) ? EMPTY_TEXT : attrs.description;
  return { ...attrs, description, aliases: shared(attrs.aliases), sources: shared(attrs.sources), dates: shared(dates), x, y, size, color };
}

export function sanitizeEdge(attrs: EdgeAttributes, rawPredicate: string | undefined, tally: IssueTally): EdgeAttributes {
  if (rawPredicate !== undefined && attrs.predicate === 'related_to' && rawPredicate !== 'related_to') tally.add('unknownPredicate', rawPredicate);
  const { date, ...rest } = attrs;
  const keepDate = date !== undefined && isIsoPartialDate(date);
  if (date !== undefined && !keepDate) tally.add('badDate', date);
  const possible = (e: Evidence) => isIndex(e.start) && isIndex(e.end) && e.start < e.end;
  const evidence = attrs.evidence.filter(possible);
  const impossible = attrs.evidence.find((e) => !possible(e));
  if (impossible) tally.add('badEvidence', `${impossible.source} ${impossible.start}–${impossible.end}`);
  const long = longText([attrs.labels.vi, attrs.labels.en, attrs.label]);
  if (long !== undefined) tally.add('longText', long);
  const standard = PREDICATES[attrs.predicate];
  const predicateLabels = sameText(attrs.predicateLabels, standard) ? standard : attrs.predicateLabels;
  const labels = sameText(attrs.labels, standard) ? standard : attrs.labels;
  return { ...rest, ...(keepDate ? { date } : {}), predicateLabels, labels, evidence: shared(evidence) };
}
