/**
 * Load and validate the curated files. Every problem is collected, not just the first, and each
 * names its file and the path inside it, so a curator can fix a whole batch in one pass.
 * Pure: the caller reads the files and hands over their contents.
 */
import { z } from 'zod';
import { describeJsonError } from '../text/jsonError';
import { findOccurrences } from '../text/locate';
import { isNfc } from '../text/normalize';
import { decodeUtf8 } from '../text/utf8';
import { PREDICATE_KINDS, predicateAllows, type Kind, type Predicate } from './vocabulary';
import {
  entitySchema,
  relationId,
  relationSchema,
  sourceMetaSchema,
  type Dataset,
  type Entity,
  type Evidence,
  type Relation,
  type Source,
} from './schema';
import { addTo } from './collections';

/** A file's bytes as read (checked here as strict UTF-8), or its text already decoded. */
export type RawFile = { path: string; content: string | Uint8Array };
export type RawSource = { meta: RawFile; text: RawFile | undefined };
export type RawDataset = { sources: RawSource[]; entities: RawFile; relations: RawFile };

export type ValidationError = { file: string; path: string; message: string };

export function formatError(error: ValidationError): string {
  return `${error.file}: ${error.path || '(root)'}: ${error.message}`;
}

export type Report = (file: string, path: string, message: string) => void;

/** A path inside a JSON file as a reader writes it: `relations[3].evidence[0].start`. */
export function formatIssuePath(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (out, part) => (typeof part === 'number' ? `${out}[${part}]` : out ? `${out}.${String(part)}` : String(part)),
    '',
  );
}

/** Longer than any label, description, quote or reason needs: a paste gone wrong. */
export const MAX_FIELD_LENGTH = 5000;

/** The file's text: strict UTF-8 (the first bad byte named) and no byte-order mark. */
function readText(file: RawFile, report: Report): string | undefined {
  let text: string;
  if (typeof file.content === 'string') text = file.content;
  else {
    const decoded = decodeUtf8(file.content);
    if ('badByte' in decoded) {
      report(file.path, '', `not valid UTF-8: invalid byte at offset ${decoded.badByte}; save the file as UTF-8`);
      return undefined;
    }
    text = decoded.text;
  }
  if (text.startsWith('\uFEFF')) {
    report(file.path, '', 'the file starts with a byte-order mark (BOM, U+FEFF); save it as UTF-8 without BOM');
    return undefined;
  }
  return text;
}

export function readJson(file: RawFile, report: Report): unknown {
  const text = readText(file, report);
  if (text === undefined) return undefined;
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    report(file.path, '', `invalid JSON at ${describeJsonError(text, error)}`);
    return undefined;
  }
  reportStrings(json, [], (path, value) => {
    if (!isNfc(value)) report(file.path, path, 'text is not in Unicode NFC form');
    if (value.length > MAX_FIELD_LENGTH) {
      report(file.path, path, `text of ${value.length} characters, more than the ${MAX_FIELD_LENGTH} a field may hold`);
    }
  });
  return json;
}

export function check<T>(value: unknown, schema: z.ZodType<T>, file: string, prefix: PropertyKey[], report: Report): T | undefined {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  for (const issue of parsed.error.issues) report(file, formatIssuePath([...prefix, ...issue.path]), issue.message);
  return undefined;
}

/**
 * Checks a `{ "<key>": [...] }` file item by item, so one malformed item does not hide the
 * problems of the others. Returns the well-formed items and the raw ones (for id look-ups).
 */
function parseList<T>(file: RawFile, key: string, itemSchema: z.ZodType<T>, report: Report) {
  const json = readJson(file, report);
  if (json === undefined) return undefined;
  const envelope = check(json, z.looseObject({ $schema: z.string().optional(), [key]: z.array(z.unknown()) }), file.path, [], report);
  if (!envelope) return undefined;
  const rawItems = envelope[key] as unknown[];
  const extra = Object.keys(envelope).filter((k) => k !== key && k !== '$schema');
  if (extra.length > 0) report(file.path, '', `unexpected top-level key(s): ${extra.join(', ')}`);
  const items = rawItems.flatMap((item, i) => {
    const parsed = check(item, itemSchema, file.path, [key, i], report);
    return parsed === undefined ? [] : [{ index: i, item: parsed }];
  });
  return { items, rawItems };
}

function reportStrings(value: unknown, path: (string | number)[], onString: (path: string, value: string) => void): void {
  if (typeof value === 'string') onString(formatIssuePath(path), value);
  else if (Array.isArray(value)) value.forEach((item, i) => reportStrings(item, [...path, i], onString));
  else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) reportStrings(item, [...path, key], onString);
  }
}

/** The sources, and the ids of those whose text could not be read (their quotes go unchecked, not misreported). */
function loadSources(raw: RawSource[], report: Report): { sources: Source[]; unreadable: Set<string> } {
  const sources: Source[] = [];
  const unreadable = new Set<string>();
  const seen = new Set<string>();
  for (const { meta, text } of raw) {
    const json = readJson(meta, report);
    const parsed = json === undefined ? undefined : check(json, sourceMetaSchema, meta.path, [], report);
    if (!parsed) continue;
    if (seen.has(parsed.id)) report(meta.path, 'id', `duplicate source id "${parsed.id}"`);
    if (!meta.path.endsWith(`${parsed.id}.json`)) {
      report(meta.path, 'id', `source id "${parsed.id}" does not match its file name (expected ${parsed.id}.json)`);
    }
    seen.add(parsed.id);
    if (parsed.dateInferred && !parsed.date) report(meta.path, 'dateInferred', 'gives a reason but no date');
    if (!text) {
      report(meta.path, 'id', `no text file for source "${parsed.id}" (expected ${parsed.id}.txt beside it)`);
      continue;
    }
    const content = readText(text, report);
    if (content === undefined) unreadable.add(parsed.id);
    else if (!isNfc(content)) report(text.path, '', 'text is not in Unicode NFC form');
    sources.push({ ...parsed, text: content ?? '' });
  }
  return { sources, unreadable };
}

type Indexed<T> = { index: number; item: T };

type SourceIndex = { sources: Map<string, Source>; unreadable: Set<string> };

function checkEntities(entities: Indexed<Entity>[], file: string, texts: SourceIndex, report: Report): void {
  const seen = new Set<string>();
  entities.forEach(({ index: i, item: entity }) => {
    if (seen.has(entity.id)) report(file, `entities[${i}].id`, `duplicate entity id "${entity.id}"`);
    seen.add(entity.id);
    if (entity.category && entity.kind !== 'actor') {
      report(file, `entities[${i}].category`, `only actors have a category; "${entity.id}" is a ${entity.kind}`);
    }
    entity.mentions?.forEach((mention, j) => checkEvidence(mention, file, `entities[${i}].mentions[${j}]`, texts, report));
  });
}

/** A quote stands exactly at its offsets in a known source. */
function checkEvidence(evidence: Evidence, file: string, where: string, { sources, unreadable }: SourceIndex, report: Report): void {
  const source = sources.get(evidence.source);
  if (!source) {
    report(file, `${where}.source`, `unknown source id "${evidence.source}"`);
    return;
  }
  if (evidence.gloss !== undefined && source.language === 'en') report(file, `${where}.gloss`, 'a gloss renders a quote in English: this quote is English already');
  if (evidence.gloss !== undefined && evidence.gloss === evidence.quote) report(file, `${where}.gloss`, 'repeats the quote: a gloss is its English rendering');
  if (unreadable.has(evidence.source)) return;
  if (evidence.end <= evidence.start) report(file, `${where}.end`, `end ${evidence.end} is not after start ${evidence.start}`);
  else if (source.text.slice(evidence.start, evidence.end) !== evidence.quote) {
    report(file, `${where}.start`, describeQuoteMismatch(source.text, evidence.quote, evidence.start, evidence.end));
  }
}

function describeQuoteMismatch(text: string, quote: string, start: number, end: number): string {
  const found = findOccurrences(text, quote);
  const where =
    found.length === 0
      ? 'it does not occur in the source at all'
      : `it occurs at ${found.map((at) => `${at}–${at + quote.length}`).join(', ')}`;
  return `quote "${quote}" is not at ${start}–${end} (the text there is "${text.slice(start, end)}"); ${where}`;
}

function checkRelations(
  relations: Indexed<Relation>[],
  file: string,
  entityIds: Set<string>,
  kinds: Map<string, Kind>,
  texts: SourceIndex,
  report: Report,
): void {
  const seen = new Set<string>();
  relations.forEach(({ index: i, item: relation }) => {
    const at = `relations[${i}]`;
    for (const end of ['source', 'target'] as const) {
      if (!entityIds.has(relation[end])) report(file, `${at}.${end}`, `unknown entity id "${relation[end]}"`);
    }
    const [sourceKind, targetKind] = [kinds.get(relation.source), kinds.get(relation.target)];
    if (sourceKind && targetKind && !predicateAllows(relation.predicate, sourceKind, targetKind)) {
      report(file, `${at}.predicate`, describeKindMismatch(relation.predicate, sourceKind, targetKind));
    }
    if (relation.source === relation.target) report(file, at, `relation from "${relation.source}" to itself`);
    const key = relationId(relation);
    if (seen.has(key)) report(file, at, `duplicate relation ${key}: add its evidence to the first one instead`);
    seen.add(key);
    if (relation.dateInferred && !relation.date) report(file, `${at}.dateInferred`, 'gives a reason but no date');
    relation.evidence.forEach((evidence, j) => checkEvidence(evidence, file, `${at}.evidence[${j}]`, texts, report));
  });
}

/** "signs" links an actor to an agreement or a partnership, not to a domain: say which kinds it takes. */
export function describeKindMismatch(predicate: Predicate, source: Kind, target: Kind): string {
  if (predicate === 'related_to') return '';
  const { sources, targets } = PREDICATE_KINDS[predicate];
  return `"${predicate}" goes from ${sources.join(' / ')} to ${targets.join(' / ')}, not from ${source} to ${target}`;
}

/** Predicates that build a hierarchy: following one of them must never lead back to the start. */
export const HIERARCHY_PREDICATES = ['part_of', 'belongs_to', 'located_in', 'instance_of'] as const;

/** A cycle of any length within one hierarchy predicate, reported once, at the relation that closes it. */
function checkHierarchyCycles(relations: Indexed<Relation>[], file: string, report: Report): void {
  for (const predicate of HIERARCHY_PREDICATES) {
    const next = new Map<string, Indexed<Relation>[]>();
    for (const r of relations) {
      if (r.item.predicate !== predicate) continue;
      addTo(next, r.item.source, r);
    }
    const state = new Map<string, 'open' | 'done'>();
    const trail: string[] = [];
    const visit = (node: string): void => {
      state.set(node, 'open');
      trail.push(node);
      for (const r of next.get(node) ?? []) {
        const target = r.item.target;
        if (state.get(target) === 'open') {
          const loop = [...trail.slice(trail.indexOf(target)), target];
          report(file, `relations[${r.index}]`, `${predicate} goes round in a circle: ${loop.join(' → ')}`);
        } else if (!state.has(target)) visit(target);
      }
      trail.pop();
      state.set(node, 'done');
    };
    for (const start of next.keys()) if (!state.has(start)) visit(start);
  }
}

/**
 * String values of the given fields across raw items, well-formed or not: a malformed entity
 * still names an id, and a malformed relation still links its ends, so one mistake is
 * reported once rather than echoed by every item that refers to it.
 */
function idsIn(rawItems: unknown[], fields: string[]): Set<string> {
  const ids = new Set<string>();
  for (const item of rawItems) {
    if (item === null || typeof item !== 'object') continue;
    for (const field of fields) {
      const value = (item as Record<string, unknown>)[field];
      if (typeof value === 'string') ids.add(value);
    }
  }
  return ids;
}

function checkEveryEntityLinked(entities: Indexed<Entity>[], linked: Set<string>, file: string, report: Report): void {
  entities.forEach(({ index: i, item: entity }) => {
    if (!linked.has(entity.id) && !entity.mentions?.length) {
      report(file, `entities[${i}]`, `"${entity.id}" takes part in no relation and has no mention: no evidence ties it to a source`);
    }
  });
}

export function validateDataset(raw: RawDataset): { dataset?: Dataset; errors: ValidationError[] } {
  const errors: ValidationError[] = [];
  const report: Report = (file, path, message) => errors.push({ file, path, message });

  const { sources, unreadable } = loadSources(raw.sources, report);
  const entities = parseList(raw.entities, 'entities', entitySchema, report);
  const relations = parseList(raw.relations, 'relations', relationSchema, report);
  if (!entities || !relations) return { errors };

  const texts: SourceIndex = { sources: new Map(sources.map((s) => [s.id, s])), unreadable };
  checkEntities(entities.items, raw.entities.path, texts, report);
  const kinds = new Map(entities.items.map(({ item }) => [item.id, item.kind]));
  checkRelations(relations.items, raw.relations.path, idsIn(entities.rawItems, ['id']), kinds, texts, report);
  checkHierarchyCycles(relations.items, raw.relations.path, report);
  checkEveryEntityLinked(entities.items, idsIn(relations.rawItems, ['source', 'target']), raw.entities.path, report);

  if (errors.length > 0) return { errors };
  return {
    dataset: { sources, entities: entities.items.map((e) => e.item), relations: relations.items.map((r) => r.item) },
    errors,
  };
}
