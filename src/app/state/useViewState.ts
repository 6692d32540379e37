/**
 * The view state, kept in the URL: a selection or an article opened pushes a history entry
 * (so back and forward move through them), a camera move replaces the current one.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { parseViewState, serializeViewState, type DataIndex, type Lang, type Notice, type ViewState } from './viewState';

export type UpdateView = (patch: Partial<ViewState>, mode?: 'push' | 'replace') => void;

function browserLang(): Lang {
  return navigator.language.toLowerCase().startsWith('vi') ? 'vi' : 'en';
}

export function useViewState(data: DataIndex): { view: ViewState; notices: Notice[]; update: UpdateView; dismiss: () => void } {
  const [initial] = useState(() => parseViewState(window.location.search, data, browserLang()));
  const [view, setView] = useState<ViewState>(initial.state);
  const [notices, setNotices] = useState<Notice[]>(initial.notices);
  // The latest view, read by update() so that history is written outside React's updaters.
  const current = useRef(view);

  useEffect(() => {
    // Show a cleaned URL from the start, so a copied link never carries the bad parameters.
    window.history.replaceState(null, '', serializeViewState(initial.state));
  }, [initial]);

  useEffect(() => {
    const onPop = () => {
      const parsed = parseViewState(window.location.search, data, browserLang());
      current.current = parsed.state;
      setView(parsed.state);
      setNotices(parsed.notices);
    };
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, [data]);

  const update = useCallback<UpdateView>((patch, mode = 'push') => {
    const next = { ...current.current, ...patch };
    current.current = next;
    const url = serializeViewState(next);
    if (url !== window.location.search) {
      if (mode === 'push') window.history.pushState(null, '', url);
      else window.history.replaceState(null, '', url);
    }
    setView(next);
  }, []);

  const dismiss = useCallback(() => setNotices([]), []);
  return { view, notices, update, dismiss };
}
