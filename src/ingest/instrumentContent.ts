/**
 * "Theo Bản ghi nhớ, hai bên sẽ trao đổi thông tin …; phối hợp điều tra tội phạm có tổ chức …",
 * "Under the arrangement, the two sides will exchange …, conduct joint training …": a sentence that
 * opens with what an instrument provides says what the instrument covers, whatever verbs carry its
 * domains. "Theo đó" / "Under it" is the instrument named last before it.
 */
import type { Token } from '../text/tokens';
import type { Slot } from './constructions';
import { spanOf } from './tokenSpans';
import { refKey, type EndRef, type RelationProposal } from './types';

const INSTRUMENT_KINDS = new Set(['agreement', 'partnership']);

type Sentence = { firstToken: number; lastToken: number };

/** The instrument a sentence opens with ("Theo Bản ghi nhớ,", "Under the arrangement,", "Theo đó,"), if any. */
function openingInstrument(tokens: Token[], sentence: Sentence, instruments: readonly Slot[]): { slot?: Slot; ref: EndRef; via: boolean } | undefined {
  const at = sentence.firstToken;
  const word = (k: number) => tokens[at + k]?.folded ?? '';
  if (word(0) !== 'theo' && word(0) !== 'under') return undefined;
  // "Theo đó", "Under it": the instrument named last before the sentence.
  if ((word(0) === 'theo' && word(1) === 'do') || (word(0) === 'under' && word(1) === 'it')) {
    // "Theo đó, Bản ghi nhớ tập trung vào …": the instrument the sentence goes on to name.
    const named = instruments.find((s) => s.first === at + 2);
    if (named) return { slot: named, ref: named.ref, via: named.viaReference };
    const last = instruments.filter((s) => s.last < at).at(-1);
    return last && { ref: last.ref, via: true };
  }
  const opening = instruments.find((s) => s.first === at + 1 || (s.first === at + 2 && word(1) === 'the'));
  return opening && { slot: opening, ref: opening.ref, via: opening.viaReference };
}

export function coveredByOpeningInstrument(text: string, tokens: Token[], sentences: readonly Sentence[], slots: readonly Slot[]): RelationProposal[] {
  const out: RelationProposal[] = [];
  const instruments = slots.filter((s) => INSTRUMENT_KINDS.has(s.kind));
  sentences.forEach((sentence, index) => {
    const instrument = openingInstrument(tokens, sentence, instruments);
    if (!instrument) return;
    const from = instrument.slot ? instrument.slot.last + 1 : sentence.firstToken + 2;
    // The words that point to the instrument: "Theo văn kiện", "Theo đó".
    const viaSpan = spanOf(text, tokens, sentence.firstToken, from - 1);
    const evidence = spanOf(text, tokens, sentence.firstToken, sentence.lastToken);
    const seen = new Set<string>();
    // "…, trong khi Kế hoạch hợp tác cụ thể hóa …", "; the Action Plan sets out …": another instrument's domains follow its name.
    const next = instruments.find((s) => s.first >= from && s.last <= sentence.lastToken && !s.reference && refKey(s.ref) !== refKey(instrument.ref));
    const to = next ? next.first - 1 : sentence.lastToken;
    for (const slot of slots) {
      if (slot.kind !== 'domain' || slot.first < from || slot.last > to || seen.has(refKey(slot.ref))) continue;
      seen.add(refKey(slot.ref));
      out.push({
        id: `relation:${refKey(instrument.ref)}|covers|${refKey(slot.ref)}|${evidence.start}`,
        source: instrument.ref,
        predicate: 'covers',
        target: slot.ref,
        evidence,
        rule: 'covers/theo',
        score: 0.7,
        sentence: index,
        ...(instrument.via ? { viaReference: 'source' as const, viaSpan } : {}),
      });
    }
  });
  return out;
}
