/**
 * Vietnamese two-syllable words (data/vi-compounds.json, from @vntk/dictionary, MIT licence; see
 * data/README.md), so that a name does not end inside a word: "Bộ Công an", not "Bộ Công"
 * followed by "an"; "Thư ký", not a name ending in "Thư".
 */
import compounds from './data/vi-compounds.json';

/**
 * Words of the field the dictionary lacks, found missing while reading development articles and probes: "Cục Cứu hộ – Cứu
 * nạn" (rescue), "rà phá bom mìn" (mine clearance), "Cục Hải cảnh Nam Hải" (China's coast guard, "hải cảnh").
 */
const FIELD_WORDS = ['cứu nạn', 'rà phá', 'bom mìn', 'hải cảnh'];

let words: Set<string> | undefined;

function wordSet(): Set<string> {
  if (words) return words;
  words = new Set();
  for (const [first, seconds] of Object.entries(compounds as Record<string, string>)) for (const second of seconds.split(' ')) words.add(`${first} ${second}`);
  for (const word of FIELD_WORDS) words.add(word);
  return words;
}

/** Whether two syllables, as written, are one Vietnamese word ("Công" + "an"). */
export function isCompound(first: string, second: string): boolean {
  return wordSet().has(`${first.toLowerCase()} ${second.toLowerCase()}`);
}
