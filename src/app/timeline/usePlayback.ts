/**
 * Playback's clock: which of `stops` (the bins where the graph grows) is shown, advancing at
 * `perSecond` stops a second, pausable; it halts on the last one, so the whole graph stays shown.
 */
import { useCallback, useEffect, useState } from 'react';

export const SPEEDS = { slow: 0.5, normal: 1, fast: 3 } as const;
export type Speed = keyof typeof SPEEDS;

export function usePlayback(stops: number): {
  /** Index into the stops, or null when no playback is on. */
  at: number | null;
  playing: boolean;
  speed: Speed;
  setSpeed: (speed: Speed) => void;
  toggle: () => void;
  stop: () => void;
} {
  const [at, setAt] = useState<number | null>(null);
  const [playing, setPlaying] = useState(false);
  const [speed, setSpeed] = useState<Speed>('normal');

  useEffect(() => {
    if (!playing) return;
    const timer = window.setInterval(() => {
      setAt((current) => {
        const next = current === null ? 0 : current + 1;
        if (next >= stops - 1) setPlaying(false);
        return Math.min(next, stops - 1);
      });
    }, 1000 / SPEEDS[speed]);
    return () => window.clearInterval(timer);
  }, [playing, speed, stops]);

  const toggle = useCallback(() => {
    if (playing) return setPlaying(false);
    // From the start when nothing is shown or the end was reached; else resume where it paused.
    setAt((current) => (current === null || current >= stops - 1 ? 0 : current));
    setPlaying(stops > 1);
  }, [playing, stops]);
  const stop = useCallback(() => {
    setPlaying(false);
    setAt(null);
  }, []);
  return { at, playing, speed, setSpeed, toggle, stop };
}
