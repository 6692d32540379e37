/**
 * The closed vocabularies of the graph: entity kinds and relation predicates, each with its
 * labels in both languages. The validator refuses anything not listed here.
 */
export type Bilingual = { vi: string; en: string };

export const KINDS = {
  actor: { vi: 'Chủ thể', en: 'Actor', color: '#d9480f' },
  agreement: { vi: 'Thỏa thuận', en: 'Agreement', color: '#1971c2' },
  partnership: { vi: 'Quan hệ đối tác', en: 'Partnership', color: '#0c8599' },
  framework: { vi: 'Khuôn khổ chính sách', en: 'Policy framework', color: '#7048e8' },
  domain: { vi: 'Lĩnh vực hợp tác', en: 'Cooperation domain', color: '#2f9e44' },
  event: { vi: 'Sự kiện', en: 'Event', color: '#c2255c' },
  place: { vi: 'Địa điểm', en: 'Place', color: '#868e96' },
  /** For imported graphs whose kinds are not ours; curated data never uses it. */
  other: { vi: 'Khác', en: 'Other', color: '#495057' },
} as const satisfies Record<string, Bilingual & { color: string }>;

export type Kind = keyof typeof KINDS;
export const KIND_IDS = Object.keys(KINDS) as Kind[];
/** The kinds a curator may use: "other" is only for imported graphs. */
export const CURATED_KIND_IDS = KIND_IDS.filter((k) => k !== 'other');

/** Finer grain for actors, shown in the details panel; not a separate colour. */
export const ACTOR_CATEGORIES = ['state', 'organisation', 'body', 'office', 'person'] as const;

export const ACTOR_CATEGORY_LABELS = {
  state: { vi: 'Quốc gia', en: 'State' },
  organisation: { vi: 'Tổ chức', en: 'Organisation' },
  body: { vi: 'Cơ quan', en: 'Body' },
  office: { vi: 'Chức vụ', en: 'Office' },
  person: { vi: 'Cá nhân', en: 'Person' },
} as const satisfies Record<(typeof ACTOR_CATEGORIES)[number], Bilingual>;

/** A category's label; an imported graph's own category (not ours) is shown as it came. */
export function actorCategoryLabel(category: string, lang: keyof Bilingual): string {
  return Object.hasOwn(ACTOR_CATEGORY_LABELS, category) ? ACTOR_CATEGORY_LABELS[category as keyof typeof ACTOR_CATEGORY_LABELS][lang] : category;
}

export const PREDICATES = {
  signs: { vi: 'ký', en: 'signs' },
  party_to: { vi: 'là bên của', en: 'is party to' },
  negotiates: { vi: 'đàm phán', en: 'negotiates' },
  covers: { vi: 'bao gồm lĩnh vực', en: 'covers' },
  participates_in: { vi: 'tham gia', en: 'participates in' },
  supports: { vi: 'ủng hộ', en: 'supports' },
  grounded_in: { vi: 'dựa trên', en: 'is grounded in' },
  references: { vi: 'đề cập đến', en: 'references' },
  contributes_to: { vi: 'đóng góp vào', en: 'contributes to' },
  implements: { vi: 'thực thi', en: 'implements' },
  establishes: { vi: 'thiết lập', en: 'establishes' },
  develops: { vi: 'phát triển', en: 'develops' },
  instance_of: { vi: 'là một', en: 'is an instance of' },
  belongs_to: { vi: 'thuộc về', en: 'belongs to' },
  part_of: { vi: 'là một phần của', en: 'is part of' },
  holds_role: { vi: 'giữ chức', en: 'holds the office of' },
  heads: { vi: 'đứng đầu', en: 'heads' },
  cooperates_with: { vi: 'hợp tác với', en: 'cooperates with' },
  diplomatic_relations_with: { vi: 'có quan hệ ngoại giao với', en: 'has diplomatic relations with' },
  chairs: { vi: 'làm Chủ tịch', en: 'chairs' },
  leads: { vi: 'dẫn dắt', en: 'leads' },
  seeks_to_join: { vi: 'mong muốn tham gia', en: 'seeks to join' },
  signed_at: { vi: 'được ký tại', en: 'signed at' },
  held_at: { vi: 'diễn ra tại', en: 'held at' },
  located_in: { vi: 'nằm ở', en: 'is located in' },
  concerns_region: { vi: 'liên quan đến khu vực', en: 'concerns the region' },
  /** For imported graphs whose relation types are not ours; curated data never uses it. */
  related_to: { vi: 'liên quan đến', en: 'is related to' },
} as const satisfies Record<string, Bilingual>;

export type Predicate = keyof typeof PREDICATES;

/**
 * How a predicate reads inside a sentence, where its name does not: "The Dialogue took place in
 * Hanoi", not "… held at Hanoi". A new relation takes this as its label.
 */
const SENTENCE_PHRASES: Partial<Record<Predicate, Bilingual>> = {
  signed_at: { vi: 'được ký tại', en: 'was signed at' },
  held_at: { vi: 'diễn ra tại', en: 'took place in' },
};

/** Signed in a place, at an occasion: "was signed in Oslo", "was signed at the summit". */
const SIGNED_IN_PLACE: Bilingual = { vi: 'được ký tại', en: 'was signed in' };

/** Chairing an occasion: "Binh chủng Hóa học chủ trì Diễn tập …", not "làm Chủ tịch" (the chair of an organisation or a group). */
const CHAIRS_OCCASION: Bilingual = { vi: 'chủ trì', en: 'chairs' };

/** How the predicate reads in a sentence; the target's kind, where known, picks the English preposition and the Vietnamese verb. */
export function predicatePhrase(predicate: Predicate, targetKind?: Kind): Bilingual {
  if (predicate === 'signed_at' && targetKind === 'place') return SIGNED_IN_PLACE;
  if (predicate === 'chairs' && targetKind === 'event') return CHAIRS_OCCASION;
  return SENTENCE_PHRASES[predicate] ?? PREDICATES[predicate];
}
export const PREDICATE_IDS = Object.keys(PREDICATES) as Predicate[];
/** The predicates a curator may use: "related_to" is only for imported graphs. */
export const CURATED_PREDICATE_IDS = PREDICATE_IDS.filter((p) => p !== 'related_to');

type CuratedKindId = Exclude<Kind, 'other'>;
const ANY_KIND: readonly CuratedKindId[] = ['actor', 'agreement', 'partnership', 'framework', 'domain', 'event', 'place'];
const INSTRUMENTS: readonly CuratedKindId[] = ['agreement', 'partnership', 'framework'];

/**
 * The kinds each predicate may link, source → target: "Norway signs cyber security" is not a
 * statement the graph can hold. The validator refuses a relation outside its predicate's kinds,
 * apply checks before it writes, and the review offers only the predicates two ends allow.
 */
export const PREDICATE_KINDS: Record<Exclude<Predicate, 'related_to'>, { sources: readonly CuratedKindId[]; targets: readonly CuratedKindId[] }> = {
  signs: { sources: ['actor'], targets: ['agreement', 'partnership'] },
  party_to: { sources: ['actor'], targets: INSTRUMENTS },
  negotiates: { sources: ['actor'], targets: ['agreement', 'partnership'] },
  covers: { sources: [...INSTRUMENTS, 'event'], targets: ['domain'] },
  participates_in: { sources: ['actor'], targets: ['framework', 'event', 'partnership', 'domain'] },
  supports: { sources: ['actor', ...INSTRUMENTS], targets: ['actor', ...INSTRUMENTS, 'domain', 'event', 'place'] },
  grounded_in: { sources: [...INSTRUMENTS, 'event'], targets: ['framework', 'agreement'] },
  references: { sources: [...INSTRUMENTS, 'event', 'domain'], targets: [...INSTRUMENTS, 'event'] },
  contributes_to: { sources: ['actor', ...INSTRUMENTS, 'event'], targets: ['domain', 'framework'] },
  implements: { sources: ['actor', ...INSTRUMENTS, 'event'], targets: INSTRUMENTS },
  establishes: { sources: ['actor', ...INSTRUMENTS, 'event'], targets: ['actor', ...INSTRUMENTS, 'event'] },
  develops: { sources: ['actor', 'partnership'], targets: [...INSTRUMENTS, 'domain'] },
  instance_of: { sources: [...INSTRUMENTS, 'event'], targets: ['framework', 'partnership'] },
  belongs_to: { sources: [...INSTRUMENTS, 'domain', 'event', 'place'], targets: ['actor'] },
  part_of: { sources: ANY_KIND, targets: ANY_KIND },
  holds_role: { sources: ['actor'], targets: ['actor'] },
  heads: { sources: ['actor'], targets: ['actor'] },
  cooperates_with: { sources: ['actor'], targets: ['actor'] },
  diplomatic_relations_with: { sources: ['actor'], targets: ['actor'] },
  chairs: { sources: ['actor'], targets: ['actor', 'event', 'framework'] },
  leads: { sources: ['actor'], targets: ['actor', ...INSTRUMENTS, 'event'] },
  seeks_to_join: { sources: ['actor'], targets: ['actor', ...INSTRUMENTS] },
  signed_at: { sources: ['agreement', 'partnership'], targets: ['event', 'place'] },
  held_at: { sources: ['event'], targets: ['place'] },
  located_in: { sources: ['actor', 'event', 'place'], targets: ['place'] },
  concerns_region: { sources: [...INSTRUMENTS, 'domain', 'event'], targets: ['place'] },
};

/** Whether a predicate may link these two kinds ("related_to", for imported graphs, links anything). */
export function predicateAllows(predicate: Predicate, source: Kind, target: Kind): boolean {
  if (predicate === 'related_to') return true;
  const kinds = PREDICATE_KINDS[predicate];
  return (kinds.sources as readonly Kind[]).includes(source) && (kinds.targets as readonly Kind[]).includes(target);
}

/** The predicates a curator may put between two kinds, in the vocabulary's order. */
export function predicatesBetween(source: Kind, target: Kind): Exclude<Predicate, 'related_to'>[] {
  return (Object.keys(PREDICATE_KINDS) as Exclude<Predicate, 'related_to'>[]).filter((p) => predicateAllows(p, source, target));
}

export const DATE_TYPES = {
  signed: { vi: 'Ngày ký', en: 'Signed' },
  entered_into_force: { vi: 'Có hiệu lực', en: 'Entered into force' },
  negotiations_concluded: { vi: 'Kết thúc đàm phán', en: 'Negotiations concluded' },
  held: { vi: 'Diễn ra', en: 'Held' },
  established: { vi: 'Thiết lập', en: 'Established' },
  adopted: { vi: 'Thông qua', en: 'Adopted' },
} as const satisfies Record<string, Bilingual>;

export type DateType = keyof typeof DATE_TYPES;
