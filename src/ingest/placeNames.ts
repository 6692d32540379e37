/**
 * The English name to propose for a place a Vietnamese article names, where the project knows it: the English exonym of a
 * place the press spells its own way ("Viêng Chăn" is Vientiane, "Warszawa" Warsaw, "Hà Nội" Hanoi), kept as data in
 * data/place-names.json. A place not listed gets none, so that Accept asks the reviewer rather than guessing.
 */
import data from './data/place-names.json';

const EXONYMS = new Map(data.places.map(([vi, en]) => [vi!.normalize('NFC').toLowerCase(), en!]));

export const englishPlaceName = (name: string): string | undefined => EXONYMS.get(name.normalize('NFC').toLowerCase());

const ENGLISH_PLACES = new Set(data.places.map(([, en]) => en!.toLowerCase()));

/** Whether a name is one of those places in English ("New Delhi", "Vientiane"): a place wherever it stands. */
export const knownEnglishPlace = (name: string): boolean => ENGLISH_PLACES.has(name.toLowerCase());
