/** One proposal or addition: what it would add (with the names as edited), the words it rests on, and the reviewer's buttons. */
import { sharedWordsPhrase } from '../../ingest/similar';
import { forwardRef } from 'react';
import { KINDS, type Predicate } from '../../model/vocabulary';
import { editOf, isKept, referenceQuotesFor, type Decision, type DecisionInput } from '../../ingest/review';
import { describeRule } from '../../ingest/ruleLabels';
import type { EndRef, Span } from '../../ingest/types';
import { formatCount } from '../displayText';
import type { Lang } from '../state/viewState';
import type { ReviewState } from './api';
import { EditForm } from './EditForm';
import { endName, endsOf, proposalEnds, relationParts } from './ends';
import type { Item } from './groups';
import { referenceText, rt, type ReviewStringKey } from './strings';

type Props = {
  item: Item;
  state: ReviewState;
  lang: Lang;
  decision: Decision | undefined;
  focused: boolean;
  editing: boolean;
  selection: Span | undefined;
  onFocus: () => void;
  onAccept: () => void;
  onReject: () => void;
  onEdit: () => void;
  onCancelEdit: () => void;
  onDecision: (input: DecisionInput) => void;
  onEvidence: (mode: 'move' | 'add') => void;
};

const STATUS: Record<Decision['action'], ReviewStringKey> = { accept: 'statusAccept', edit: 'statusEdit', reject: 'statusReject', add: 'statusAdded' };

/** A candidate cannot enter the graph without an English label: accepting one without asks for it. */
export function needsEnglish(item: Item, decision: Decision | undefined): boolean {
  return item.type === 'candidate' && !item.candidate.labelEn && !editOf(decision)?.labels?.en && !editOf(decision)?.merge;
}

/** The relation read as the bulk preview reads it ("The Dialogue took place in Hanoi"), a new end marked new. */
function Relation({ state, lang, source, predicate, target, evidence }: { state: ReviewState; lang: Lang; source: EndRef; predicate: Exclude<Predicate, 'related_to'>; target: EndRef; evidence: Span[] }) {
  const { subject, phrase, object } = relationParts(state, source, predicate, target, lang);
  const isNew = (ref: EndRef) => (endsOf(state).info(ref)?.isNew ? ` (${rt(lang, 'isNew')})` : '');
  return (
    <>
      <p className="summary">
        <strong>
          {subject}
          {isNew(source)}
        </strong>{' '}
        <span className="predicate">{phrase}</span>{' '}
        <strong>
          {object}
          {isNew(target)}
        </strong>
      </p>
      {evidence.map((e) => (
        <blockquote key={`${e.start}-${e.end}`} lang={state.language}>
          {e.quote}
        </blockquote>
      ))}
    </>
  );
}

function Summary({ item, state, lang, decision }: Pick<Props, 'item' | 'state' | 'lang' | 'decision'>) {
  const edit = editOf(decision);
  if (item.type === 'reference') {
    return (
      <p className="summary">
        {referenceText(lang, referenceQuotesFor(state.review, item.instrument))} <strong>{endName(state, edit?.instrument ?? item.instrument, lang, rt(lang, 'isNew'))}</strong>
      </p>
    );
  }
  if (item.type === 'candidate') {
    const c = item.candidate;
    const label = edit?.labels?.vi ?? c.label;
    const english = edit?.labels?.en ?? c.labelEn;
    return (
      <>
        <p className="summary">
          <span className="new-badge">{rt(lang, 'newEntity')}</span> <span className="kind">{KINDS[edit?.kind ?? c.kind][lang]}</span>{' '}
          {/* The label as the article writes it, until the reviewer gives a Vietnamese one. */}
          <strong lang={edit?.labels?.vi ? 'vi' : state.language}>{label}</strong>
          {c.acronym ? ` (${c.acronym})` : ''}
          {/* "Cairo · Cairo" says nothing twice: the English label only where it differs. */}
          {english && english !== label && (
            <span className="en" lang="en">
              {' '}
              · {english}
            </span>
          )}
          {/* Without this, a name shown alone is its own English label. */}
          {!english && !edit?.merge && <span className="no-en"> · {rt(lang, 'noEnglishYet')}</span>}
          {edit?.merge && (
            <span className="merged">
              {' '}
              → {rt(lang, 'mergeInto')} {endName(state, { entity: edit.merge }, lang)}
            </span>
          )}
        </p>
        {c.similar.length > 0 && !edit?.merge && (
          <p className="similar">
            {rt(lang, 'similar')}: {c.similar.map((s) => `${endName(state, { entity: s.entity }, lang)} (${[formatCount(lang, s.score), sharedWordsPhrase(s, lang)].filter(Boolean).join('; ')})`).join(', ')}
          </p>
        )}
        <p className="meta">
          {rt(lang, 'rule')}: {describeRule(c.rule, lang, state.language)} · {rt(lang, 'score')} {formatCount(lang, c.score)} · {formatCount(lang, c.mentions.length)}×
        </p>
      </>
    );
  }
  if (item.type === 'relation') {
    const r = item.relation;
    const ends = proposalEnds(state, r);
    return (
      <>
        <Relation state={state} lang={lang} {...ends} evidence={edit?.evidence ?? [r.evidence]} />
        <p className="meta">
          {rt(lang, 'rule')}: {describeRule(r.rule, lang, state.language)} · {rt(lang, 'score')} {formatCount(lang, r.score)}
          {r.viaReference && ` · ${rt(lang, 'viaReference')}`}
          {r.existing && ` · ${rt(lang, 'addsEvidence')}`}
        </p>
      </>
    );
  }
  const add = item.add;
  const badge = <span className="added-badge">{rt(lang, 'addedByYou')}</span>;
  if (add.type === 'relation') {
    return (
      <>
        <p className="meta">{badge}</p>
        <Relation state={state} lang={lang} {...add} />
      </>
    );
  }
  if (add.type === 'entity') {
    return (
      <>
        <p className="summary">
          {badge} <span className="kind">{KINDS[add.kind][lang]}</span> <strong lang="vi">{add.labels.vi}</strong>
          {add.labels.en !== add.labels.vi && (
            <span className="en" lang="en">
              {' '}
              · {add.labels.en}
            </span>
          )}
        </p>
        <blockquote lang={state.language}>{add.mentions[0]!.quote}</blockquote>
      </>
    );
  }
  if (add.type === 'mention') {
    return (
      <p className="summary">
        {badge} <q lang={state.language}>{add.span.quote}</q> {rt(lang, 'namesEntity')} <strong>{endName(state, add.of, lang, rt(lang, 'isNew'))}</strong>
      </p>
    );
  }
  return (
    <p className="summary">
      {badge} <q lang={state.language}>{add.alias}</q> {rt(lang, 'aliasOf')} <strong>{endName(state, { entity: add.entity }, lang)}</strong>
    </p>
  );
}

export const ProposalCard = forwardRef<HTMLLIElement, Props>(function ProposalCard(props, ref) {
  const { item, state, lang, decision, focused, editing, selection, onFocus, onAccept, onReject, onEdit, onCancelEdit, onDecision, onEvidence } = props;
  const added = item.type === 'added';
  const status = decision ? rt(lang, STATUS[decision.action]) : rt(lang, 'open');
  const isRelation = item.type === 'relation' || (item.type === 'added' && item.add.type === 'relation');
  const editable = !(item.type === 'added' && item.add.type === 'alias');
  return (
    <li
      ref={ref}
      className={`proposal ${item.type} ${decision?.action ?? 'open'}${focused ? ' focused' : ''}`}
      tabIndex={focused ? 0 : -1}
      onFocus={onFocus}
      onClick={onFocus}
      data-target={item.target}
    >
      <Summary item={item} state={state} lang={lang} decision={decision} />
      {editing ? (
        <EditForm item={item} state={state} lang={lang} selection={selection} onDecision={onDecision} onCancel={onCancelEdit} />
      ) : (
        <div className="actions">
          {(!added || !isKept(decision)) && (
            <button type="button" className="accept" onClick={onAccept} aria-keyshortcuts="A">
              {item.type === 'reference' ? rt(lang, 'confirm') : added ? rt(lang, 'restore') : rt(lang, 'accept')}
            </button>
          )}
          {editable && (
            <button type="button" className="edit" onClick={onEdit} aria-keyshortcuts="E">
              {item.type === 'reference' ? rt(lang, 'change') : rt(lang, 'edit')}
            </button>
          )}
          {item.type !== 'reference' && (
            <button type="button" className="reject" onClick={onReject} aria-keyshortcuts="R">
              {rt(lang, 'reject')}
            </button>
          )}
          <span className={`verdict ${decision?.action ?? 'open'}`}>{status}</span>
          {isRelation && selection && (
            <span className="evidence-actions">
              <button type="button" className="small" onClick={() => onEvidence('move')}>
                {rt(lang, 'moveEvidence')}
              </button>
              <button type="button" className="small" onClick={() => onEvidence('add')}>
                {rt(lang, 'addEvidence')}
              </button>
            </span>
          )}
        </div>
      )}
    </li>
  );
});
