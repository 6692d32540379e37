/**
 * What an id of graph-data may be: the one definition the validator, ingest, the importer and
 * the review page share. Plain code, no schema library, so the page's chunks stay small.
 */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** An id names files (sources/ID.json) and links (?node=ID): a short handle, not a title. */
export const MAX_ID_LENGTH = 100;

/**
 * A name every JavaScript object already has ("constructor"; the id pattern lets no other
 * through). graphology keeps each node's neighbours in a plain object, where that key is found
 * before anything is added, so the graph would take it for a link and crash on it.
 */
export function isReservedId(value: string): boolean {
  return value in Object.prototype;
}

export function isWellFormedId(value: string): boolean {
  return value.length <= MAX_ID_LENGTH && ID_PATTERN.test(value) && !isReservedId(value);
}
