/**
 * Reviewing one article: the text with its marks beside the proposals grouped by sentence.
 * Every decision is sent to the server at once (so a review can stop and resume); keys act on
 * the focused proposal; accepting in bulk is offered only within one sentence, after a preview.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { currentDecisions, type DecisionEdit } from '../../ingest/review';
import type { Lang } from '../state/viewState';
import { decide, undo, type DecisionInput, type ReviewState } from './api';
import { ApplyPanel } from './ApplyPanel';
import { ArticleText } from './ArticleText';
import { groupProposals, type Group, type Item } from './groups';
import { needsEnglish, ProposalCard } from './ProposalCard';
import { rt, progressText } from './strings';

type Props = { initial: ReviewState; lang: Lang };

function focusSpan(item: Item | undefined): { start: number; end: number } | null {
  if (!item) return null;
  if (item.type === 'relation') return item.relation.evidence;
  if (item.type === 'candidate') return item.candidate.mentions[0] ?? null;
  return null;
}

function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
}

export function ReviewPage({ initial, lang }: Props) {
  const [state, setState] = useState(initial);
  const [version, setVersion] = useState(0);
  const [focused, setFocused] = useState<string | null>(null);
  const [editing, setEditing] = useState<string | null>(null);
  const [bulk, setBulk] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  const cards = useRef(new Map<string, HTMLLIElement>());

  const groups = useMemo(() => groupProposals(state.review, state.text), [state.review, state.text]);
  const items = useMemo(() => groups.flatMap((g) => g.items), [groups]);
  const decisions = useMemo(() => currentDecisions(state.review.decisions), [state.review.decisions]);
  const focusedItem = items.find((i) => i.target === focused) ?? items[0];

  const send = useCallback(
    (request: Promise<ReviewState>) =>
      request.then(
        (next) => {
          setState(next);
          setVersion((v) => v + 1);
          setError(null);
        },
        (e: Error) => setError(e.message),
      ),
    [],
  );
  const record = useCallback(
    (inputs: DecisionInput[]) => {
      setEditing(null);
      return send(decide(state.id, inputs));
    },
    [send, state.id],
  );
  const move = useCallback(
    (step: number) => {
      const at = items.findIndex((i) => i.target === focusedItem?.target);
      const next = items[Math.min(items.length - 1, Math.max(0, at + step))];
      if (next) {
        setFocused(next.target);
        cards.current.get(next.target)?.focus();
      }
    },
    [items, focusedItem],
  );
  const decideOn = useCallback(
    (item: Item, action: 'accept' | 'edit' | 'reject', edit?: DecisionEdit) => {
      if (action !== 'reject' && !edit && needsEnglish(item, decisions.get(item.target))) {
        setEditing(item.target);
        return;
      }
      const input: DecisionInput = action === 'edit' && edit ? { target: item.target, action, edit } : { target: item.target, action: action === 'edit' ? 'accept' : action };
      void record([input]).then(() => move(1));
    },
    [decisions, record, move],
  );

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'z' && !isTyping(e.target)) {
        e.preventDefault();
        void send(undo(state.id));
        return;
      }
      if (isTyping(e.target) || e.ctrlKey || e.metaKey || e.altKey || editing || !focusedItem) return;
      const key = e.key.toLowerCase();
      if (key === 'j' || e.key === 'ArrowDown') move(1);
      else if (key === 'k' || e.key === 'ArrowUp') move(-1);
      else if (key === 'a') decideOn(focusedItem, 'accept');
      else if (key === 'r' && focusedItem.type !== 'reference') decideOn(focusedItem, 'reject');
      else if (key === 'e') setEditing(focusedItem.target);
      else return;
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [editing, focusedItem, move, decideOn, send, state.id]);

  const openIn = (group: Group) => group.items.filter((i) => !decisions.has(i.target) && !needsEnglish(i, undefined));

  return (
    <div className="review-page">
      <header className="review-header">
        <a href={`./?review&lang=${lang}`}>{rt(lang, 'backToList')}</a>
        <h1>{state.title[lang]}</h1>
        <div className="progress" aria-label={progressText(lang, state.progress.decided, state.progress.total)}>
          <progress max={state.progress.total} value={state.progress.decided} />
          <span>{progressText(lang, state.progress.decided, state.progress.total)}</span>
        </div>
        <button type="button" onClick={() => void send(undo(state.id))} disabled={state.review.decisions.length === 0} aria-keyshortcuts="Control+Z">
          {rt(lang, 'undo')}
        </button>
        <p className="keys">{rt(lang, 'keys')}</p>
        {error && (
          <p className="problems" role="alert">
            {rt(lang, 'failed')}: {error}
          </p>
        )}
      </header>
      <div className="review-body">
        <ArticleText text={state.text} review={state.review} focus={focusSpan(focusedItem)} lang={lang} />
        <section className="proposals" aria-label={rt(lang, 'proposals')}>
          {groups.map((group, gi) => (
            <section key={group.sentence ?? 'references'} className="sentence-group">
              <h2>{group.sentence === null ? rt(lang, 'references') : `${rt(lang, 'sentence')} ${group.sentence + 1}`}</h2>
              {group.sentence !== null && (
                <p className="sentence" lang="vi">
                  {state.text.slice(group.start, group.end)}
                </p>
              )}
              {group.sentence !== null && openIn(group).length > 1 && bulk !== gi && (
                <button type="button" className="bulk" onClick={() => setBulk(gi)}>
                  {rt(lang, 'acceptSentence')}
                </button>
              )}
              {bulk === gi && (
                <div className="bulk-preview" role="dialog" aria-label={rt(lang, 'acceptSentence')}>
                  <p>{rt(lang, 'acceptSentencePreview')}</p>
                  <ul>
                    {openIn(group).map((i) => (
                      <li key={i.target}>{i.type === 'candidate' ? i.candidate.label : i.type === 'relation' ? i.relation.evidence.quote.slice(0, 80) : i.target}</li>
                    ))}
                  </ul>
                  <button
                    type="button"
                    className="primary"
                    onClick={() => {
                      setBulk(null);
                      void record(openIn(group).map((i) => ({ target: i.target, action: 'accept' as const })));
                    }}
                  >
                    {rt(lang, 'acceptThese')}
                  </button>
                  <button type="button" onClick={() => setBulk(null)}>
                    {rt(lang, 'cancel')}
                  </button>
                </div>
              )}
              <ul className="proposal-list">
                {group.items.map((item) => (
                  <ProposalCard
                    key={item.target}
                    ref={(el) => {
                      if (el) cards.current.set(item.target, el);
                      else cards.current.delete(item.target);
                    }}
                    item={item}
                    state={state}
                    lang={lang}
                    decision={decisions.get(item.target)}
                    focused={item.target === focusedItem?.target}
                    editing={editing === item.target}
                    onFocus={() => setFocused(item.target)}
                    onDecide={(action, edit) => decideOn(item, action, edit)}
                    onEdit={() => {
                      setFocused(item.target);
                      setEditing(item.target);
                    }}
                    onCancelEdit={() => setEditing(null)}
                  />
                ))}
              </ul>
            </section>
          ))}
        </section>
      </div>
      <ApplyPanel id={state.id} lang={lang} version={version} onWritten={() => setVersion((v) => v + 1)} />
    </div>
  );
}
