/**
 * What the ingest proposes for one article. Offsets are UTF-16 units into the normalised (NFC,
 * LF) text, end exclusive: `text.slice(start, end) === quote` for every span.
 */
import type { Kind, Predicate } from '../model/vocabulary';

/** Proposals use the curated vocabulary only (no "other" kind, no "related_to"). */
export type CuratedKind = Exclude<Kind, 'other'>;
export type CuratedPredicate = Exclude<Predicate, 'related_to'>;

export type Span = { start: number; end: number; quote: string };

/** One end of a proposed relation: an entity of the graph, or a new entity the article brings. */
export type EndRef = { entity: string } | { candidate: string };

export type MentionMethod = 'label' | 'alias' | 'short-form' | 'state-adjective';

export type Mention = Span & ({ entity: string } | { candidate: string }) & { method: MentionMethod | CandidateRule };

export type CandidateRule = 'acronym-definition' | 'quoted-name' | 'quoted-title' | 'capitalised-run' | 'name-head' | 'domain-phrase' | 'domain-list' | 'office-title' | 'person-name' | 'dateline' | 'state-in-name' | 'body-in-office' | 'side-in-name' | 'event-phrase' | 'instrument-phrase' | 'topic-in-name' | 'place-in-name' | 'abbreviation-in-name' | 'organisation-in-name' | 'field-term';

/** A name a candidate rule found, as a range of tokens, before candidates are built from it. */
export type RawCandidate = {
  first: number;
  last: number;
  kind: CuratedKind;
  rule: CandidateRule;
  score: number;
  acronym?: string;
  person?: boolean;
  /** What kind of actor, where the rule can tell: the relations an office or a person states read it. */
  category?: 'state' | 'organisation' | 'body' | 'office' | 'person';
  /** Whose office an English office in lower case is, said before it: "Damen" of "Damen's regional director". */
  owner?: string;
};

/** A known entity a new name resembles, and why: the meaningful words the two names share. */
export type Similar = { entity: string; score: number; shared?: string[] };

export type Candidate = {
  key: string;
  /** The name as the article writes it. */
  label: string;
  /** An English label where the text gives one (a Latin-script name); the reviewer supplies the rest. */
  labelEn?: string;
  /** An abbreviation the article defines for it, e.g. "FPA". */
  acronym?: string;
  kind: CuratedKind;
  /** For actors: "person" where the text names a person ("ông …", a Latin-script name). */
  category?: 'person';
  rule: CandidateRule;
  score: number;
  mentions: Span[];
  similar: Similar[];
};

/** A phrase that points to the article's main instrument ("hai bên", "thỏa thuận", "văn kiện"). */
export type Reference = Span & { resolvesTo: 'main' };

export type RelationProposal = {
  id: string;
  source: EndRef;
  predicate: CuratedPredicate;
  target: EndRef;
  evidence: Span;
  rule: string;
  score: number;
  /** Set when an end was reached through a reference to the main instrument. */
  viaReference?: 'source' | 'target';
  /** The words of that reference ("hai bên", "văn kiện", "Theo đó"), when the sentence has them. */
  viaSpan?: Span;
  /** The id of the curated relation with the same triple: accepting adds evidence to it. */
  existing?: string;
  sentence: number;
};

export type Proposals = {
  text: string;
  sentences: { start: number; end: number }[];
  mentions: Mention[];
  candidates: Candidate[];
  references: Reference[];
  /** The agreement or partnership that "hai bên", "thỏa thuận" … refer to, best guess first. */
  mainInstrument: EndRef[];
  relations: RelationProposal[];
};

export function refKey(ref: EndRef): string {
  return 'entity' in ref ? `entity:${ref.entity}` : `candidate:${ref.candidate}`;
}

/** The end a `refKey` names. */
export function parseRefKey(key: string): EndRef {
  const [type, id] = key.split(/:(.*)/s) as [string, string];
  return type === 'entity' ? { entity: id } : { candidate: id };
}
