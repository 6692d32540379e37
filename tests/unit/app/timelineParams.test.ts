import { describe, expect, it } from 'vitest';
import { defaultViewState, parseViewState, serializeViewState, type DataIndex } from '../../../src/app/state/viewState';
import { describeNotices } from '../../../src/app/i18n';
import { loadShipped } from '../../helpers/shipped';

const { graph, sources } = loadShipped();
const data: DataIndex = { graph, sourceIds: sources.map((s) => s.id), sourceLength: (id) => sources.find((s) => s.id === id)?.text.length };
const read = (search: string) => parseViewState(search, data, 'en');

describe('the timeline strip in the URL', () => {
  it.each([
    ['?lang=en&changes=2019-01-01..2024-12-31', { by: 'date', from: '2019-01-01', to: '2024-12-31' }],
    ['?lang=en&changes=2019..2024-05', { by: 'date', from: '2019', to: '2024-05' }],
    ['?lang=en&changes=vn-eu-defence-meeting..eu-norway-spd', { by: 'source', from: 'vn-eu-defence-meeting', to: 'eu-norway-spd' }],
  ])('a "what changed" link %s reopens the same comparison, and writes itself back unchanged', (search, changes) => {
    const parsed = read(search);
    expect(parsed.notices).toEqual([]);
    expect(parsed.state.timeline.changes).toEqual(changes);
    expect(decodeURIComponent(serializeViewState(parsed.state))).toBe(search);
  });

  it('round-trips a folded strip stacked by predicate with a comparison open', () => {
    const view = { ...defaultViewState('vi'), timeline: { open: false, stack: 'predicate' as const, changes: { by: 'source' as const, from: 'eu-norway-spd', to: 'vn-eu-defence-meeting' } } };
    const url = serializeViewState(view);
    expect(new URLSearchParams(url).get('timeline')).toBe('0');
    expect(new URLSearchParams(url).get('stack')).toBe('predicate');
    expect(read(url)).toEqual({ state: view, notices: [] });
  });

  it('leaves the defaults out of the link', () => {
    expect(serializeViewState(defaultViewState('en'))).toBe('?lang=en');
  });

  it.each([
    ['?changes=2024..2019', 'malformed'],
    ['?changes=2019', 'malformed'],
    ['?changes=2019..', 'malformed'],
    ['?changes=2019..2020..2021', 'malformed'],
    ['?changes=2019-13..2024', 'malformed'],
    ['?changes=2019..eu-norway-spd', 'malformed'],
    ['?changes=eu-norway-spd..eu-norway-spd', 'malformed'],
    ['?changes=nato-summit..eu-norway-spd', 'unknown'],
    ['?stack=colour', 'malformed'],
    ['?timeline=closed', 'malformed'],
  ])('refuses %s with a notice (%s) and opens the strip as usual', (search, problem) => {
    const parsed = read(search);
    expect(parsed.notices).toHaveLength(1);
    expect(parsed.notices[0]).toMatchObject({ problem });
    expect(parsed.state.timeline).toEqual(defaultViewState('en').timeline);
    for (const lang of ['vi', 'en'] as const) expect(describeNotices(lang, parsed.notices)[0]).toMatch(/—/);
  });

  it('words a bad comparison so a person can fix it', () => {
    const [en] = describeNotices('en', read('?changes=2024..2019').notices);
    expect(en).toBe('Parameter “changes”: “2024..2019” is malformed (expected FROM..TO: two ISO dates (YYYY, YYYY-MM or YYYY-MM-DD), the earlier first, or two different article ids) — ignored.');
    const [vi] = describeNotices('vi', read('?changes=2024..2019').notices);
    expect(vi).toBe('Tham số “changes”: giá trị “2024..2019” không hợp lệ (cần FROM..TO: hai ngày dạng ISO (YYYY, YYYY-MM hoặc YYYY-MM-DD), ngày sớm hơn viết trước, hoặc mã của hai bài viết khác nhau) — đã bỏ qua.');
  });
});
