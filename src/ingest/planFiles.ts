/**
 * A plan written into the text of entities.json and relations.json so that a write changes only
 * what was decided: untouched records keep their bytes (no "dates": [] gained on read), new ones
 * are appended with their keys in the schema's order and without empty lists, and a record that
 * gains an alias, a mention or a quote changes by that. A team reviews graph-data in git line by line.
 */
import { relationId, type Entity, type Evidence, type Relation } from '../model/schema';
import type { ApplyPlan } from './apply';
import { pushAll } from '../model/collections';

type Json = Record<string, unknown>;

const evidenceJson = (e: Evidence): Json => ({ source: e.source, quote: e.quote, start: e.start, end: e.end });

function entityJson(e: Entity): Json {
  return {
    id: e.id,
    kind: e.kind,
    ...(e.category ? { category: e.category } : {}),
    labels: { vi: e.labels.vi, en: e.labels.en },
    ...(e.aliases.length ? { aliases: e.aliases } : {}),
    description: { vi: e.description.vi, en: e.description.en },
    ...(e.dates.length ? { dates: e.dates.map((d) => ({ type: d.type, date: d.date, ...(d.dateInferred ? { dateInferred: d.dateInferred } : {}) })) } : {}),
    ...(e.mentions?.length ? { mentions: e.mentions.map(evidenceJson) } : {}),
  };
}

function relationJson(r: Relation): Json {
  return { source: r.source, predicate: r.predicate, target: r.target, labels: { vi: r.labels.vi, en: r.labels.en }, evidence: r.evidence.map(evidenceJson) };
}

const serialise = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

/** A list field grown by some items, created where the record had none. */
function grow(record: Json, field: string, items: unknown[]): void {
  if (items.length === 0) return;
  const list = Array.isArray(record[field]) ? (record[field] as unknown[]) : [];
  record[field] = [...list, ...items];
}

/** The files' new text. Their old text must be the validated files (a list under "entities" / "relations"). */
export function writePlanInto(files: { entities: string; relations: string }, plan: ApplyPlan): { entities: string; relations: string } {
  const entitiesFile = JSON.parse(files.entities) as Json & { entities: Json[] };
  const relationsFile = JSON.parse(files.relations) as Json & { relations: Json[] };
  const touches = plan.aliases.length + plan.mentions.length + plan.entities.length;
  if (touches > 0) {
    for (const record of entitiesFile.entities) {
      const id = record.id as string;
      grow(record, 'aliases', plan.aliases.filter((a) => a.entity === id).map((a) => a.alias));
      grow(record, 'mentions', plan.mentions.filter((m) => m.entity === id).map((m) => evidenceJson(m.evidence)));
    }
    pushAll(entitiesFile.entities, plan.entities.map(entityJson));
  }
  if (plan.evidence.length + plan.relations.length > 0) {
    for (const record of relationsFile.relations) {
      const id = relationId(record as Pick<Relation, 'source' | 'predicate' | 'target'>);
      grow(record, 'evidence', plan.evidence.filter((e) => e.relation === id).map((e) => evidenceJson(e.evidence)));
    }
    pushAll(relationsFile.relations, plan.relations.map(relationJson));
  }
  return {
    entities: touches > 0 ? serialise(entitiesFile) : files.entities,
    relations: plan.evidence.length + plan.relations.length > 0 ? serialise(relationsFile) : files.relations,
  };
}
