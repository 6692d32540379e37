/**
 * Ids a target format cannot carry (GraphML wants NMTOKENs; Cytoscape refuses blank ids)
 * are replaced by fresh ones (`n0`, `e1`…) that clash with no kept id; the writer keeps the
 * original in an `original_id` attribute, which our reader restores.
 */
export const ORIGINAL_ID = 'original_id';

export function safeIds(ids: string[], isSafe: (id: string) => boolean, prefix: string): Map<string, string> {
  const taken = new Set(ids.filter(isSafe));
  const out = new Map<string, string>();
  let n = 0;
  for (const id of ids) {
    if (isSafe(id)) {
      out.set(id, id);
      continue;
    }
    let candidate: string;
    do candidate = `${prefix}${n++}`;
    while (taken.has(candidate));
    taken.add(candidate);
    out.set(id, candidate);
  }
  return out;
}
