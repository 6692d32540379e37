/**
 * Profiles answer "what does this actor cooperate on, with whom, under what, resting on what?",
 * "who cooperates on this domain, under what?" and "which agreements invoke this framework, and
 * where is it written?" in one step. They follow the two-hop paths the
 * curated graph uses (actor → agreement/partnership → domain/framework), so the answer that sits
 * two hops away from an actor is listed on the actor itself, each item with the relations that
 * support it (and through them, the quotes).
 */
import type { KnowledgeGraph } from '../model/graph';
import type { Kind, Predicate } from '../model/vocabulary';

export type ProfileItem = {
  /** The entity listed: a partner, an instrument, a domain or a framework. */
  id: string;
  /**
   * What it is reached through, empty when it is linked directly: the instruments (agreements,
   * partnerships) on an actor's or a domain's profile, the domains on a framework's.
   */
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

export type FrameworkProfile = {
  type: 'framework';
  id: string;
  /**
   * The agreements and partnerships that invoke it: directly (the instrument rests on it), or
   * through a domain they cover that rests on it when one article states both (via: that domain).
   */
  instruments: ProfileItem[];
  /** Actors bound to it directly (a party to it, taking part in it). */
  actors: ProfileItem[];
  /** The domains that rest on it. */
  domains: ProfileItem[];
};

export type Profile = ActorProfile | DomainProfile | FrameworkProfile;

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

/** The articles a relation's quotes come from. */
function articlesOf(graph: KnowledgeGraph, edge: string): Set<string> {
  return new Set(graph.getEdgeAttribute(edge, 'evidence').map((e) => e.source));
}

export function frameworkProfile(graph: KnowledgeGraph, framework: string): FrameworkProfile {
  const instruments = new Items();
  const actors = new Items();
  const domains = new Items();
  for (const step of inSteps(graph, framework)) {
    if (INSTRUMENT_KINDS.has(step.kind) && RESTS_ON.has(step.predicate)) instruments.add(step.other, null, [step.edge]);
    if (step.kind === 'actor' && ACTOR_FRAMEWORK.has(step.predicate)) actors.add(step.other, null, [step.edge]);
    if (step.kind !== 'domain' || !RESTS_ON.has(step.predicate)) continue;
    domains.add(step.other, null, [step.edge]);
    // An instrument covering this domain invokes the framework through it only where one article says both:
    // the EU–Norway partnership covers cyber security too, but only the 2019 article names the Budapest Convention.
    const stated = articlesOf(graph, step.edge);
    for (const cover of inSteps(graph, step.other)) {
      if (!INSTRUMENT_KINDS.has(cover.kind) || !COVERS.has(cover.predicate)) continue;
      if ([...articlesOf(graph, cover.edge)].some((source) => stated.has(source))) instruments.add(cover.other, step.other, [cover.edge, step.edge]);
    }
  }
  return { type: 'framework', id: framework, instruments: instruments.list(), actors: actors.list(), domains: domains.list() };
}

/** A profile's lists in the order a reader wants them, each under the name of what it answers. */
export type SectionKey = 'partners' | 'domains' | 'instruments' | 'frameworks' | 'actors' | 'coveredBy' | 'domainFrameworks' | 'invokedBy' | 'frameworkActors' | 'frameworkDomains';

export function profileSections(profile: Profile): { key: SectionKey; items: ProfileItem[] }[] {
  if (profile.type === 'actor') {
    return [
      { key: 'partners', items: profile.partners },
      { key: 'domains', items: profile.domains },
      { key: 'instruments', items: profile.instruments },
      { key: 'frameworks', items: profile.frameworks },
    ];
  }
  if (profile.type === 'domain') {
    return [
      { key: 'actors', items: profile.actors },
      { key: 'coveredBy', items: profile.instruments },
      { key: 'domainFrameworks', items: profile.frameworks },
    ];
  }
  return [
    { key: 'invokedBy', items: profile.instruments },
    { key: 'frameworkActors', items: profile.actors },
    { key: 'frameworkDomains', items: profile.domains },
  ];
}

/** The profile an entity has, if its kind has one. */
export function profileOf(graph: KnowledgeGraph, id: string): Profile | null {
  if (!graph.hasNode(id)) return null;
  const kind = graph.getNodeAttribute(id, 'kind');
  if (kind === 'actor') return actorProfile(graph, id);
  if (kind === 'domain') return domainProfile(graph, id);
  if (kind === 'framework') return frameworkProfile(graph, id);
  return null;
}
