import { describe, expect, it } from 'vitest';
import { formatError, MAX_FIELD_LENGTH, validateDataset } from '../../../src/model/validate';
import { tinyRaw, type Mutations } from '../../helpers/tinyDataset';

type Json = Record<string, unknown>;
const at = <T>(list: T[], i: number): T => {
  const item = list[i];
  if (item === undefined) throw new Error(`no item ${i}`);
  return item;
};
const firstEvidence = (relations: Json[]): Json => at((at(relations, 0).evidence as Json[]), 0);

function errorsFor(mutations: Mutations): string[] {
  return validateDataset(tinyRaw(mutations)).errors.map(formatError);
}

describe('validateDataset', () => {
  it('accepts the tiny fixture', () => {
    const result = validateDataset(tinyRaw());
    expect(result.errors).toEqual([]);
    expect(result.dataset?.entities).toHaveLength(3);
  });

  it('keeps an English gloss of a Vietnamese quote', () => {
    const result = validateDataset(tinyRaw({ relations: (r) => void (firstEvidence(r).gloss = 'Viet Nam and the European Union cooperate') }));
    expect(result.errors).toEqual([]);
    expect(result.dataset?.relations[0]?.evidence[0]?.gloss).toBe('Viet Nam and the European Union cooperate');
  });

  const cases: [string, Mutations, RegExp][] = [
    ['unknown entity id', { relations: (r) => void (at(r, 0).target = 'nato') }, /^relations\.json: relations\[0\]\.target: unknown entity id "nato"$/],
    ['duplicate entity id', { entities: (e) => void (at(e, 1).id = 'vietnam') }, /^entities\.json: entities\[1\]\.id: duplicate entity id "vietnam"$/],
    ['duplicate relation', { relations: (r) => void r.push(structuredClone(at(r, 0))) }, /relations\[3\]: duplicate relation vietnam:cooperates_with:eu/],
    ['quote not at its offsets', { relations: (r) => void (firstEvidence(r).start = 1) }, /relations\[0\]\.evidence\[0\]\.start: quote "Việt Nam và Liên minh châu Âu hợp tác" is not at 1–37 .*occurs at 0–37/],
    ['quote absent from the source', { relations: (r) => void Object.assign(firstEvidence(r), { quote: 'NATO', end: 4, start: 0 }) }, /quote "NATO" is not at 0–4.*does not occur in the source at all/],
    ['quote in a source that does not exist', { relations: (r) => void (firstEvidence(r).source = 'ghost') }, /evidence\[0\]\.source: unknown source id "ghost"/],
    ['source text not in NFC', { text: (t) => t.normalize('NFD') }, /^sources\/tiny\.txt: \(root\): text is not in Unicode NFC form$/],
    ['label not in NFC', { entities: (e) => void ((at(e, 0).labels as Json).vi = 'Việt Nam'.normalize('NFD')) }, /^entities\.json: entities\[0\]\.labels\.vi: text is not in Unicode NFC form$/],
    ['missing en label', { entities: (e) => void delete (at(e, 2).labels as Json).en }, /^entities\.json: entities\[2\]\.labels\.en: /],
    ['empty vi label', { entities: (e) => void ((at(e, 2).labels as Json).vi = '  ') }, /entities\[2\]\.labels\.vi: must not be empty/],
    ['unknown predicate', { relations: (r) => void (at(r, 0).predicate = 'likes') }, /^relations\.json: relations\[0\]\.predicate: Invalid option/],
    ['unknown kind', { entities: (e) => void (at(e, 0).kind = 'country') }, /^entities\.json: entities\[0\]\.kind: Invalid option/],
    ['malformed relation date', { relations: (r) => void (at(r, 0).date = '28/5/2024') }, /relations\[0\]\.date: must be an ISO 8601 date/],
    ['impossible calendar date', { meta: (m) => void (m.date = '2024-02-30') }, /^sources\/tiny\.json: date: must be an ISO 8601 date/],
    ['relation without evidence', { relations: (r) => void (at(r, 1).evidence = []) }, /relations\[1\]\.evidence: every relation needs at least one evidence record/],
    ['entity that nothing relates', { entities: (e) => void e.push({ id: 'nato', kind: 'actor', labels: { vi: 'NATO', en: 'NATO' }, description: { vi: 'x', en: 'x' } }) }, /entities\[3\]: "nato" takes part in no relation/],
    ['id that is not stable ASCII', { entities: (e) => void (at(e, 0).id = 'Việt Nam') }, /entities\[0\]\.id: must be lower-case ASCII/],
    ['source id that does not match its file', { meta: (m) => void (m.id = 'other') }, /sources\/tiny\.json: id: source id "other" does not match its file name/],
    ['inference reason without a date', { meta: (m) => void (delete m.date, (m.dateInferred = { vi: 'đoán', en: 'guess' })) }, /sources\/tiny\.json: dateInferred: gives a reason but no date/],
    // A reader of the Vietnamese interface would see English: every reason is a {vi, en} pair.
    ['English-only reason of a relation', { relations: (r) => void (at(r, 2).inferred = 'Test: marked inferred on purpose.') }, /^relations\.json: relations\[2\]\.inferred: the reason must be given in both languages: \{"vi": "…", "en": "…"\}$/],
    ['English-only reason of a relation date', { relations: (r) => void (at(r, 0).dateInferred = 'year from the article') }, /^relations\.json: relations\[0\]\.dateInferred: the reason must be given in both languages/],
    ['English-only reason of an entity date', { entities: (e) => void (at(e, 0).dates = [{ type: 'established', date: '1945', dateInferred: 'guess' }]) }, /^entities\.json: entities\[0\]\.dates\[0\]\.dateInferred: the reason must be given in both languages/],
    ['English-only reason of an article date', { meta: (m) => void (m.dateInferred = 'no date printed') }, /^sources\/tiny\.json: dateInferred: the reason must be given in both languages/],
    ['reason missing its Vietnamese', { relations: (r) => void (at(r, 2).inferred = { en: 'Test: marked inferred on purpose.' }) }, /^relations\.json: relations\[2\]\.inferred\.vi: /],
    ['unknown field', { relations: (r) => void (at(r, 0).confidence = 0.9) }, /relations\[0\]: Unrecognized key: "confidence"/],
    ['empty gloss', { relations: (r) => void (firstEvidence(r).gloss = ' ') }, /^relations\.json: relations\[0\]\.evidence\[0\]\.gloss: must not be empty$/],
    ['gloss that repeats the quote', { relations: (r) => void (firstEvidence(r).gloss = 'Việt Nam và Liên minh châu Âu hợp tác') }, /evidence\[0\]\.gloss: repeats the quote: a gloss is its English rendering$/],
    ['gloss of an English quote', { meta: (m) => void (m.language = 'en'), relations: (r) => void (firstEvidence(r).gloss = 'Viet Nam and the EU cooperate') }, /evidence\[0\]\.gloss: a gloss renders a quote in English: this quote is English already$/],
    ['gloss not in NFC', { relations: (r) => void (firstEvidence(r).gloss = 'Viet Nam and the EU cooperate (Việt Nam)'.normalize('NFD')) }, /evidence\[0\]\.gloss: text is not in Unicode NFC form$/],
    // An actor cannot sign a domain: each predicate links only the kinds it is made for.
    ['a predicate between kinds it does not link', { relations: (r) => void (at(r, 1).predicate = 'signs') }, /^relations\.json: relations\[1\]\.predicate: "signs" goes from actor to agreement \/ partnership, not from actor to domain$/],
    ['a mention not at its offsets', { entities: (e) => void (at(e, 0).mentions = [{ source: 'tiny', quote: 'Việt Nam', start: 1, end: 9 }]) }, /entities\[0\]\.mentions\[0\]\.start: quote "Việt Nam" is not at 1–9/],
  ];

  it.each(cases)('reports %s', (_name, mutations, expected) => {
    const errors = errorsFor(mutations);
    expect(errors.some((line) => expected.test(line)), errors.join('\n')).toBe(true);
  });

  it('accepts an entity that no relation links when its mention ties it to a source', () => {
    const result = validateDataset(
      tinyRaw({
        entities: (e) => void e.push({ id: 'nato', kind: 'actor', labels: { vi: 'NATO', en: 'NATO' }, description: { vi: 'x', en: 'x' }, mentions: [{ source: 'tiny', quote: 'Việt Nam', start: 0, end: 8 }] }),
      }),
    );
    expect(result.errors.map(formatError)).toEqual([]);
  });

  it('lists every error, not only the first', () => {
    const errors = errorsFor({
      relations: (r) => {
        at(r, 0).target = 'nato';
        at(r, 1).predicate = 'likes';
        firstEvidence(r).start = 3;
      },
    });
    expect(errors.length).toBeGreaterThanOrEqual(2);
  });

  it('reports broken JSON with its file, line and column', () => {
    const raw = tinyRaw();
    raw.relations.content = '{\n  "relations": [\n    }';
    expect(validateDataset(raw).errors.map(formatError)).toEqual(["relations.json: (root): invalid JSON at line 3, column 5: Unexpected token '}'"]);
  });

  const chain = (pairs: [string, string][]) => (r: Json[]) => {
    for (const [source, target] of pairs) r.push({ ...structuredClone(at(r, 0)), source, target, predicate: 'part_of' });
  };

  it.each([
    ['two', [['vietnam', 'eu'], ['eu', 'vietnam']], 'vietnam → eu → vietnam'],
    ['three', [['vietnam', 'eu'], ['eu', 'cyber-security'], ['cyber-security', 'vietnam']], 'vietnam → eu → cyber-security → vietnam'],
  ] as [string, [string, string][], string][])('reports a part_of cycle of %s relations once, with its path', (_n, pairs, loop) => {
    const errors = errorsFor({ relations: chain(pairs) }).filter((e) => e.includes('circle'));
    expect(errors).toEqual([`relations.json: relations[${2 + pairs.length}]: part_of goes round in a circle: ${loop}`]);
  });

  it('accepts a part_of chain that does not close', () => {
    expect(errorsFor({ relations: chain([['vietnam', 'eu'], ['eu', 'cyber-security']]) }).filter((e) => e.includes('circle'))).toEqual([]);
  });

  it('reports a text field far beyond a sane size', () => {
    const errors = errorsFor({ entities: (e) => void ((at(e, 0).description as Json).en = 'x'.repeat(MAX_FIELD_LENGTH + 1)) });
    expect(errors).toContain(`entities.json: entities[0].description.en: text of ${MAX_FIELD_LENGTH + 1} characters, more than the ${MAX_FIELD_LENGTH} a field may hold`);
  });

  it('names the first invalid UTF-8 byte of an article, without a cascade of quote errors', () => {
    const raw = tinyRaw();
    const text = new TextEncoder().encode(raw.sources[0]!.text!.content as string);
    text[5] = 0xff;
    raw.sources[0]!.text!.content = text;
    expect(validateDataset(raw).errors.map(formatError)).toEqual(['sources/tiny.txt: (root): not valid UTF-8: invalid byte at offset 5; save the file as UTF-8']);
  });

  it('names a byte-order mark as such', () => {
    const raw = tinyRaw();
    raw.entities.content = new TextEncoder().encode(`\uFEFF${raw.entities.content as string}`);
    expect(validateDataset(raw).errors.map(formatError)).toEqual(['entities.json: (root): the file starts with a byte-order mark (BOM, U+FEFF); save it as UTF-8 without BOM']);
  });
});
