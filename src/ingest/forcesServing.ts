/**
 * "A contingent of 180 Indonesian peacekeepers … to join the UN Interim Force in Lebanon (UNIFIL)", "Indian and Vietnamese
 * peacekeepers have served side by side in the UN Interim Security Force for Abyei", "Two Vietnamese officers served in the EU
 * Training Mission …": the states whose forces serve in a mission take part in it (an event) or support it (a body), as
 * "Bangladesh has deployed an engineering company to UNMISS" is read by the rules. English only: Vietnamese names the state
 * after the forces ("lực lượng gìn giữ hòa bình Việt Nam"), a name the rules read as one.
 */
import type { Token } from '../text/tokens';
import type { Slot } from './constructions';
import { stateOfAdjective, type State } from './states';
import { spanOf } from './tokenSpans';
import { refKey, type CuratedKind as Kind, type EndRef, type RelationProposal } from './types';
import { least } from '../model/collections';

const FORCES = new Set(['peacekeepers', 'troops', 'officers', 'soldiers', 'personnel', 'engineers', 'medics', 'sailors', 'observers', 'contingent', 'contingents', 'police']);
/** What the forces do with the mission, folded, each followed by the mission's name (after "the"). */
const SERVING = [['join'], ['joined'], ['joining'], ['joins'], ['deployed', 'to'], ['deployed', 'with'], ['as', 'part', 'of']];
/** Words that may follow a mission's whole name. */
const AFTER_A_NAME = new Set(['in', 'on', 'since', 'for', 'at', 'and', 'as', 'from', 'to', 'during', 'with', 'under', 'until', 'over', 'this', 'last', 'next', 'earlier']);
const SERVED = new Set(['served', 'serve', 'serving', 'serves']);
/**
 * A mission's or a multinational force's name: "UN Interim Force in Lebanon", "EU Training Mission", "UNMISS", "MINUSCA",
 * "SAMIM" (not a state's own force: "American troops joined the Royal Thai Army").
 */
const MISSION = /^(?:(?:UN|United Nations|EU|European Union|African Union|AU|SADC|Southern African Development Community|NATO|OSCE)\b.*\b(?:Missions?|Force|Operations?)\b|(?:UN[A-Z]{2,}|MINU[A-Z]+|MONUSCO|EUTM|EUCAP|EUFOR|EUNAVFOR|ATMIS|AMISOM|SAMIM)\b)/;
/** How far, in words, the verb may stand from the forces ("… have served side by side in …"). */
const REACH = 12;

export function forcesServing(tokens: Token[], text: string, slots: Slot[], sentenceOf: (token: number) => number, stateOf: (state: State) => EndRef | undefined, kindOf: (ref: EndRef) => Kind | undefined, category: (ref: EndRef) => string | undefined): RelationProposal[] {
  const out: RelationProposal[] = [];
  const slotAt = new Map(slots.filter((s) => !s.viaReference).map((s) => [s.first, s]));
  for (let k = 1; k < tokens.length; k++) {
    if (!FORCES.has(tokens[k]!.folded)) continue;
    // The states' adjectives right before the forces: "Indian and Vietnamese peacekeepers".
    const states: { state: State; at: number }[] = [];
    for (let j = k - 1; j >= 0 && sentenceOf(j) === sentenceOf(k); j--) {
      const state = stateOfAdjective(tokens[j]!.text);
      if (state) states.push({ state, at: j });
      else if (tokens[j]!.folded !== 'and' || states.length === 0) break;
    }
    if (states.length === 0) continue;
    const mission = missionAfter(tokens, k, slotAt, sentenceOf);
    if (!mission || !MISSION.test(text.slice(tokens[mission.first]!.start, tokens[mission.last]!.end))) continue;
    const kind = kindOf(mission.ref);
    const predicate = kind === 'event' ? 'participates_in' : kind === 'actor' && !['state', 'person', 'office'].includes(category(mission.ref) ?? '') ? 'supports' : undefined;
    if (!predicate) continue;
    const evidence = spanOf(text, tokens, least(states.map((s) => s.at)), mission.last);
    for (const { state } of states) {
      const source = stateOf(state);
      if (!source || refKey(source) === refKey(mission.ref)) continue;
      out.push({ id: `relation:${refKey(source)}|${predicate}|${refKey(mission.ref)}|${evidence.start}`, source, predicate, target: mission.ref, evidence, rule: `${predicate}/forces-serving`, score: 0.7, sentence: sentenceOf(k) });
    }
  }
  return out;
}

/** The mission named right after a verb of serving within reach of the forces at `k`, in their sentence. */
function missionAfter(tokens: Token[], k: number, slotAt: ReadonlyMap<number, Slot>, sentenceOf: (token: number) => number): Slot | undefined {
  for (let v = k + 1; v <= k + REACH && v < tokens.length && sentenceOf(v) === sentenceOf(k); v++) {
    const verb = SERVING.find((words) => words.every((w, n) => tokens[v + n]?.folded === w));
    // "served in", "… have served side by side in …": a few words may stand between serving and where.
    const servedIn = verb ? 0 : SERVED.has(tokens[v]!.folded) ? [1, 2, 3, 4].find((n) => ['in', 'with'].includes(tokens[v + n]?.folded ?? '')) : undefined;
    if (!verb && servedIn === undefined) continue;
    let at = v + (verb ? verb.length : servedIn! + 1);
    if (tokens[at]?.folded === 'the') at++;
    // The mission's whole name, not an owner before a noun ("deployed to UN missions").
    const mission = slotAt.get(at);
    const next = mission && tokens[mission.last + 1];
    return next && /^\p{Ll}/u.test(next.text) && !AFTER_A_NAME.has(next.folded) ? undefined : mission;
  }
  return undefined;
}
