/**
 * Profiles answer "what does this actor cooperate on, with whom, under what, resting on what?" and
 * "who cooperates on this domain, under what?" in one step. They follow the two-hop paths the
 * curated graph uses (actor → agreement/partnership → domain/framework), so the answer that sits
 * two hops away from an actor is listed on the actor itself, each item with the relations that
 * support it (and through them, the quotes).
 */
import type { KnowledgeGraph } from '../model/graph';
import type { Kind, Predicate } from '../model/vocabulary';

export type ProfileItem = {
  /** The entity listed: a partner, an instrument, a domain or a framework. */
  id: string;
  /** The instruments (agreements, partnerships) through which it is reached; empty when it is linked directly. */
  via: string[];
  /**
   * The relations that state the item itself, each with its evidence: for an item reached through an
   * instrument, the instrument's link to it (the subject's link to the instrument is on the instrument).
   */
  edges: string[];
};

export type ActorProfile = {
  type: 'actor';
  id: string;
  partners: ProfileItem[];
  instruments: ProfileItem[];
  domains: ProfileItem[];
  frameworks: ProfileItem[];
};

export type DomainProfile = {
  type: 'domain';
  id: string;
  actors: ProfileItem[];
  instruments: ProfileItem[];
  frameworks: ProfileItem[];
};

export type Profile = ActorProfile | DomainProfile;

const INSTRUMENT_KINDS: ReadonlySet<Kind> = new Set(['agreement', 'partnership']);
/** How an actor takes part in an instrument. */
const JOINS: ReadonlySet<Predicate> = new Set(['signs', 'party_to', 'negotiates']);
/** How an instrument reaches a domain. */
const COVERS: ReadonlySet<Predicate> = new Set(['covers', 'contributes_to']);
/** How an instrument (or a domain) rests on a framework. */
const RESTS_ON: ReadonlySet<Predicate> = new Set(['grounded_in', 'references', 'implements', 'instance_of']);
/** How an actor is bound to a framework without an instrument between. */
const ACTOR_FRAMEWORK: ReadonlySet<Predicate> = new Set(['party_to', 'participates_in']);
/** Direct links between two actors that make them partners. */
const ACTOR_ACTOR: ReadonlySet<Predicate> = new Set(['cooperates_with', 'diplomatic_relations_with']);
/** Offices, people and bodies act for a partner but are not partners themselves. */
const PARTNER_CATEGORIES: ReadonlySet<string | undefined> = new Set(['state', 'organisation', undefined]);

/** Collects items by id, merging the instruments and relations that lead to the same one. */
class Items {
  private readonly byId = new Map<string, { via: Set<string>; edges: Set<string> }>();

  add(id: string, via: string | null, edges: string[]): void {
    const item = this.byId.get(id) ?? { via: new Set(), edges: new Set() };
    if (via) item.via.add(via);
    edges.forEach((e) => item.edges.add(e));
    this.byId.set(id, item);
  }

  list(): ProfileItem[] {
    return [...this.byId].map(([id, { via, edges }]) => ({ id, via: [...via], edges: [...edges] }));
  }
}

type Step = { edge: string; other: string; predicate: Predicate; kind: Kind };

function outSteps(graph: KnowledgeGraph, node: string): Step[] {
  const steps: Step[] = [];
  graph.forEachOutEdge(node, (edge, attrs, _source, target) =>
    steps.push({ edge, other: target, predicate: attrs.predicate, kind: graph.getNodeAttribute(target, 'kind') }),
  );
  return steps;
}

function inSteps(graph: KnowledgeGraph, node: string): Step[] {
  const steps: Step[] = [];
  graph.forEachInEdge(node, (edge, attrs, source) =>
    steps.push({ edge, other: source, predicate: attrs.predicate, kind: graph.getNodeAttribute(source, 'kind') }),
  );
  return steps;
}

/** The actors that take part in an instrument, with the relation that says so. */
function membersOf(graph: KnowledgeGraph, instrument: string): Step[] {
  return inSteps(graph, instrument).filter((s) => s.kind === 'actor' && JOINS.has(s.predicate));
}

function isPartner(graph: KnowledgeGraph, id: string): boolean {
  return PARTNER_CATEGORIES.has(graph.getNodeAttribute(id, 'category'));
}

export function actorProfile(graph: KnowledgeGraph, actor: string): ActorProfile {
  const partners = new Items();
  const instruments = new Items();
  const domains = new Items();
  const frameworks = new Items();
  for (const step of outSteps(graph, actor)) {
    if (step.kind === 'framework' && ACTOR_FRAMEWORK.has(step.predicate)) frameworks.add(step.other, null, [step.edge]);
    if (step.kind === 'actor' && ACTOR_ACTOR.has(step.predicate) && isPartner(graph, step.other)) {
      partners.add(step.other, null, [step.edge]);
    }
    if (!INSTRUMENT_KINDS.has(step.kind) || !JOINS.has(step.predicate)) continue;
    const instrument = step.other;
    instruments.add(instrument, null, [step.edge]);
    for (const member of membersOf(graph, instrument)) {
      if (member.other !== actor && isPartner(graph, member.other)) partners.add(member.other, instrument, [member.edge]);
    }
    for (const next of outSteps(graph, instrument)) {
      if (next.kind === 'domain' && COVERS.has(next.predicate)) domains.add(next.other, instrument, [next.edge]);
      if (next.kind === 'framework' && RESTS_ON.has(next.predicate)) frameworks.add(next.other, instrument, [next.edge]);
    }
  }
  for (const step of inSteps(graph, actor)) {
    if (step.kind === 'actor' && ACTOR_ACTOR.has(step.predicate) && isPartner(graph, step.other)) {
      partners.add(step.other, null, [step.edge]);
    }
  }
  return { type: 'actor', id: actor, partners: partners.list(), instruments: instruments.list(), domains: domains.list(), frameworks: frameworks.list() };
}

export function domainProfile(graph: KnowledgeGraph, domain: string): DomainProfile {
  const actors = new Items();
  const instruments = new Items();
  const frameworks = new Items();
  for (const step of inSteps(graph, domain)) {
    if (!INSTRUMENT_KINDS.has(step.kind) || !COVERS.has(step.predicate)) continue;
    const instrument = step.other;
    instruments.add(instrument, null, [step.edge]);
    for (const member of membersOf(graph, instrument)) {
      if (isPartner(graph, member.other)) actors.add(member.other, instrument, [member.edge]);
    }
  }
  for (const step of outSteps(graph, domain)) {
    if (step.kind === 'framework' && RESTS_ON.has(step.predicate)) frameworks.add(step.other, null, [step.edge]);
  }
  return { type: 'domain', id: domain, actors: actors.list(), instruments: instruments.list(), frameworks: frameworks.list() };
}

/** The profile an entity has, if its kind has one. */
export function profileOf(graph: KnowledgeGraph, id: string): Profile | null {
  if (!graph.hasNode(id)) return null;
  const kind = graph.getNodeAttribute(id, 'kind');
  if (kind === 'actor') return actorProfile(graph, id);
  if (kind === 'domain') return domainProfile(graph, id);
  return null;
}
