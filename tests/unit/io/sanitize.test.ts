import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canvasLabel } from '../../../src/app/canvas/canvasLabels';
import { formatDate } from '../../../src/app/i18n';
import { describeImportSummary } from '../../../src/app/i18nImport';
import { exportGraph } from '../../../src/io/formats';
import { EXPORT_FORMAT_IDS } from '../../../src/io/options';
import { readGraphFile } from '../../../src/io/read';
import { excerpt, isSafeColour, type ImportIssue } from '../../../src/io/sanitize';
import { DATE_TYPES, KINDS, PREDICATES } from '../../../src/model/vocabulary';

const json = (value: unknown) => readGraphFile('x.json', new TextEncoder().encode(JSON.stringify(value)));
const issue = (summary: ImportIssue[], code: ImportIssue['code']) => summary.find((i) => i.code === code);

describe('values of an imported file', () => {
  it('renames ids that collide with JavaScript object names, and keeps their edges', () => {
    const { graph, summary } = json({
      nodes: [{ key: '__proto__' }, { key: 'constructor' }, { key: 'toString' }, { key: 'constructor~' }],
      edges: [{ key: 'hasOwnProperty', source: '__proto__', target: 'constructor' }],
    });
    // The file's own "constructor~" comes after the renamed "constructor" took that name.
    expect(graph.nodes()).toEqual(['__proto__~', 'constructor~', 'toString~', 'constructor~~']);
    expect(graph.edges()).toEqual(['hasOwnProperty~']);
    expect(graph.extremities('hasOwnProperty~')).toEqual(['__proto__~', 'constructor~']);
    expect(issue(summary, 'renamedNodeId')).toEqual({ code: 'renamedNodeId', count: 4, examples: ['__proto__', 'constructor', 'toString'] });
    expect(issue(summary, 'renamedEdgeId')?.count).toBe(1);
  });

  it('maps unknown kinds, predicates and date types to what the app knows, and says so', () => {
    const { graph, summary } = json({
      nodes: [
        { key: 'a', attributes: { kind: 'constructor', dates: [{ type: 'toString', date: '2024' }, { type: 'signed', date: 'last spring' }, { type: 'signed', date: '2024-05' }] } },
        { key: 'b', attributes: { kind: 'ship' } },
      ],
      edges: [{ source: 'a', target: 'b', attributes: { predicate: '__proto__', date: 'soon' } }],
    });
    expect(graph.getNodeAttribute('a', 'kind')).toBe('other');
    expect(graph.getNodeAttribute('a', 'category')).toBe('constructor');
    expect(graph.getNodeAttribute('a', 'dates')).toEqual([{ type: 'signed', date: '2024-05' }]);
    const [edge] = graph.edges();
    expect(graph.getEdgeAttribute(edge as string, 'predicate')).toBe('related_to');
    expect(graph.getEdgeAttribute(edge as string, 'date')).toBeUndefined();
    expect(issue(summary, 'unknownKind')).toMatchObject({ count: 2, examples: ['constructor', 'ship'] });
    expect(issue(summary, 'unknownPredicate')).toMatchObject({ count: 1, examples: ['__proto__'] });
    expect(issue(summary, 'unknownDateType')).toMatchObject({ count: 1, examples: ['toString'] });
    expect(issue(summary, 'badDate')).toMatchObject({ count: 2, examples: ['last spring', 'soon'] });
  });

  it('lets only colour syntax through to a style', () => {
    const { graph, summary } = json({
      nodes: [
        { key: 'a', attributes: { color: 'url(http://example.com/x.png)' } },
        { key: 'b', attributes: { color: 'red;background:url(x)' } },
        { key: 'c', attributes: { color: 'rgb(255, 0, 10)' } },
        { key: 'd', attributes: { color: '#abc' } },
      ],
    });
    expect(graph.getNodeAttribute('a', 'color')).toBe(KINDS.other.color);
    expect(graph.getNodeAttribute('b', 'color')).toBe(KINDS.other.color);
    expect(graph.getNodeAttribute('c', 'color')).toBe('#ff000a');
    expect(graph.getNodeAttribute('d', 'color')).toBe('#abc');
    expect(issue(summary, 'badColour')?.count).toBe(2);
    for (const bad of ['url(x)', 'expression(alert(1))', '#12', 'red', '', 'var(--x)']) expect(isSafeColour(bad)).toBe(false);
  });

  it('lays out again a node whose position cannot be framed, and bounds sizes', () => {
    const { graph, summary, needsLayout } = json({
      nodes: [
        { key: 'a', attributes: { x: 1e300, y: 0, size: 1e200 } },
        { key: 'b', attributes: { x: 1, y: 2, size: -3 } },
        { key: 'c', attributes: { x: 1, y: 2, size: 'Infinity' } },
        { key: 'd', attributes: { x: 'NaN', y: 2 } },
      ],
    });
    expect(needsLayout).toBe(true);
    expect(Number.isNaN(graph.getNodeAttribute('a', 'x'))).toBe(true);
    expect(graph.getNodeAttribute('a', 'size')).toBe(100);
    expect(graph.getNodeAttribute('b', 'size')).toBe(0.5);
    expect(graph.getNodeAttribute('c', 'size')).toBe(4);
    expect(issue(summary, 'badPosition')).toMatchObject({ count: 2, examples: ['a', 'd'] });
    expect(issue(summary, 'badSize')?.examples.join(' ')).not.toMatch(/NaN|undefined|Infinity/);
    expect(issue(summary, 'badSize')?.count).toBe(2);
  });

  it('drops evidence with impossible offsets and keeps the rest', () => {
    const evidence = [
      { source: 's', quote: 'ok', start: 3, end: 5 },
      { source: 's', quote: 'x', start: -4, end: 2 },
      { source: 's', quote: 'x', start: 9, end: 2 },
      { source: 's', quote: 'x', start: 1e300, end: 1e301 },
    ];
    const { graph, summary } = json({ nodes: [{ key: 'a' }, { key: 'b' }], edges: [{ source: 'a', target: 'b', attributes: { evidence } }] });
    expect(graph.getEdgeAttribute(graph.edges()[0] as string, 'evidence')).toEqual([evidence[0]]);
    expect(issue(summary, 'badEvidence')).toMatchObject({ count: 1, examples: ['s -4–2'] });
  });

  it('keeps a megabyte label whole in the data and reports it; the canvas draws a short one', () => {
    const long = 'Đ'.repeat(1_000_000);
    const { graph, summary } = json({ nodes: [{ key: 'a', attributes: { label: long } }] });
    expect(graph.getNodeAttribute('a', 'labels').vi).toHaveLength(1_000_000);
    expect(canvasLabel(long, []).length).toBeLessThan(40);
    expect(issue(summary, 'longText')?.examples[0]).toHaveLength(40);
  });

  it('says nothing about a clean file', () => {
    expect(json({ nodes: [{ key: 'a', attributes: { label: 'Hà Nội', kind: 'place', color: '#112233', x: 1, y: 2, size: 5 } }] }).summary).toEqual([]);
  });

  it('words the summary in both languages, with a few examples and the count of the rest', () => {
    const summary: ImportIssue[] = [{ code: 'unknownDateType', count: 3, examples: ['founded', 'toString'] }];
    expect(describeImportSummary('en', summary)).toEqual(['3 nodes had unknown date types (founded, toString, …) — shown without those dates.']);
    expect(describeImportSummary('vi', summary)).toEqual(['3 thực thể có loại ngày không xác định (founded, toString, …) — hiển thị không kèm các ngày đó.']);
    expect(describeImportSummary('en', [{ code: 'unknownKind', count: 1, examples: ['ship'] }])).toEqual(['1 node had a kind the explorer does not know (ship) — shown as “Other”.']);
  });

  it('shortens any value for a message to one short line', () => {
    expect(excerpt('a\n\nb')).toBe('a b');
    expect(excerpt('x'.repeat(100))).toBe(`${'x'.repeat(39)}…`);
  });
});

/** Values a hostile or careless file may carry in any attribute. */
const hostile = fc.oneof(
  fc.constantFrom('__proto__', 'constructor', 'toString', 'valueOf', 'hasOwnProperty', 'url(http://x/)', 'NaN', 'Infinity', '-1e400', '', ' ', '\u0000', '\uD800', '<script>', 'x'.repeat(5000)),
  fc.string(),
  fc.double(),
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.oneof(fc.string(), fc.integer(), fc.constant(null)), { maxLength: 3 }),
  fc.dictionary(fc.constantFrom('type', 'date', 'vi', 'en', 'source', 'quote', 'start', 'end', '__proto__'), fc.oneof(fc.string(), fc.integer(), fc.constant(null))),
);
const ATTRIBUTES = ['label', 'labels', 'kind', 'type', 'category', 'aliases', 'description', 'dates', 'sources', 'color', 'x', 'y', 'size', 'predicate', 'predicateLabels', 'date', 'dateInferred', 'inferred', 'inferred_vi', 'date_inferred_en', 'evidence', '__proto__', 'constructor', 'original_id'];
const hostileAttributes = fc.dictionary(fc.constantFrom(...ATTRIBUTES), hostile, { maxKeys: 8 });
const hostileKey = fc.oneof(fc.constantFrom('__proto__', 'constructor', 'toString', 'a', 'b', '0'), fc.string({ maxLength: 4 }));

describe('any file the structure check lets through', () => {
  it('imports, shows every node and edge in either language, and exports, without an exception', () => {
    const file = fc
      .uniqueArray(fc.record({ key: hostileKey, attributes: hostileAttributes }), { selector: (n) => n.key, minLength: 1, maxLength: 6 })
      .chain((nodes) =>
        fc.record({
          nodes: fc.constant(nodes),
          edges: fc.array(fc.record({ key: fc.option(hostileKey, { nil: undefined }), source: fc.constantFrom(...nodes.map((n) => n.key)), target: fc.constantFrom(...nodes.map((n) => n.key)), attributes: hostileAttributes }), { maxLength: 6 }),
        }),
      );
    fc.assert(
      fc.property(file, (data) => {
        const { graph, summary } = json(data);
        for (const lang of ['vi', 'en'] as const) {
          describeImportSummary(lang, summary);
          graph.forEachNode((node, a) => {
            expect(Object.hasOwn(Object.prototype, node) || node === '__proto__').toBe(false);
            expect(typeof KINDS[a.kind][lang]).toBe('string');
            expect(isSafeColour(a.color)).toBe(true);
            expect(typeof canvasLabel(a.labels[lang], a.aliases)).toBe('string');
            for (const d of a.dates) expect(typeof `${DATE_TYPES[d.type][lang]} ${formatDate(d.date, lang)} ${d.dateInferred?.[lang] ?? ''}`).toBe('string');
          });
          graph.forEachEdge((_edge, a) => {
            expect(typeof PREDICATES[a.predicate][lang]).toBe('string');
            for (const reason of [a.inferred, a.dateInferred]) if (reason) expect(typeof reason[lang]).toBe('string');
            for (const e of a.evidence) expect(e.start).toBeLessThan(e.end);
          });
        }
        for (const format of EXPORT_FORMAT_IDS) expect(exportGraph(graph, format).length).toBeGreaterThan(0);
      }),
      { numRuns: 150 },
    );
  });

  it('exports a graph whose sources are named like Object methods (found by the property above)', () => {
    const { graph } = json({ nodes: [{ key: 'a', attributes: { sources: ['valueOf'] } }, { key: 'b' }], edges: [{ source: 'a', target: 'b', attributes: { evidence: [{ source: 'toString', quote: 'q', start: 0, end: 1 }] } }] });
    for (const format of EXPORT_FORMAT_IDS) expect(exportGraph(graph, format).length).toBeGreaterThan(0);
  });
});
