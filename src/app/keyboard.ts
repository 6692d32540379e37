/**
 * The page's own keys: `/` (or Ctrl+K) goes to the search from anywhere but a text field, and
 * Escape closes what was opened last — the article reader, else the selection.
 */
import { useEffect, type RefObject } from 'react';

/** Inputs a person types into: there `/` is a character, not a shortcut. */
const TEXT_INPUTS = new Set(['text', 'search', 'email', 'url', 'tel', 'password', 'number', 'date', 'month', 'week', 'time', 'datetime-local']);

export function isTextField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target instanceof HTMLTextAreaElement) return true;
  return target instanceof HTMLInputElement && TEXT_INPUTS.has(target.type);
}

export function useGlobalKeys(search: RefObject<HTMLInputElement | null>, onEscape: (target: EventTarget | null) => void): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if ((e.key === '/' && !isTextField(e.target)) || (e.key === 'k' && (e.ctrlKey || e.metaKey))) {
        e.preventDefault();
        search.current?.focus();
        search.current?.select();
      } else if (e.key === 'Escape' && !e.defaultPrevented && !isTextField(e.target)) {
        onEscape(e.target);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [search, onEscape]);
}
