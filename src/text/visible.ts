/**
 * Whether a text holds anything a reader can see. Spaces, control and format characters
 * (zero-width spaces, byte-order marks, direction marks, soft hyphens), the Unicode "default
 * ignorable" characters (Hangul fillers, variation selectors, tags), private-use and unassigned
 * code points, a blank Braille cell and marks with nothing to combine with all draw nothing.
 */
const VISIBLE = /[^\s\p{Default_Ignorable_Code_Point}\p{Cc}\p{Cf}\p{Co}\p{Cn}\p{Cs}\p{Z}\p{M}\u2800]/u;

export function hasVisibleText(text: string): boolean {
  return VISIBLE.test(text);
}
