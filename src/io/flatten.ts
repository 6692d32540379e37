/**
 * Graph attributes as flat, typed columns, for the formats that cannot nest (GEXF, GraphML,
 * CSV): bilingual labels and inference reasons become label_vi / label_en, inferred_vi /
 * inferred_en…, lists and evidence become JSON strings
 * (lossless), with a readable evidence_text beside them. `unflatten*` reverses it exactly.
 */
import type { EdgeAttributes, EntityDate, NodeAttributes } from '../model/graph';
import type { Evidence } from '../model/schema';
import { KINDS, PREDICATES, type Bilingual, type Kind, type Predicate } from '../model/vocabulary';

export type ColumnType = 'string' | 'double' | 'int';
export type Column = { name: string; type: ColumnType };
export type FlatRecord = Record<string, string | number | undefined>;

export const NODE_COLUMNS: Column[] = [
  { name: 'label_vi', type: 'string' },
  { name: 'label_en', type: 'string' },
  { name: 'kind', type: 'string' },
  { name: 'category', type: 'string' },
  { name: 'aliases', type: 'string' },
  { name: 'description_vi', type: 'string' },
  { name: 'description_en', type: 'string' },
  { name: 'dates', type: 'string' },
  { name: 'sources', type: 'string' },
  { name: 'color', type: 'string' },
  { name: 'x', type: 'double' },
  { name: 'y', type: 'double' },
  { name: 'size', type: 'double' },
];

export const EDGE_COLUMNS: Column[] = [
  { name: 'predicate', type: 'string' },
  { name: 'predicate_vi', type: 'string' },
  { name: 'predicate_en', type: 'string' },
  { name: 'label_vi', type: 'string' },
  { name: 'label_en', type: 'string' },
  { name: 'date', type: 'string' },
  { name: 'date_inferred_vi', type: 'string' },
  { name: 'date_inferred_en', type: 'string' },
  { name: 'inferred_vi', type: 'string' },
  { name: 'inferred_en', type: 'string' },
  { name: 'evidence', type: 'string' },
  { name: 'evidence_text', type: 'string' },
];

export function flattenNode(a: NodeAttributes): FlatRecord {
  return {
    label_vi: a.labels.vi,
    label_en: a.labels.en,
    kind: a.kind,
    category: a.category,
    aliases: JSON.stringify(a.aliases),
    description_vi: a.description.vi,
    description_en: a.description.en,
    dates: JSON.stringify(a.dates),
    sources: JSON.stringify(a.sources),
    color: a.color,
    x: a.x,
    y: a.y,
    size: a.size,
  };
}

/** A kind as a class or node label: `actor` → `Actor`, `cyber_unit` → `CyberUnit` (Neo4j labels, RDF classes). */
export const pascalCase = (s: string) => s.replace(/(^|[_\s-]+)(\w)/g, (_m, _sep, c: string) => c.toUpperCase());

/** A #rrggbb colour as 0–255 channels, for the tools that read colour that way (GEXF viz, Gephi's GraphML). */
export function rgbChannels(color: string): { r: number; g: number; b: number } | null {
  const hex = /^#([0-9a-f]{6})$/i.exec(color)?.[1];
  if (!hex) return null;
  const n = parseInt(hex, 16);
  return { r: (n >> 16) & 255, g: (n >> 8) & 255, b: n & 255 };
}

export function evidenceText(evidence: Evidence[]): string {
  return evidence.map((e) => `“${e.quote}” (${e.source}, ${e.start}–${e.end})`).join('\n');
}

export function flattenEdge(a: EdgeAttributes): FlatRecord {
  return {
    predicate: a.predicate,
    predicate_vi: a.predicateLabels.vi,
    predicate_en: a.predicateLabels.en,
    label_vi: a.labels.vi,
    label_en: a.labels.en,
    date: a.date,
    date_inferred_vi: a.dateInferred?.vi,
    date_inferred_en: a.dateInferred?.en,
    inferred_vi: a.inferred?.vi,
    inferred_en: a.inferred?.en,
    evidence: JSON.stringify(a.evidence),
    evidence_text: evidenceText(a.evidence),
  };
}

const str = (value: unknown): string | undefined => (value === undefined || value === null ? undefined : String(value));
const num = (value: unknown, fallback: number): number => {
  const n = typeof value === 'number' ? value : Number(value);
  return Number.isFinite(n) ? n : fallback;
};

function jsonArray<T>(value: unknown, check: (item: unknown) => item is T): T[] {
  if (Array.isArray(value)) return value.filter(check);
  if (typeof value !== 'string' || value.trim() === '') return [];
  try {
    const parsed: unknown = JSON.parse(value);
    return Array.isArray(parsed) ? parsed.filter(check) : [];
  } catch {
    return [];
  }
}

const isString = (v: unknown): v is string => typeof v === 'string';
const isEvidence = (v: unknown): v is Evidence =>
  typeof v === 'object' && v !== null && isString((v as Evidence).source) && isString((v as Evidence).quote) && Number.isInteger((v as Evidence).start) && Number.isInteger((v as Evidence).end);
/** Only the fields evidence has (a file may carry anything else in the object): a gloss only when it is text. */
const evidenceOf = ({ source, quote, start, end, gloss }: Evidence): Evidence => ({ source, quote, start, end, ...(isString(gloss) && gloss.trim() !== '' ? { gloss } : {}) });
type RawDate = { type: string; date: string; dateInferred?: unknown };
const isDate = (v: unknown): v is RawDate => typeof v === 'object' && v !== null && isString((v as RawDate).type) && isString((v as RawDate).date);

const nonEmpty = (value: unknown): string | undefined => (typeof value === 'string' && value !== '' ? value : undefined);

const pairOf = (vi: string | undefined, en: string | undefined): Bilingual | undefined =>
  vi === undefined && en === undefined ? undefined : { vi: vi ?? (en as string), en: en ?? (vi as string) };

/**
 * An inference reason in both languages from a {vi, en} pair, or from a plain string (files
 * written before reasons were bilingual: the same words stand for both languages); a pair with
 * one language missing lends the other. Absent or empty: no reason, so nothing inferred.
 */
export function readReason(value: unknown): Bilingual | undefined {
  if (typeof value === 'object' && value !== null) {
    const { vi, en } = value as Record<string, unknown>;
    return pairOf(nonEmpty(vi), nonEmpty(en));
  }
  const plain = nonEmpty(value);
  return plain === undefined ? undefined : { vi: plain, en: plain };
}

/** A reason from a nested or plain value under `name`, else from flat `<name>_vi` / `<name>_en` columns. */
function reasonOf(flat: Record<string, unknown>, name: string): Bilingual | undefined {
  return readReason(flat[name]) ?? pairOf(nonEmpty(str(flat[`${name}_vi`])), nonEmpty(str(flat[`${name}_en`])));
}

function entityDate({ type, date, dateInferred }: RawDate): EntityDate {
  const reason = readReason(dateInferred);
  return { type: type as EntityDate['type'], date, ...(reason ? { dateInferred: reason } : {}) };
}

/**
 * A {vi, en} pair from our own JSON, or from flat `<name>_vi` / `<name>_en` columns, else the
 * fallback: one word for both languages (the file's own), or a pair (our vocabulary's).
 */
function bilingual(flat: Record<string, unknown>, name: string, fallback: string | Bilingual): Bilingual {
  const nested = flat[name];
  if (typeof nested === 'object' && nested !== null) {
    const { vi, en } = nested as Record<string, unknown>;
    if (typeof vi === 'string' && typeof en === 'string') return { vi, en };
  }
  const plain = typeof nested === 'string' ? nested : undefined;
  const or = (lang: keyof Bilingual) => plain ?? (typeof fallback === 'string' ? fallback : fallback[lang]);
  return { vi: str(flat[`${name}_vi`]) ?? or('vi'), en: str(flat[`${name}_en`]) ?? or('en') };
}

/** Colours as #rrggbb; GEXF readers hand back rgb(r,g,b). */
function hexColor(value: unknown): string | undefined {
  const text = str(value);
  const rgb = text && /^rgba?\(\s*(\d+)\s*,\s*(\d+)\s*,\s*(\d+)/.exec(text);
  if (!rgb) return text;
  return `#${rgb.slice(1, 4).map((c) => Math.min(255, Number(c)).toString(16).padStart(2, '0')).join('')}`;
}

/**
 * Our node attributes from whatever a file carried: our own columns (flat or nested) when
 * present, else the common ones (label, color, x, y, size); an unknown kind becomes "other",
 * its name kept as the category.
 */
export function unflattenNode(id: string, flat: Record<string, unknown>): NodeAttributes {
  const labels = bilingual(flat, 'label', str(flat.label) ?? id);
  const nestedLabels = bilingual(flat, 'labels', '');
  const names = nestedLabels.vi || nestedLabels.en ? nestedLabels : labels;
  const rawKind = str(flat.kind) ?? str(flat.type);
  const kind: Kind = rawKind && Object.hasOwn(KINDS, rawKind) ? (rawKind as Kind) : 'other';
  const category = str(flat.category) ?? (rawKind && kind !== rawKind ? rawKind : undefined);
  return {
    label: names.en,
    labels: names,
    kind,
    ...(category ? { category } : {}),
    aliases: jsonArray(flat.aliases, isString),
    description: bilingual(flat, 'description', ''),
    dates: jsonArray(flat.dates, isDate).map(entityDate),
    sources: jsonArray(flat.sources, isString),
    color: hexColor(flat.color) ?? KINDS[kind].color,
    x: num(flat.x, NaN),
    y: num(flat.y, NaN),
    size: num(flat.size, 4),
  };
}

export function unflattenEdge(flat: Record<string, unknown>): EdgeAttributes {
  const rawPredicate = str(flat.predicate) ?? str(flat.kind);
  const predicate: Predicate = rawPredicate && Object.hasOwn(PREDICATES, rawPredicate) ? (rawPredicate as Predicate) : 'related_to';
  // An edge the file does not name reads as its predicate, in each language.
  // (A predicate the file names by our id reads as our words; one we do not know, as its own word.)
  const fallback = str(flat.label) ?? (rawPredicate !== undefined && rawPredicate !== predicate ? rawPredicate : PREDICATES[predicate]);
  const nested = bilingual(flat, 'labels', '');
  const labels = nested.vi || nested.en ? nested : bilingual(flat, 'label', fallback);
  const predicateLabels = bilingual(flat, 'predicateLabels', '');
  const date = str(flat.date);
  const dateInferred = reasonOf(flat, 'date_inferred') ?? reasonOf(flat, 'dateInferred');
  const inferred = reasonOf(flat, 'inferred');
  return {
    label: labels.en,
    predicate,
    predicateLabels: predicateLabels.vi || predicateLabels.en ? predicateLabels : { vi: str(flat.predicate_vi) ?? PREDICATES[predicate].vi, en: str(flat.predicate_en) ?? PREDICATES[predicate].en },
    labels,
    ...(date ? { date } : {}),
    ...(dateInferred ? { dateInferred } : {}),
    ...(inferred ? { inferred } : {}),
    evidence: jsonArray(flat.evidence, isEvidence).map(evidenceOf),
  };
}
