/**
 * Indexes over an article's tokens that the proposer looks things up in, so that a long article
 * (thousands of names and sentences) costs in proportion to its length, not to its length
 * times the number of names.
 */
import type { Token } from '../text/tokens';

/** Token positions by a key (such as the word as written), in text order: an acronym's later uses are looked up, not scanned for. */
export function positionsBy(tokens: Token[], key: (token: Token) => string): Map<string, number[]> {
  const positions = new Map<string, number[]>();
  tokens.forEach((token, i) => {
    const list = positions.get(key(token));
    if (list) list.push(i);
    else positions.set(key(token), [i]);
  });
  return positions;
}

/** A trie of names by their words; each node lists the names that end there and those that run on past it. */
export type WordTrie<T> = { next: Map<string, WordTrie<T>>; names: T[]; longer: T[] };

export function wordTrie<T>(names: { name: T; words: string[] }[]): WordTrie<T> {
  const root: WordTrie<T> = { next: new Map(), names: [], longer: [] };
  for (const { name, words } of names) {
    let node = root;
    for (const word of words) {
      node.longer.push(name);
      let child = node.next.get(word);
      if (!child) node.next.set(word, (child = { next: new Map(), names: [], longer: [] }));
      node = child;
    }
    node.names.push(name);
  }
  return root;
}

export function trieAt<T>(root: WordTrie<T>, words: string[]): WordTrie<T> | undefined {
  let node: WordTrie<T> | undefined = root;
  for (const word of words) node = node?.next.get(word);
  return node;
}

/**
 * Where each name's folded words stand in the text, in text order: one pass over the tokens
 * through a trie of the names, instead of one pass per name (a long article brings thousands).
 * A blocked token (already part of a name) can start or lie inside no occurrence.
 */
export function occurrencesOf<T>(tokens: Token[], root: WordTrie<T>, blocked: (i: number) => boolean): Map<T, number[]> {
  const found = new Map<T, number[]>();
  for (let i = 0; i < tokens.length; i++) {
    if (blocked(i)) continue;
    let node: WordTrie<T> | undefined = root;
    for (let k = i; node; k++) {
      for (const name of node.names) {
        const list = found.get(name);
        if (list) list.push(i);
        else found.set(name, [i]);
      }
      node = k < tokens.length && !blocked(k) ? node.next.get(tokens[k]!.folded) : undefined;
    }
  }
  return found;
}

/** For each token, the farthest last token of the ranges that start at or before it: "is this span inside one of them" in one look. */
export function reachOf(length: number, ranges: { first: number; last: number }[]): number[] {
  const reach = new Array<number>(length).fill(-1);
  for (const { first, last } of ranges) reach[first] = Math.max(reach[first]!, last);
  for (let i = 1; i < length; i++) reach[i] = Math.max(reach[i]!, reach[i - 1]!);
  return reach;
}

/** Two hashes, each modulo a prime below 2^26 so that a hash times a base or a power stays exact in a double. */
const HASHES = [
  { modulus: 67_108_859, base: 1_000_003 },
  { modulus: 67_108_837, base: 7_654_321 },
];

export type WordRunKeys = {
  /** The key of the folded words of tokens first..last. */
  key: (first: number, last: number) => string;
  /** The key those words would have if they were `words`. */
  keyOf: (words: string[]) => string;
};

/**
 * A key for the folded words of any run of tokens, in constant time after one pass (two
 * polynomial hashes of the words' numbers): "is this run one of these names?" costs as little
 * for a run of a thousand words as for two. Equal runs have equal keys; two different runs may
 * rarely share one, so a caller compares the words before it believes a match.
 */
export function wordRunKeys(tokens: Token[]): WordRunKeys {
  const numbers = new Map<string, number>();
  const numberOf = (word: string) => {
    let n = numbers.get(word);
    if (n === undefined) numbers.set(word, (n = numbers.size + 1));
    return n;
  };
  const tables = HASHES.map(({ modulus, base }) => {
    const prefix = new Float64Array(tokens.length + 1);
    const power = new Float64Array(tokens.length + 1);
    power[0] = 1;
    tokens.forEach((token, i) => {
      prefix[i + 1] = (prefix[i]! * base + numberOf(token.folded)) % modulus;
      power[i + 1] = (power[i]! * base) % modulus;
    });
    return { modulus, base, prefix, power };
  });
  return {
    key: (first, last) => {
      const length = last - first + 1;
      const hashes = tables.map(({ modulus, prefix, power }) => (prefix[last + 1]! - ((prefix[first]! * power[length]!) % modulus) + modulus) % modulus);
      return `${length}:${hashes.join(':')}`;
    },
    keyOf: (words) => {
      const hashes = tables.map(({ modulus, base }) => words.reduce((hash, word) => (hash * base + numberOf(word)) % modulus, 0));
      return `${words.length}:${hashes.join(':')}`;
    },
  };
}
