/**
 * Writes src/ingest/data/vi-compounds.json: the two-syllable Vietnamese words of @vntk/dictionary
 * (its Viet74K and Viet22K lists, MIT licence), lower case and NFC, grouped by first syllable.
 * The ingest reads it to keep a name from ending inside a word ("Thư" of "Thư ký", "Công" of
 * "Công an"). Run again only to refresh the list:  npx tsx tests/helpers/makeCompoundList.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const packageDir = dirname(createRequire(import.meta.url).resolve('@vntk/dictionary/package.json'));
const words = new Set<string>();
for (const list of ['Viet74K.txt', 'Viet22K.txt']) {
  for (const line of readFileSync(join(packageDir, 'data', list), 'utf8').split('\n')) {
    const word = line.trim().normalize('NFC');
    const syllables = word.split(' ');
    if (syllables.length === 2 && word === word.toLowerCase() && !/[^\p{L} ]/u.test(word)) words.add(word);
  }
}
const byFirst: Record<string, string> = {};
for (const word of [...words].sort()) {
  const [first, second] = word.split(' ') as [string, string];
  byFirst[first] = byFirst[first] ? `${byFirst[first]} ${second}` : second;
}
const out = new URL('../../src/ingest/data/vi-compounds.json', import.meta.url).pathname;
writeFileSync(out, `${JSON.stringify(byFirst)}\n`);
process.stdout.write(`${words.size} two-syllable words from ${Object.keys(byFirst).length} first syllables → ${out}\n`);
