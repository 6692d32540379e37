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
import { ProposalCard } from '../../../src/app/review/ProposalCard';
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
    expect(card(states.en, heldAt, 'vi')).toContain('từ khóa “held in, held at, off”');
    expect(card(states.en, heldAt, 'en')).toContain('the words “held in, held at, off”');
  });
});
