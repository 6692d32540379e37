/**
 * A relation read as a sentence: "Norway takes part in missions and operations under the Common
 * Security and Defence Policy", "Na Uy tham gia các sáng kiến quốc phòng của EU". Entity labels are
 * written as headings ("Các sáng kiến…", "Search and rescue", "European Union"); inside a sentence a
 * common-noun label starts in lower case, and in English a name such as an agreement or an
 * organisation takes "the". The rules below tell names from common nouns by the entity's kind and
 * the label's own capitals, so the data keeps one label per language and no grammar of its own.
 */
import type { KnowledgeGraph, NodeAttributes } from './graph';
import type { Kind } from './vocabulary';

type Lang = 'vi' | 'en';
type End = Pick<NodeAttributes, 'labels' | 'kind' | 'category'>;

/** Vietnamese words that start a common noun phrase, never a name: "Các quốc gia…", "châu Á". */
const VI_COMMON_START = /^(Các|Những|Châu)\s/u;
const EN_FUNCTION_WORDS = new Set(['of', 'on', 'the', 'for', 'and', 'in', 'to', 'a', 'an', 'with']);

const isCapitalised = (word: string) => /^\p{Lu}/u.test(word);
/** "EU", "UN", "ASEAN-led", "Asia-Pacific": a word with capitals inside is part of a name. */
const isNameWord = (word: string) => /^\p{Lu}[\p{L}\d]*\p{Lu}/u.test(word) || /[–-]\p{Lu}/u.test(word);
const isAcronym = (word: string) => /^\p{Lu}{2,}\b/u.test(word);
const isPossessive = (word: string) => /[’']s$/u.test(word);

function isCommonNoun(label: string, kind: Kind, lang: Lang): boolean {
  if (lang === 'vi' && VI_COMMON_START.test(label)) return true;
  const [first = '', ...rest] = label.split(/\s+/u);
  if (isNameWord(first) || isPossessive(first)) return false;
  if (rest.length === 0) return kind === 'domain';
  // A domain, a partnership or an event is a field, a relationship or a meeting ("Maritime security",
  // "Quan hệ đối tác…", "Meeting of EU defence ministers") unless its first words form a name ("Viet Nam–EU …").
  // Vietnamese names of meetings and exercises often capitalise their first word only: a later capital (not an acronym's)
  // makes one a name ("Diễn tập ứng phó sự cố hóa chất Việt Nam – Lào năm 2027"), kept capitalised mid-sentence.
  if (lang === 'vi' && (kind === 'partnership' || kind === 'event') && rest.some((w) => isCapitalised(w) && !isAcronym(w))) return false;
  if (kind === 'domain' || kind === 'partnership' || kind === 'event') return !isCapitalised(rest[0] ?? '');
  if (kind !== 'framework') return false;
  // A framework is a name ("Strategic Compass", "Charter of the United Nations", "Hiến chương Liên Hợp
  // Quốc") when a later word is capitalised; otherwise a body of rules ("International law", "Luật pháp
  // quốc tế"). English looks at the next word that is not a function word; Vietnamese names often
  // capitalise only their first word, so any later capital (but an acronym's) makes a name.
  if (lang === 'en') return !isCapitalised(rest.find((w) => !EN_FUNCTION_WORDS.has(w)) ?? '');
  return !rest.some((w) => isCapitalised(w) && !isAcronym(w));
}

/** Whether an English name takes "the": agreements, bodies, offices, named policies; not states or people. */
/** States whose English name takes "the": "the Arab Republic of Egypt", "the United Kingdom", "the Philippines". */
const STATE_WITH_THE = /\b(?:Republic|Kingdom|Federation|Union|Emirates|States|Islands|Sultanate)\b|^(?:Philippines|Netherlands|Maldives|Bahamas|Gambia)$/u;

function takesThe(end: End, label: string): boolean {
  // "Viet Nam's International Integration Strategy" has its determiner already.
  if (label.split(/\s+/u).slice(0, 3).some(isPossessive) || /^the\s/iu.test(label)) return false;
  switch (end.kind) {
    case 'agreement':
    case 'partnership':
    case 'event':
      return true;
    case 'framework':
      return !isCommonNoun(label, end.kind, 'en');
    case 'actor':
      if (end.category === 'state') return STATE_WITH_THE.test(label);
      return ['organisation', 'body', 'office'].includes(end.category ?? '') && label.includes(' ');
    default:
      return false;
  }
}

/** The entity's label as the object of a sentence, after its verb. */
export function asObject(end: End, lang: Lang): string {
  const label = end.labels[lang];
  const lowered = isCommonNoun(label, end.kind, lang) ? label.charAt(0).toLocaleLowerCase() + label.slice(1) : label;
  return lang === 'en' && takesThe(end, label) ? `the ${lowered}` : lowered;
}

/** The entity's label as a sentence's first words. */
export function asSubject(end: End, lang: Lang): string {
  const words = lang === 'en' && takesThe(end, end.labels.en) ? `the ${asObject(end, lang).replace(/^the /u, '')}` : end.labels[lang];
  return words.charAt(0).toLocaleUpperCase() + words.slice(1);
}

export type RelationSentence = { subject: string; phrase: string; object: string };

/** A relation as subject, the relation's own phrase, and object, ready to be written one after the other. */
export function relationSentence(graph: KnowledgeGraph, edge: string, lang: Lang): RelationSentence {
  const [source, target] = graph.extremities(edge);
  return {
    subject: asSubject(graph.getNodeAttributes(source), lang),
    phrase: graph.getEdgeAttribute(edge, 'labels')[lang],
    object: asObject(graph.getNodeAttributes(target), lang),
  };
}

/** A relation as one written sentence: "The Strategic Compass is an initiative of the European Union." */
export function relationSentenceText(graph: KnowledgeGraph, edge: string, lang: Lang): string {
  const { subject, phrase, object } = relationSentence(graph, edge, lang);
  return `${subject} ${phrase} ${object}.`;
}

/**
 * A relation's phrase standing alone (a table cell, a label on the canvas): without the commas
 * that set off an aside inside the sentence ("signed, on behalf of Norway, the Partnership").
 */
export function phraseAlone(phrase: string): string {
  // (Most phrases end in a letter: the canvas asks for a focused edge's label on every frame.)
  return /[\s,]$/u.test(phrase) ? phrase.replace(/[\s,]+$/u, '') : phrase;
}
