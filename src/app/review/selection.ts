/**
 * The article's offsets of what is selected in it. The article is drawn as many segments (a mark
 * for each mention, reference, focus), so a selection's ends can fall inside any of them, or on an
 * element boundary rather than in text; counting the characters of a range from the start of the
 * article to each end gives the offset whatever the segments are. The text nodes hold the NFC
 * text exactly, so the count is in the same UTF-16 units as every stored offset.
 */

/** The offset in `root`'s text of a boundary point, clamped to the root when the point is outside it. */
function offsetIn(root: Node, node: Node, offset: number): number {
  const range = document.createRange();
  range.selectNodeContents(root);
  if (root !== node && !root.contains(node)) {
    const before = range.comparePoint(node, offset) < 0;
    return before ? 0 : (root.textContent ?? '').length;
  }
  range.setEnd(node, offset);
  return range.toString().length;
}

/** The selection's span inside the article's text element, or undefined when nothing of it is selected. */
export function selectedOffsets(root: HTMLElement): { start: number; end: number } | undefined {
  const selection = window.getSelection();
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return undefined;
  const range = selection.getRangeAt(0);
  if (!range.intersectsNode(root)) return undefined;
  const start = offsetIn(root, range.startContainer, range.startOffset);
  const end = offsetIn(root, range.endContainer, range.endOffset);
  return end > start ? { start, end } : undefined;
}
