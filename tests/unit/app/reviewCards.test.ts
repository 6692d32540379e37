/**
 * The review page's cards as a reader sees them, rendered to HTML: the words a rule rests on and the
 * language the quotes are tagged with follow the article's language, framed in the page's.
 */
import { join } from 'node:path';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ReviewState } from '../../../src/app/review/api';
import { groupProposals, type Item } from '../../../src/app/review/groups';
import { needsEnglish, ProposalCard } from '../../../src/app/review/ProposalCard';
import { ReviewPage } from '../../../src/app/review/ReviewPage';
import { SelectionPanel } from '../../../src/app/review/SelectionPanel';
import { planNames } from '../../../src/app/review/ApplyPanel';
import type { ApplyPlan } from '../../../src/ingest/apply';
import { REFERENCE_KINDS } from '../../../src/app/review/EditForm';
import { endsOf, proposalEnds, relationSentence } from '../../../src/app/review/ends';
import { referenceText, rt } from '../../../src/app/review/strings';
import type { Lang } from '../../../src/app/state/viewState';
import { reviewState } from '../../../src/cli/reviewServer';
import { runKg } from '../../helpers/cli';
import { graphDataCopy } from '../../helpers/ingest';
import { REPO_ROOT } from '../../helpers/shipped';

const CORPUS = join(REPO_ROOT, 'tests', 'fixtures', 'corpus');
const ARTICLES = { en: 'en35-eu-egypt-security-dialogue', vi: 'vi47-poland-defence-policy-dialogue' } as const;
const states = {} as Record<Lang, ReviewState>;

beforeAll(() => {
  const dir = graphDataCopy();
  for (const language of ['en', 'vi'] as const) {
    expect(runKg('ingest', join(CORPUS, `${ARTICLES[language]}.txt`), '--id', `${language}-article`, '--title-en', 'Fictional', '--data', dir).code).toBe(0);
    states[language] = reviewState(dir, `${language}-article`) as ReviewState;
  }
});

const items = (state: ReviewState) => groupProposals(state.review, state.text).flatMap((g) => g.items);

function card(state: ReviewState, item: Item, lang: Lang): string {
  const noop = () => {};
  return renderToStaticMarkup(
    createElement(ProposalCard, {
      item,
      state,
      lang,
      decision: undefined,
      focused: false,
      editing: false,
      selection: undefined,
      onFocus: noop,
      onAccept: noop,
      onReject: noop,
      onEdit: noop,
      onCancelEdit: noop,
      onDecision: noop,
      onEvidence: noop,
    }),
  );
}

describe('a relation card’s rule', () => {
  it('names the words of the article’s language, in the page’s framing', () => {
    expect(states.en.language).toBe('en');
    expect(states.vi.language).toBe('vi');
    const heldAt = items(states.en).find((i) => i.type === 'relation' && i.relation.rule === 'held_at/dien-ra-tai')!;
    expect(card(states.en, heldAt, 'vi')).toContain('từ khóa “held in, held at, off, arrived at”');
    expect(card(states.en, heldAt, 'en')).toContain('the words “held in, held at, off, arrived at”');
  });
});

describe('the phrases that stand for the article’s main instrument or event', () => {
  it('are called so in both languages, and can be pointed at an event', () => {
    // "The Dialogue", "the two sides" in the English article stand for an event, the Dialogue.
    const main = states.en.review.proposals.mainInstrument[0]!;
    expect(endsOf(states.en).info(main)?.kind).toBe('event');
    expect(REFERENCE_KINDS).toContain('event');
    for (const key of ['references', 'viaReference', 'instrument'] as const) {
      expect(rt('vi', key), key).toMatch(/văn kiện.*sự kiện/i);
      expect(rt('en', key), key).toMatch(/instrument.*event/i);
    }
    expect(referenceText('vi', [])).toMatch(/văn kiện.*sự kiện/);
    expect(referenceText('en', [])).toMatch(/instrument.*event/);
    expect(rt('vi', 'legendReference')).toMatch(/văn kiện.*sự kiện/);
  });
});

/** Each element that says its language, as "tag.class lang" ("div.text en", "blockquote en"), once. */
const tagged = (html: string) => [...new Set([...html.matchAll(/<(\w+)(?: class="([\w-]+)")? lang="(\w+)"/g)].map(([, tag, cls, l]) => `${tag}${cls ? `.${cls}` : ''} ${l}`))].sort();

describe('the article’s words on the page', () => {
  it('are tagged with the article’s language, whatever the page’s', () => {
    for (const lang of ['vi', 'en'] as const) {
      // The article, its sentences, the quotes and the names it writes on the cards: all English.
      const english = tagged(renderToStaticMarkup(createElement(ReviewPage, { initial: states.en, lang })));
      expect(english).toEqual(expect.arrayContaining(['blockquote en', 'div.text en', 'p.sentence en', 'strong en']));
      expect(english.filter((t) => !t.endsWith(' en'))).toEqual([]);
      expect(tagged(renderToStaticMarkup(createElement(ReviewPage, { initial: states.vi, lang })))).toEqual(expect.arrayContaining(['blockquote vi', 'div.text vi', 'p.sentence vi', 'strong vi']));
    }
    const noop = () => {};
    const selection = { start: 0, end: 20, quote: states.en.text.slice(0, 20) };
    expect(tagged(renderToStaticMarkup(createElement(SelectionPanel, { state: states.en, lang: 'vi', selection, mode: null, onMode: noop, onDecisions: noop, onClear: noop })))).toEqual(['q en']);
  });
});

describe('a new entity’s card', () => {
  const candidateCard = (state: ReviewState, label: string, lang: Lang) => {
    const item = items(state).find((i) => i.type === 'candidate' && i.candidate.label === label)!;
    return { item, html: card(state, item, lang) };
  };

  it('shows its English label only where it differs from the label', () => {
    expect(candidateCard(states.en, 'Cairo', 'vi').html).not.toContain('· Cairo');
    // "Ba Lan" is Poland: the card says so, and accepting it gives the graph the English name.
    const poland = candidateCard(states.vi, 'Ba Lan', 'en');
    expect(poland.html).toContain('· Poland');
    expect(needsEnglish(poland.item, undefined)).toBe(false);
    // A Vietnamese name with no English one the project knows: accepting it asks for one.
    const europe = candidateCard(states.vi, 'châu Âu', 'en');
    expect(needsEnglish(europe.item, undefined)).toBe(true);
    // A name shown alone is its own English label; one that has none says so before Accept asks.
    expect(europe.html).toContain('no English label yet');
    expect(candidateCard(states.vi, 'châu Âu', 'vi').html).toContain('chưa có tên tiếng Anh');
    expect(candidateCard(states.en, 'Cairo', 'en').html).not.toContain('no English label yet');
  });
});

describe('a relation card', () => {
  /** The card's first line as a reader reads it. */
  const summary = (html: string) => /<p class="summary">(.*?)<\/p>/s.exec(html)![1]!.replace(/<!-- -->/g, '').replace(/<[^>]+>/g, '');

  it('reads its relation as the bulk preview does, a new end marked new', () => {
    const heldAt = items(states.en).find((i) => i.type === 'relation' && i.relation.rule === 'held_at/dien-ra-tai');
    if (heldAt?.type !== 'relation') throw new Error('no held_at proposal');
    const { source, predicate, target } = proposalEnds(states.en, heldAt.relation);
    expect(relationSentence(states.en, source, predicate, target, 'en')).toBe('The second Security and Defence Dialogue took place in Cairo');
    expect(summary(card(states.en, heldAt, 'en'))).toBe('The second Security and Defence Dialogue (new) took place in Cairo (new)');
  });

  it('keeps an English article’s name with no Vietnamese label as written on the Vietnamese page', () => {
    const heldAt = items(states.en).find((i) => i.type === 'relation' && i.relation.rule === 'held_at/dien-ra-tai');
    if (heldAt?.type !== 'relation') throw new Error('no held_at proposal');
    const { source, predicate, target } = proposalEnds(states.en, heldAt.relation);
    // Not "Second Security and Defence Dialogue diễn ra tại Cairo": the capital is English grammar, not the name's.
    expect(relationSentence(states.en, source, predicate, target, 'vi')).toBe('second Security and Defence Dialogue diễn ra tại Cairo');
    expect(relationSentence(states.en, source, predicate, target, 'en')).toBe('The second Security and Defence Dialogue took place in Cairo');
  });

  it('keeps the same writing in the apply preview, for a name the apply would create', () => {
    const plan = {
      entities: [
        { id: 'second-dialogue', kind: 'event', labels: { vi: 'second Security and Defence Dialogue', en: 'second Security and Defence Dialogue' } },
        { id: 'cairo', kind: 'place', labels: { vi: 'Cairo', en: 'Cairo' } },
      ],
      relations: [],
    } as unknown as ApplyPlan;
    const { sentence } = planNames(states.en, plan);
    const r = { source: 'second-dialogue', predicate: 'held_at', target: 'cairo' } as const;
    expect(sentence(r, 'vi')).toBe('second Security and Defence Dialogue diễn ra tại Cairo');
    expect(sentence(r, 'en')).toBe('The second Security and Defence Dialogue took place in Cairo');
  });

  it('says an instrument was signed in a place, not "at" it', () => {
    const signedAt = items(states.en).find((i) => i.type === 'relation' && i.relation.predicate === 'signed_at');
    if (signedAt?.type !== 'relation') throw new Error('no signed_at proposal');
    const { source, predicate, target } = proposalEnds(states.en, signedAt.relation);
    expect(relationSentence(states.en, source, predicate, target, 'en')).toMatch(/ was signed in Cairo$/);
    expect(relationSentence(states.en, source, predicate, target, 'vi')).toMatch(/ được ký tại Cairo$/);
  });

  it('keeps a name with no English label as the article writes it on the English page', () => {
    // "Đối thoại chính sách quốc phòng Việt Nam – Ba Lan lần thứ hai" has no English label yet: no "The đối thoại …".
    const dialogue = items(states.vi).find((i) => i.type === 'relation' && endsOf(states.vi).info(i.relation.source)?.labels.vi.startsWith('Đối thoại chính sách'));
    if (dialogue?.type !== 'relation') throw new Error('no relation of the dialogue');
    const { source, predicate, target } = proposalEnds(states.vi, dialogue.relation);
    const sentence = relationSentence(states.vi, source, predicate, target, 'en');
    expect(sentence).toMatch(/^Đối thoại chính sách quốc phòng Việt Nam – Ba Lan lần thứ hai /);
    expect(summary(card(states.vi, dialogue, 'en'))).toMatch(/^Đối thoại chính sách quốc phòng Việt Nam – Ba Lan lần thứ hai \(new\) /);
    // The Vietnamese page keeps its own grammar.
    expect(relationSentence(states.vi, source, predicate, target, 'vi')).toMatch(/^Đối thoại chính sách/);
    // An English article's name is English, proposed English label or not: "the EU–Egypt … Partnership".
    const partOf = items(states.en).find((i) => i.type === 'relation' && i.relation.predicate === 'part_of' && 'candidate' in i.relation.target && i.relation.target.candidate.startsWith('eu-egypt'));
    if (partOf?.type !== 'relation') throw new Error('no part_of the partnership');
    const ends = proposalEnds(states.en, partOf.relation);
    expect(relationSentence(states.en, ends.source, ends.predicate, ends.target, 'en')).toMatch(/ is part of the EU–Egypt Strategic and Comprehensive Partnership$/);
  });
});
