/**
 * Ranks and titles the English press writes short with a full stop ("Lt. Gen.", "Rear Adm.", "Sen.",
 * "Prof."), folded. The sentence splitter does not end a sentence at them, and the name rules read
 * them as ranks before a person's name.
 */
export const SHORT_TITLES = ['gen', 'lt', 'maj', 'brig', 'col', 'adm', 'capt', 'cdr', 'cmdr', 'cmdre', 'sgt', 'sen', 'snr', 'prof', 'amb'];

/**
 * Given names written short with a full stop inside a person's name, which ends no sentence: the Philippines' "Ma." (María,
 * "Jose Ma. Ramirez"), Malaysia's "Mohd." and "Muhd." (Mohammad). Not "Md.", which is also Maryland's ("Annapolis, Md.").
 */
export const SHORT_GIVEN_NAMES = ['Ma', 'Mohd', 'Muhd'];

/** Words that open a rank, written in full before its short form: "Rear Adm.", "Senior Lt. Gen.". */
export const SHORT_RANK_OPENERS = ['vice', 'rear', 'senior', 'lieutenant', 'major', 'brigadier'];

/** A folded word as the press writes it at the start of a name: "gen" → "Gen". */
export const written = (word: string) => word[0]!.toUpperCase() + word.slice(1);

/**
 * Whether an abbreviation's letters are taken, in order, from the capitalised words' initials: "INL" of "Bureau of
 * International Narcotics and Law Enforcement Affairs". For a name the rules could not spell out word by word.
 */
export function initialsHold(words: readonly string[], abbreviation: string): boolean {
  const letters = abbreviation.toUpperCase();
  const capitalised = words.filter((word) => /^\p{Lu}/u.test(word));
  let at = 0;
  capitalised.forEach((word, w) => {
    if (word[0] !== letters[at]) return;
    at++;
    // "IGAD" of "Intergovernmental Authority on Development": a letter from inside the word, where the next word does not open with it.
    let inside = 1;
    while (at < letters.length && capitalised[w + 1]?.[0] !== letters[at]) {
      const found = word.toUpperCase().indexOf(letters[at]!, inside);
      if (found < 0) break;
      inside = found + 1;
      at++;
    }
  });
  return letters.length >= 3 && at === letters.length;
}
