import { describe, expect, it } from 'vitest';
import { defaultViewState, parseViewState, serializeViewState, type DataIndex, type Notice, type ViewState } from '../../../src/app/state/viewState';
import { emptyFilter } from '../../../src/query/filterSpec';
import { describeNotices, NOTICES_SHOWN } from '../../../src/app/i18n';
import { loadShipped } from '../../helpers/shipped';

const { graph, sources } = loadShipped();
const data: DataIndex = {
  graph,
  sourceIds: sources.map((s) => s.id),
  sourceLength: (id) => sources.find((s) => s.id === id)?.text.length,
};

describe('view state in the URL', () => {
  it('round-trips a full view', () => {
    const view: ViewState = {
      lang: 'vi',
      selection: { type: 'edge', id: 'norway:signs:eu-norway-spd' },
      article: { source: 'eu-norway-spd', start: 10, end: 40 },
      filter: { ...emptyFilter(), actors: ['norway', 'eu'], actorHops: 2, kinds: ['actor', 'agreement'], from: '2019', keepUndated: false },
      dim: true,
      path: { ends: ['vietnam', 'strategic-compass'], options: { k: 3, avoid: ['eu'], avoidKinds: ['event'], viaKinds: ['agreement', 'partnership'], directed: true }, chosen: 2 },
      camera: { x: 0.5, y: 0.25, ratio: 0.8 },
      table: { open: true, sort: { column: 'date', descending: true }, filters: { target: 'an ninh', quote: 'ký kết: mới' } },
      timeline: { open: false, stack: 'predicate', changes: { by: 'date', from: '2019-01-01', to: '2024-12-31' } },
      story: { ref: { id: 'two-partnerships' }, step: 2 },
    };
    const parsed = parseViewState(serializeViewState(view), data, 'en');
    expect(parsed.notices).toEqual([]);
    expect(parsed.state).toEqual(view);
  });

  it('falls back to the browser language and an empty view', () => {
    expect(parseViewState('', data, 'vi')).toEqual({ state: defaultViewState('vi'), notices: [] });
  });

  it.each([
    ['?node=nato', { param: 'node', value: 'nato', problem: 'unknown' }],
    ['?edge=a:b:c', { param: 'edge', value: 'a:b:c', problem: 'unknown' }],
    ['?lang=fr', { param: 'lang', value: 'fr', problem: 'malformed' }],
    ['?article=nope', { param: 'article', value: 'nope', problem: 'unknown' }],
    ['?article=eu-norway-spd&quote=40-10', { param: 'quote', value: '40-10', problem: 'malformed' }],
    ['?article=eu-norway-spd&quote=1-99999', { param: 'quote', value: '1-99999', problem: 'malformed' }],
    ['?quote=1-2', { param: 'quote', value: '1-2', problem: 'malformed' }],
    ['?tsort=colour', { param: 'tsort', value: 'colour', problem: 'malformed' }],
    ['?tf=colour:red', { param: 'tf', value: 'colour:red', problem: 'malformed' }],
    ['?tf=target', { param: 'tf', value: 'target', problem: 'malformed' }],
    ['?table=yes', { param: 'table', value: 'yes', problem: 'malformed' }],
    ['?kind=actor,planets', { param: 'kind', value: 'planets', problem: 'unknown' }],
    ['?actor=nato', { param: 'actor', value: 'nato', problem: 'unknown' }],
    ['?hops=9', { param: 'hops', value: '9', problem: 'malformed' }],
    ['?path=eu', { param: 'path', value: 'eu', problem: 'malformed' }],
    ['?path=eu,nato', { param: 'path', value: 'eu,nato', problem: 'unknown' }],
    ['?dim=yes', { param: 'dim', value: 'yes', problem: 'malformed' }],
    ['?cam=1,2', { param: 'cam', value: '1,2', problem: 'malformed' }],
    ['?cam=0,0,-1', { param: 'cam', value: '0,0,-1', problem: 'malformed' }],
    ['?cam=0,0,0', { param: 'cam', value: '0,0,0', problem: 'malformed' }],
    ['?cam=0,0,1e-300', { param: 'cam', value: '0,0,1e-300', problem: 'malformed' }],
    ['?cam=0,0,1e300', { param: 'cam', value: '0,0,1e300', problem: 'malformed' }],
    ['?cam=1e308,0,1', { param: 'cam', value: '1e308,0,1', problem: 'malformed' }],
    ['?cam=Infinity,0,1', { param: 'cam', value: 'Infinity,0,1', problem: 'malformed' }],
    ['?cam=,,1', { param: 'cam', value: ',,1', problem: 'malformed' }],
    ['?node=eu&edge=norway:signs:eu-norway-spd', { param: 'edge', value: 'norway:signs:eu-norway-spd', problem: 'malformed' }],
    ['?from=2024&to=2019', { param: 'to', value: '2019', problem: 'beforeFrom', from: '2024' }],
    ['?actors=norway', { param: 'actors', value: 'norway', problem: 'unread' }],
  ])('drops %s with a notice and keeps the rest usable', (search, notice) => {
    const { state, notices } = parseViewState(search, data, 'en');
    expect(notices).toEqual([expect.objectContaining(notice)]);
    expect(state.lang).toBe('en');
  });

  it('never writes a camera it would refuse to read', () => {
    for (const camera of [{ x: 0, y: 0, ratio: 0 }, { x: 0, y: 0, ratio: 1e-9 }, { x: NaN, y: 0, ratio: 1 }, { x: 0, y: 0, ratio: 1e9 }]) {
      expect(serializeViewState({ ...defaultViewState('en'), camera })).not.toContain('cam=');
    }
    for (const ratio of [0.001, 0.0012345, 0.5, 100]) {
      const url = serializeViewState({ ...defaultViewState('en'), camera: { x: 0.1234567, y: -2, ratio } });
      const { state, notices } = parseViewState(url, data, 'en');
      expect(notices).toEqual([]);
      expect(state.camera?.ratio).toBeCloseTo(ratio, 6);
    }
  });

  it('cuts a very long text or list parameter, says so, and keeps only the cut value in the URL', () => {
    const ids = Array.from({ length: 5000 }, (_, i) => `ghost-${i}`);
    const { state, notices } = parseViewState(`?actor=${['eu', ...ids].join(',')}&text=${'a'.repeat(70_000)}`, data, 'en');
    expect(state.filter.actors).toEqual(['eu']);
    expect(state.filter.text).toHaveLength(200);
    expect(notices[0]).toMatchObject({ param: 'actor', problem: 'tooLong', length: 5001, limit: 100 });
    expect(notices.at(-1)).toMatchObject({ param: 'text', problem: 'tooLong', length: 70_000, limit: 200 });
    expect(serializeViewState(state).length).toBeLessThan(300);
    const en = describeNotices('en', notices);
    expect(en).toHaveLength(NOTICES_SHOWN + 1);
    expect(en[0]).toBe('Parameter “actor”: 5,001 values, more than the 100 the explorer reads — only the first 100 were kept.');
    expect(en.at(-1)).toBe(`… and ${(notices.length - NOTICES_SHOWN).toLocaleString('en-GB')} more.`);
    expect(describeNotices('vi', notices)[0]).toBe('Tham số “actor”: có 5.001 giá trị, nhiều hơn mức 100 — chỉ giữ 100 giá trị đầu.');
  });

  it('never writes a text the reader would cut: a state holding a pasted page serializes within the limits', () => {
    const pasted = 'an ninh '.repeat(10_000);
    const view: ViewState = {
      ...defaultViewState('en'),
      filter: { ...emptyFilter(), text: pasted },
      table: { open: true, sort: null, filters: { quote: pasted } },
    };
    const url = serializeViewState(view);
    expect(url.length).toBeLessThan(1000);
    const { state, notices } = parseViewState(url, data, 'en');
    expect(notices).toEqual([]);
    expect(state.filter.text).toBe(pasted.slice(0, 200).trim());
    expect(state.table.filters.quote).toBe(pasted.slice(0, 200).trim());
  });

  it('cuts a long table filter read from a link, with a notice', () => {
    const { state, notices } = parseViewState(`?table=1&tf=quote:${'b'.repeat(5000)}`, data, 'en');
    expect(state.table.filters.quote).toHaveLength(200);
    expect(notices).toEqual([expect.objectContaining({ param: 'tf', problem: 'tooLong', length: 5000, limit: 200 })]);
  });

  it('quotes only a short excerpt of a huge bad value', () => {
    const { notices } = parseViewState(`?node=${'x'.repeat(100_000)}`, data, 'en');
    expect(describeNotices('en', notices)[0]?.length).toBeLessThan(150);
  });

  it('keeps the good parameters of a partly bad link', () => {
    const { state, notices } = parseViewState('?node=eu&kind=actor,planets&lang=xx', data, 'vi');
    expect(state.selection).toEqual({ type: 'node', id: 'eu' });
    expect(state.filter.kinds).toEqual(['actor']);
    expect(state.lang).toBe('vi');
    expect(notices.map((n) => n.param)).toEqual(['lang', 'kind']);
  });

  it('names a parameter it does not read, so a mistyped one is not lost in silence', () => {
    const { state, notices } = parseViewState('?actors=norway&actor=eu&utm_source=mail', data, 'en');
    expect(state.filter.actors).toEqual(['eu']);
    expect(describeNotices('en', notices)).toEqual([
      'The explorer does not read a parameter “actors” — ignored.',
      'The explorer does not read a parameter “utm_source” — ignored.',
    ]);
    expect(describeNotices('vi', notices)[0]).toBe('Trình khám phá không dùng tham số “actors” — đã bỏ qua.');
  });

  it('says that an end date before the start date is the problem, not its form', () => {
    const { state, notices } = parseViewState('?from=2024-05&to=2019', data, 'en');
    expect(state.filter.from).toBe('2024-05');
    expect(state.filter.to).toBeUndefined();
    expect(describeNotices('en', notices)).toEqual(['Parameter “to”: 2019 is earlier than the start date (from), May 2024 — ignored.']);
    expect(describeNotices('vi', notices)).toEqual(['Tham số “to”: thời điểm 2019 sớm hơn thời điểm bắt đầu (from) 05/2024 — đã bỏ qua.']);
  });

  it('tells what each parameter expects in Vietnamese too, with no English left in', () => {
    const bad = [
      'hops=9', 'domain-hops=0', 'direction=up', 'kind=planets', 'predicate=likes', 'source=nope', 'from=May', 'undated=maybe', 'actor=nato',
      'path=eu', 'k=99', 'directed=yes', 'avoid-kind=planets', 'cam=1,2', 'table=yes', 'tsort=colour', 'tf=colour:red', 'timeline=yes',
      'stack=colour', 'changes=x', 'changes=a..b', 'story=Bad_Id', 'story-data=%25', 'step=0',
    ];
    for (const search of bad) {
      const { notices } = parseViewState(`?${search}${search.startsWith('k=') || search.startsWith('directed') || search.startsWith('avoid') ? '&path=eu,norway' : ''}`, data, 'vi');
      expect(notices, search).toHaveLength(1);
      const [notice] = notices as [Notice];
      const [vi] = describeNotices('vi', [notice]);
      if (notice.problem !== 'unknown' && notice.problem !== 'malformed') throw new Error(`${search}: ${notice.problem}`);
      expect(notice.expected, `${notice.param} says what it expects`).toBeTruthy();
      // The hint is there, and in Vietnamese: none of the English readers' words are left in it.
      expect(vi, notice.param).toMatch(/\(cần .+\) — đã bỏ qua\.$/);
      expect(/\(cần (.+)\)/.exec(vi ?? '')?.[1], notice.param).not.toMatch(/(?<![\p{L}_-])(expected|an?|of|or|from|to|with|the|number|two|ids?)(?![\p{L}_-])/u);
    }
  });
});
