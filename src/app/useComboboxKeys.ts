/**
 * The keys of a search box with its list of hits (the explorer's search, the review's pickers):
 * ↓ opens the list and moves down, ↑ moves up, Enter takes the active hit, Escape closes the list
 * without closing what holds the box.
 */
import { useState, type KeyboardEvent } from 'react';

/** `onKeyDown(e, take)`: `take(index)` takes the hit at that place, or says no (hits still for an earlier query). */
export function useComboboxKeys(count: number, openAtFirst = false) {
  const [open, setOpen] = useState(openAtFirst);
  const [active, setActive] = useState(0);
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>, take: (index: number) => boolean) => {
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      setOpen(true);
      setActive((i) => Math.min(i + 1, count - 1));
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      setActive((i) => Math.max(i - 1, 0));
    } else if (e.key === 'Enter' && open && active < count && take(active)) {
      e.preventDefault();
    } else if (e.key === 'Escape' && open) {
      e.stopPropagation();
      setOpen(false);
    }
  };
  return { open, setOpen, active, setActive, onKeyDown };
}
