/** The states of `nameLexicon.ts` as look-ups: by name in either language, and by English adjective. */
import { foldKeepLength } from '../text/fold';
import { tokenize, type Token } from '../text/tokens';
import { STATES } from './nameLexicon';

export type State = { vi: string; en: string };

/** Names without diacritics and names with them apart: "Lao" (of "Lao Bảo") is not "Lào", though both fold to "lao". */
const byName = new Map<string, State>();
const byDiacriticName = new Map<string, State>();
const plain = (text: string) => /^[\x20-\x7e]*$/.test(text);
const byAdjective = new Map<string, State>();
/** Vietnamese names written without diacritics that no English name shares: in English text "Anh" and "Nga" are given names. */
const vietnameseOnly = new Set<string>();
for (const [vi, en, adjectives] of STATES) {
  const state = { vi: vi.split('|')[0]!, en: en.split('|')[0]! };
  for (const name of [...vi.split('|'), ...en.split('|')]) (plain(name) ? byName : byDiacriticName).set(foldKeepLength(name.replace(/^the /i, '')), state);
  const english = new Set(en.split('|').map((name) => foldKeepLength(name.replace(/^the /i, ''))));
  for (const name of vi.split('|')) if (plain(name) && !english.has(foldKeepLength(name))) vietnameseOnly.add(foldKeepLength(name));
  for (const adjective of adjectives.split('|')) byAdjective.set(foldKeepLength(adjective), state);
}

const allNames = [...byName.keys(), ...byDiacriticName.keys()];
/** The first word of every state's name, folded: a run of words that opens with another names no state. */
const FIRST_WORDS = new Set(allNames.map((name) => tokenize(name)[0]?.folded ?? ''));
export const mayOpenStateName = (folded: string) => FIRST_WORDS.has(folded);
/** The most words a run of an article can have and name a state: its longest name, after "the" and a formal prefix ("Cộng hòa Xã hội Chủ nghĩa"). */
export const LONGEST_STATE_WORDS = Math.max(...allNames.map((name) => tokenize(name).length)) + 1 + 6;

/** The words of a state's formal name before its name, folded: "Republic of", "Socialist Republic of", "State of" (Qatar), "Cộng hòa", "Vương quốc". */
const FORMAL_PREFIX = /^(?:(?:(?:socialist|federal|federative|hashemite|democratic|people's|people’s|islamic|united|arab|lao people's democratic) )*(?:republic|kingdom|commonwealth|sultanate|federation|state|principality|grand duchy) of (?:the )?|(?:cong hoa(?: xa hoi chu nghia| dan chu nhan dan| nhan dan| lien bang)?|vuong quoc|lien bang|nha nuoc) )/;
/**
 * Longer than this, a string names no state even written decomposed (a letter and up to four marks in one): it is
 * not read at all. The longest formal prefix ("lao people's democratic republic of the ") is allowed for.
 */
const LONGEST_STATE_CHARACTERS = 8 * (Math.max(...allNames.map((name) => name.length + 4)) + 40);

/**
 * The state a name names ("Ấn Độ", "the Philippines", "Hoa Kỳ", "the Republic of Indonesia"), compared
 * without case and without where the tone mark stands ("Thuỵ Điển", "Thụy Điển"), but a name written
 * without diacritics only with names that have none.
 */
export function stateNamed(name: string, language?: 'vi' | 'en'): State | undefined {
  // A run of a long article asked about every state it might end with costs nothing to refuse.
  if (name.trim().length > LONGEST_STATE_CHARACTERS) return undefined;
  const written = name.normalize('NFC').replace(/^the /i, '').trim();
  // ("Democratic People's Republic of Korea" is a name of its own, not the formal prefix of "Korea".)
  const whole = (plain(written) ? byName : byDiacriticName).get(foldKeepLength(written));
  if (whole && !(language === 'en' && vietnameseOnly.has(foldKeepLength(written)))) return whole;
  const formal = FORMAL_PREFIX.exec(foldKeepLength(written));
  const bare = formal && formal[0].length < written.length ? written.slice(formal[0].length) : written;
  const key = foldKeepLength(bare);
  if (language === 'en' && vietnameseOnly.has(key)) return undefined;
  return plain(bare) ? byName.get(key) : (byDiacriticName.get(key) ?? byName.get(key));
}

/**
 * How many characters of a Vietnamese state's name are its formal prefix ("Cộng hòa xã hội chủ nghĩa | Việt Nam", "Vương quốc |
 * Anh"), 0 when it has none: readers mark the state inside a longer name at its name without it.
 */
export function vietnameseFormalPrefixLength(name: string): number {
  const folded = foldKeepLength(name.normalize('NFC'));
  const formal = FORMAL_PREFIX.exec(folded);
  return formal && formal[0].length < folded.length && /^(?:cong|vuong|lien|nha) /.test(formal[0]) ? formal[0].length : 0;
}

/** The state an English adjective stands for ("Indian" → India); "Lào" is no "Lao", an English adjective has no diacritics. */
export function stateOfAdjective(word: string): State | undefined {
  return plain(word) ? byAdjective.get(foldKeepLength(word)) : undefined;
}

/** The state an adjective among words stands for, when it stands before English words: "Lao Bảo" is a Vietnamese name, not a Lao one. */
export function stateOfAdjectiveAt(words: readonly { text: string }[], at: number): State | undefined {
  // "South African National Defence College", "Sri Lankan Navy": an adjective of two words, read whole first.
  const two = words[at + 1] && plain(words[at + 2]?.text ?? '') ? stateOfAdjective(`${words[at]!.text} ${words[at + 1]!.text}`) : undefined;
  return two ?? (plain(words[at + 1]?.text ?? '') ? stateOfAdjective(words[at]!.text) : undefined);
}

/** Whether a name is states joined by dashes, the two sides of something bilateral: "Việt Nam – Hàn Quốc", "Japan-Philippines". */
export function statesJoined(name: string, language?: 'vi' | 'en'): boolean {
  const sides = name.split(/\s*[–—‐-]\s*/);
  return sides.length > 1 && sides.every((side) => stateNamed(side, language) !== undefined);
}

/** Oceans, as written: "Dương" alone is also a given name. */
export const OCEANS = ['Thái Bình Dương', 'Ấn Độ Dương', 'Đại Tây Dương', 'Bắc Băng Dương', 'Nam Đại Dương'];

/** Whether word `at` is inside an ocean's name that goes on after it: "Ấn Độ | Dương" is the Indian Ocean, not India and a "Dương". */
export function oceanGoesOn(text: string, tokens: readonly Token[], at: number): boolean {
  return tokens[at + 1]?.text === 'Dương' && oceanAround(text, tokens, at + 1);
}

/** A capitalised word right after, a space between: "Ấn Độ | Dương Văn Nam" is India and a person, no ocean. */
const nameGoesOn = (text: string, tokens: readonly Token[], at: number) => {
  const next = tokens[at + 1];
  return next !== undefined && /^\p{Lu}/u.test(next.text) && text.slice(tokens[at]!.end, next.start) === ' ';
};

/** Whether word `at` is a word of an ocean's name as written: "Thái" of "… – Thái Bình Dương" is no family name. */
export function oceanAround(text: string, tokens: readonly Token[], at: number): boolean {
  const word = tokens[at];
  if (!word) return false;
  // The ocean's "Dương" with a name after it is a family name: "Ấn Độ Dương Văn Nam".
  const duong = word.text === 'Dương' ? at : tokens[at + 1]?.text === 'Dương' ? at + 1 : tokens[at + 2]?.text === 'Dương' ? at + 2 : -1;
  if (duong >= 0 && nameGoesOn(text, tokens, duong)) return false;
  return OCEANS.some((ocean) => {
    for (let from = Math.max(0, word.start - ocean.length); from <= word.start; from++) {
      if (text.startsWith(ocean, from) && from + ocean.length >= word.end) return true;
    }
    return false;
  });
}

/** Whether a name stands somewhere in the text other than right inside an opening bracket. */
export function namedOutsideBrackets(text: string, name: string): boolean {
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) if (text[at - 1] !== '(' && !/\p{L}/u.test(text[at + name.length] ?? '') && !/\p{L}/u.test(text[at - 1] ?? '')) return true;
  return false;
}
