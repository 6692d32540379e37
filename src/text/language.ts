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

/** Words of English grammar, none of them a Vietnamese syllable ("an" of "an ninh" and "to" are left out). */
const ENGLISH_FUNCTION_WORDS = new Set(['the', 'of', 'and', 'in', 'with', 'a', 'on', 'for', 'was', 'is', 'are', 'were', 'by', 'at', 'from', 'that', 'this', 'as']);

/**
 * The language an article is written in: Vietnamese when at least one word in twenty is a
 * Vietnamese word in lower case and such words outnumber the words of English grammar. English
 * copy that writes Vietnamese names with their diacritics ("Defence Minister Phan Văn Giang … in
 * Hà Nội") stays English: its Vietnamese words are capitalised names, and a quarter of its words
 * are "the", "of", "and" …. A text of names alone is read by its letters.
 */
export function articleLanguage(text: string): 'vi' | 'en' {
  const words = text.normalize('NFC').match(/\p{L}+/gu) ?? [];
  let vietnamese = 0;
  let named = 0;
  let english = 0;
  for (const word of words) {
    if (VIETNAMESE_LETTER.test(word)) {
      if (/^\p{Ll}/u.test(word)) vietnamese++;
      else named++;
    } else if (ENGLISH_FUNCTION_WORDS.has(word.toLowerCase())) english++;
  }
  if (!words.some((word) => /^\p{Ll}/u.test(word))) return named > 0 ? 'vi' : 'en';
  // A long list of names with hardly a word of grammar ("Nhật Bản, Úc, Ấn Độ, … và Việt Nam đã ký …") is read by its few
  // lower-case words: English prose is never one word in twenty "the", "of", "and" ….
  if (english * 20 < words.length) return vietnamese > english ? 'vi' : 'en';
  return vietnamese * 20 >= words.length && vietnamese > english ? 'vi' : 'en';
}
