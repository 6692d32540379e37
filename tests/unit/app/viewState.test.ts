import { describe, expect, it } from 'vitest';
import { parseViewState, serializeViewState, type DataIndex, type ViewState } from '../../../src/app/state/viewState';

const data: DataIndex = {
  hasNode: (id) => ['eu', 'norway'].includes(id),
  hasEdge: (id) => id === 'norway:signs:eu-norway-spd',
  sourceLength: (id) => (id === 'eu-norway-spd' ? 2486 : undefined),
};

describe('view state in the URL', () => {
  it('round-trips a full view', () => {
    const view: ViewState = {
      lang: 'vi',
      selection: { type: 'edge', id: 'norway:signs:eu-norway-spd' },
      article: { source: 'eu-norway-spd', start: 10, end: 40 },
      hiddenKinds: ['place', 'event'],
      camera: { x: 0.5, y: 0.25, ratio: 0.8 },
    };
    const parsed = parseViewState(serializeViewState(view), data, 'en');
    expect(parsed.notices).toEqual([]);
    expect(parsed.state).toEqual({ ...view, hiddenKinds: ['event', 'place'] });
  });

  it('falls back to the browser language and an empty view', () => {
    expect(parseViewState('', data, 'vi')).toEqual({
      state: { lang: 'vi', selection: null, article: null, hiddenKinds: [], camera: null },
      notices: [],
    });
  });

  it.each([
    ['?node=nato', { param: 'node', value: 'nato', problem: 'unknown' }],
    ['?edge=a:b:c', { param: 'edge', value: 'a:b:c', problem: 'unknown' }],
    ['?lang=fr', { param: 'lang', value: 'fr', problem: 'malformed' }],
    ['?article=nope', { param: 'article', value: 'nope', problem: 'unknown' }],
    ['?article=eu-norway-spd&quote=40-10', { param: 'quote', value: '40-10', problem: 'malformed' }],
    ['?article=eu-norway-spd&quote=1-99999', { param: 'quote', value: '1-99999', problem: 'malformed' }],
    ['?quote=1-2', { param: 'quote', value: '1-2', problem: 'malformed' }],
    ['?hide=actor,planets', { param: 'hide', value: 'planets', problem: 'unknown' }],
    ['?cam=1,2', { param: 'cam', value: '1,2', problem: 'malformed' }],
    ['?cam=0,0,-1', { param: 'cam', value: '0,0,-1', problem: 'malformed' }],
    ['?node=eu&edge=norway:signs:eu-norway-spd', { param: 'edge', value: 'norway:signs:eu-norway-spd', problem: 'malformed' }],
  ])('drops %s with a notice and keeps the rest usable', (search, notice) => {
    const { state, notices } = parseViewState(search, data, 'en');
    expect(notices).toEqual([notice]);
    expect(state.lang).toBe('en');
  });

  it('keeps the good parameters of a partly bad link', () => {
    const { state, notices } = parseViewState('?node=eu&hide=actor,planets&lang=xx', data, 'vi');
    expect(state.selection).toEqual({ type: 'node', id: 'eu' });
    expect(state.hiddenKinds).toEqual(['actor']);
    expect(state.lang).toBe('vi');
    expect(notices.map((n) => n.param)).toEqual(['lang', 'hide']);
  });
});
