/**
 * Reviewing one article: the text with its marks beside the proposals and the reviewer's
 * additions, grouped by sentence. Selecting words in the text offers to make them a mention, an
 * entity, an alias or a relation's evidence. Every decision is sent to the server at once (so a
 * review can stop and resume); keys act on the focused item and never replace an edit; accepting
 * in bulk is offered only within one sentence, after a preview that reads each relation out.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { trimSpan, type Decision, type DecisionInput } from '../../ingest/review';
import type { Span } from '../../ingest/types';
import type { Lang } from '../state/viewState';
import { decide, loadReview, undo, type ReviewState } from './api';
import { ApplyPanel } from './ApplyPanel';
import { ArticleText } from './ArticleText';
import { evidenceChange } from './decisions';
import { endName, endsOf, proposalEnds, relationSentence } from './ends';
import { warmEndSearch } from './endSearch';
import { groupProposals, itemSpans, type Group, type Item } from './groups';
import { articleMarks } from './marks';
import { needsEnglish, ProposalCard } from './ProposalCard';
import { defaultMode, SelectionPanel, type SelectionMode } from './SelectionPanel';
import { failureText, rt, progressText } from './strings';

type Props = { initial: ReviewState; lang: Lang };

function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
}

/** The latest edit a target had, even if a later decision rejected it: accepting again keeps it. */
function lastEdit(decisions: Decision[], target: string): Decision | undefined {
  for (let i = decisions.length - 1; i >= 0; i--) if (decisions[i]!.target === target && decisions[i]!.action === 'edit') return decisions[i];
  return undefined;
}

export function ReviewPage({ initial, lang }: Props) {
  const [state, setState] = useState(initial);
  const [version, setVersion] = useState(0);
  const groups = useMemo(() => groupProposals(state.review, state.text), [state.review, state.text]);
  const items = useMemo(() => groups.flatMap((g) => g.items), [groups]);
  const decisions = endsOf(state).current;
  const [focused, setFocused] = useState<string | null>(() => items.find((i) => !decisions.has(i.target))?.target ?? items[0]?.target ?? null);
  const [editing, setEditing] = useState<string | null>(null);
  const [bulk, setBulk] = useState<number | null>(null);
  const [error, setError] = useState<Error | null>(null);
  const [selection, setSelection] = useState<Span | undefined>();
  const [mode, setMode] = useState<SelectionMode | null>(null);
  const cards = useRef(new Map<string, HTMLLIElement>());

  const focusedItem = items.find((i) => i.target === focused) ?? items[0];
  const marks = useMemo(() => {
    const spans = focusedItem ? itemSpans(focusedItem, state.review, state.text) : [];
    return [...articleMarks(state, lang), ...spans.map((s) => ({ start: s.start, end: s.end, className: 'mark-focus' as const }))];
  }, [state, lang, focusedItem]);

  // Focus starts on the first undecided item; the pickers' index is built while the reviewer reads.
  useEffect(() => {
    if (focused) cards.current.get(focused)?.focus();
    const idle = window.requestIdleCallback ?? ((f: () => void) => window.setTimeout(f, 200));
    idle(() => warmEndSearch(initial));
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once, on opening the review
  }, []);

  // Requests go one after another: a quick reviewer's second decision is sent only once the first
  // has come back, so no older state can arrive last and hide a decision the server holds.
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  const send = useCallback((request: () => Promise<ReviewState>) => {
    const sent = queue.current.then(request).then(
      (next) => {
        setState(next);
        setVersion((v) => v + 1);
        setError(null);
        return true;
      },
      (e: Error) => {
        setError(e);
        return false;
      },
    );
    queue.current = sent;
    return sent;
  }, []);
  // Items whose decision is on its way: a second key press on one sends nothing more.
  const pending = useRef(new Set<string>());
  /** Records decisions; the form that made them closes, not one the reviewer opened on another item meanwhile. */
  const record = useCallback(
    (inputs: DecisionInput[]) => {
      for (const input of inputs) pending.current.add(input.target);
      return send(() => decide(state.id, inputs, lang)).then((ok) => {
        for (const input of inputs) pending.current.delete(input.target);
        if (ok) setEditing((open) => (inputs.some((i) => i.target === open) ? null : open));
        return ok;
      });
    },
    [send, state.id, lang],
  );
  const focusedNow = useRef(focused);
  useEffect(() => {
    focusedNow.current = focusedItem?.target ?? null;
  }, [focusedItem]);
  const moveFrom = useCallback(
    (target: string | undefined, step: number) => {
      const at = items.findIndex((i) => i.target === target);
      const next = items[Math.min(items.length - 1, Math.max(0, at + step))];
      if (next) {
        setFocused(next.target);
        cards.current.get(next.target)?.focus();
      }
    },
    [items],
  );
  const move = useCallback((step: number) => moveFrom(focusedItem?.target, step), [moveFrom, focusedItem]);
  /** Once a decision is recorded, focus goes on to the next item, unless the reviewer has already gone elsewhere. */
  const moveOn = useCallback(
    (item: Item, recorded: boolean) => {
      if (recorded && focusedNow.current === item.target) moveFrom(item.target, 1);
    },
    [moveFrom],
  );
  /** Accept, keeping any edit: an edited item stays as edited; one rejected after an edit gets its edit back. */
  const accept = useCallback(
    (item: Item) => {
      if (pending.current.has(item.target)) return;
      const current = decisions.get(item.target);
      if (current && (current.action === 'edit' || current.action === 'add' || current.action === 'accept')) return moveFrom(item.target, 1);
      const edit = lastEdit(state.review.decisions, item.target);
      if (edit?.action === 'edit') return void record([{ target: item.target, action: 'edit', edit: edit.edit }]).then((ok) => moveOn(item, ok));
      if (needsEnglish(item, current)) return setEditing(item.target);
      void record([{ target: item.target, action: 'accept' }]).then((ok) => moveOn(item, ok));
    },
    [decisions, state.review.decisions, record, moveFrom, moveOn],
  );
  const reject = useCallback(
    (item: Item) => {
      if (pending.current.has(item.target)) return;
      void record([{ target: item.target, action: 'reject' }]).then((ok) => moveOn(item, ok));
    },
    [record, moveOn],
  );
  const clearSelection = useCallback(() => {
    setSelection(undefined);
    setMode(null);
    window.getSelection()?.removeAllRanges();
  }, []);
  const onSelect = useCallback(
    (span: { start: number; end: number }) => {
      const trimmed = trimSpan({ ...span, quote: state.text.slice(span.start, span.end) }, state.text);
      if (trimmed.end <= trimmed.start) return;
      setSelection(trimmed);
      setMode(defaultMode(state, trimmed));
    },
    [state],
  );

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'z' && !isTyping(e.target)) {
        e.preventDefault();
        void send(() => undo(state.id));
        return;
      }
      if (e.key === 'Escape' && selection && !isTyping(e.target)) {
        clearSelection();
        return;
      }
      if (isTyping(e.target) || e.ctrlKey || e.metaKey || e.altKey || editing || mode || !focusedItem) return;
      const key = e.key.toLowerCase();
      if (key === 'j' || e.key === 'ArrowDown') move(1);
      else if (key === 'k' || e.key === 'ArrowUp') move(-1);
      else if (key === 'a') accept(focusedItem);
      else if (key === 'r' && focusedItem.type !== 'reference') reject(focusedItem);
      else if (key === 'e' && !(focusedItem.type === 'added' && focusedItem.add.type === 'alias')) setEditing(focusedItem.target);
      else return;
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [editing, mode, focusedItem, move, accept, reject, send, state.id, selection, clearSelection]);

  const openIn = (group: Group) => group.items.filter((i) => i.type !== 'added' && !decisions.has(i.target) && !needsEnglish(i, undefined));
  const readOut = (item: Item): string => {
    if (item.type === 'relation') {
      const { source, predicate, target } = proposalEnds(state, item.relation);
      return relationSentence(state, source, predicate, target, lang);
    }
    if (item.type === 'candidate') return `${rt(lang, 'newEntity')}: ${endName(state, { candidate: item.candidate.key }, lang)}`;
    return item.target;
  };

  return (
    <div className="review-page" data-decisions={state.review.decisions.length}>
      <header className="review-header">
        <a href={`./?review&lang=${lang}`}>{rt(lang, 'backToList')}</a>
        <h1>{state.title[lang]}</h1>
        <div className="progress" aria-label={progressText(lang, state.progress.decided, state.progress.total)}>
          <progress max={state.progress.total} value={state.progress.decided} />
          <span>{progressText(lang, state.progress.decided, state.progress.total)}</span>
        </div>
        <button type="button" onClick={() => void send(() => undo(state.id))} disabled={state.review.decisions.length === 0} aria-keyshortcuts="Control+Z">
          {rt(lang, 'undo')}
        </button>
        <p className="keys">{rt(lang, 'keys')}</p>
        {error && (
          <p className="problems" role="alert">
            {failureText(lang, error)}
          </p>
        )}
      </header>
      <div className="review-body">
        <div className="article-column">
          {selection ? (
            <SelectionPanel
              state={state}
              lang={lang}
              selection={selection}
              mode={mode}
              onMode={setMode}
              onClear={clearSelection}
              onDecisions={(inputs) =>
                void record(inputs).then((ok) => {
                  // The relation form stays open for the next relation of the same words; the other forms close.
                  if (ok && mode !== 'relation') setMode(null);
                })
              }
            />
          ) : (
            <p className="select-hint">{rt(lang, 'selectHint')}</p>
          )}
          <ArticleText text={state.text} textLang={state.language} marks={marks} selection={selection} lang={lang} onSelect={onSelect} />
        </div>
        <section className="proposals" aria-label={rt(lang, 'proposals')}>
          {groups.map((group, gi) => (
            <section key={group.sentence ?? 'references'} className="sentence-group">
              <h2>{group.sentence === null ? rt(lang, 'references') : group.sentence < 0 ? rt(lang, 'elsewhere') : `${rt(lang, 'sentence')} ${group.sentence + 1}`}</h2>
              {group.sentence !== null && group.sentence >= 0 && (
                <p className="sentence" lang={state.language}>
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
                      <li key={i.target}>{readOut(i)}</li>
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
                    selection={selection}
                    onFocus={() => setFocused(item.target)}
                    onAccept={() => accept(item)}
                    onReject={() => reject(item)}
                    onEdit={() => {
                      setFocused(item.target);
                      setEditing(item.target);
                    }}
                    onCancelEdit={() => setEditing(null)}
                    onDecision={(input) => void record([input])}
                    onEvidence={(how) => {
                      const input = selection && evidenceChange(state, item.target, selection, how);
                      if (input) void record([input]);
                    }}
                  />
                ))}
              </ul>
            </section>
          ))}
        </section>
      </div>
      <ApplyPanel
        state={state}
        lang={lang}
        version={version}
        onWritten={() => send(() => loadReview(state.id))}
      />
    </div>
  );
}
