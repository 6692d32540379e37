/**
 * Which language an alias is written in, for language-tagged RDF literals. The data keeps
 * aliases as plain strings, so this is a rule, not a record: a Vietnamese letter (a diacritic,
 * or đ) or a hyphenated transliteration ("U-crai-na") means Vietnamese; no lower-case letter
 * at all ("EU", "HR/VP", "UNSC") means a code that belongs to no one language, left untagged;
 * anything else is taken as English. It errs on names borrowed as they are ("Bruxelles",
 * "Borrell"), which it calls English.
 */
const VIETNAMESE_LETTER = /[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]/i;
const TRANSLITERATION = /^[A-Za-z]{1,4}(?:-[a-z]{1,4})+$/;

export function aliasLanguage(alias: string): 'vi' | 'en' | null {
  if (VIETNAMESE_LETTER.test(alias.normalize('NFC')) || TRANSLITERATION.test(alias)) return 'vi';
  if (!/\p{Ll}/u.test(alias)) return null;
  return 'en';
}

/**
 * The language an article is written in: Vietnamese when at least one word in twenty carries a
 * Vietnamese letter (English text quoting a Vietnamese name stays English), else English.
 */
export function articleLanguage(text: string): 'vi' | 'en' {
  const words = text.normalize('NFC').match(/\p{L}+/gu) ?? [];
  let vietnamese = 0;
  for (const word of words) if (VIETNAMESE_LETTER.test(word)) vietnamese++;
  return vietnamese * 20 >= words.length && vietnamese > 0 ? 'vi' : 'en';
}
