/**
 * The parts of a view that do not depend on the interface: what is selected, which quote is
 * open, where the camera stands. The explorer's URL and a story's steps hold them alike.
 */
export type Selection = { type: 'node' | 'edge'; id: string } | null;
export type Camera = { x: number; y: number; ratio: number };
/** The open article, and the quote to highlight in it, if any. */
export type ArticleView = { source: string; start?: number; end?: number };

/**
 * The cameras sigma can draw: a zoom ratio far from zero and from infinity, and a centre near
 * the graph (sigma's coordinates put the whole graph within 0…1). The canvas is held to the
 * same ratios, so the app never writes a camera it would refuse to read.
 */
export const CAMERA_LIMITS = { minRatio: 1e-3, maxRatio: 100, maxOffset: 1000 } as const;

export function isDrawableCamera({ x, y, ratio }: Camera): boolean {
  const near = (n: number) => Number.isFinite(n) && Math.abs(n) <= CAMERA_LIMITS.maxOffset;
  return near(x) && near(y) && ratio >= CAMERA_LIMITS.minRatio && ratio <= CAMERA_LIMITS.maxRatio;
}

/** What a camera that cannot be drawn is told it should have been. */
export const CAMERA_EXPECTED = `x,y,ratio with the ratio from ${CAMERA_LIMITS.minRatio} to ${CAMERA_LIMITS.maxRatio}`;

/** A quote within an article of `length` characters: start before end, both inside the text. */
export function isQuoteWithin(start: number, end: number, length: number): boolean {
  return Number.isInteger(start) && Number.isInteger(end) && start >= 0 && start < end && end <= length;
}
