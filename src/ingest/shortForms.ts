/**
 * Short forms of the article's own names: a body's name without the state it ends with ("Bộ Công an"
 * for "Bộ Công an Việt Nam") stands for that body when no other body of the article has the same
 * short form ("Thứ trưởng Bộ Công an" is deputy minister of the ministry the article named in full).
 * A body named with its abbreviation goes by its head and the abbreviation too ("Cục A05"), and by the abbreviation
 * alone inside another name ("Phó Giám đốc DAPA").
 */
import { foldedWords, tokenize } from '../text/tokens';
import { stateNamed } from './states';

/** A Vietnamese name: it has a letter only Vietnamese writes. */
const VIETNAMESE_SHORT = /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/iu;

type Named = { label: string; kind: string; actorCategory?: string | undefined; acronym?: string | undefined };

/** Whether a Vietnamese name ends with a state other than Viet Nam: its short form, written alone, is not that state's body. */
function foreignInVietnamese(label: string, state: { vi: string }): boolean {
  return VIETNAMESE_SHORT.test(label) && state.vi !== 'Việt Nam';
}

/**
 * Whether a longer name is a short one's state's body: "Bộ Công an Trung Quốc" is not the "Bộ Công an" a Vietnamese article
 * writes alone, nor "Cục Quân y Lực lượng vũ trang Liên bang Nga" the "Cục Quân y".
 */
export function foreignLongForm(short: string, long: string): boolean {
  if (!long.startsWith(short)) return false;
  // ("Cục Quân y Lực lượng vũ trang Liên bang Nga": the state may end the forces it names after the short form.)
  const rest = long.slice(short.length).trim().split(/\s+/);
  for (let k = 0; k < rest.length; k++) {
    const state = stateNamed(rest.slice(k).join(' '));
    if (state) return foreignInVietnamese(long, state);
  }
  return false;
}

/** Each short form's words, joined by spaces, and the one candidate it stands for. */
export function shortFormsOf<C extends Named>(candidates: readonly C[]): Map<string, C> {
  const full = new Set(candidates.map((c) => foldedWords(c.label).join(' ')));
  const forms = new Map<string, C | undefined>();
  for (const c of candidates) {
    if (c.kind !== 'actor' || c.actorCategory === 'person' || c.actorCategory === 'state' || c.actorCategory === 'office') continue;
    const tokens = tokenize(c.label);
    // "Cục A05" for "Cục An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao (A05)": the head and the abbreviation.
    if (c.acronym && tokens.length > 2) forms.set(`${tokens[0]!.folded} ${foldedWords(c.acronym).join(' ')}`, c);
    // "Phó Giám đốc DAPA": the abbreviation alone, inside an office's name, is the body it abbreviates.
    if (c.acronym) forms.set(foldedWords(c.acronym).join(' '), c);
    for (let n = 1; n <= 3 && tokens.length - n >= 2; n++) {
      const state = stateNamed(c.label.slice(tokens[tokens.length - n]!.start));
      if (!state) continue;
      const short = tokens.slice(0, tokens.length - n).map((t) => t.folded).join(' ');
      if (full.has(short)) break;
      // "Bộ Công an", "Học viện Quân y" alone are Viet Nam's in its press: never the "Bộ Công an Trung Quốc" or the "Học viện
      // Quân y Serbia" the article also names. Two bodies of two states share the short form ("Bộ Quốc phòng"): it stands for neither.
      const foreign = foreignInVietnamese(c.label, state);
      forms.set(short, foreign || (forms.has(short) && forms.get(short) !== c) ? undefined : c);
      break;
    }
  }
  const out = new Map<string, C>();
  for (const [short, c] of forms) if (c) out.set(short, c);
  return out;
}
