/**
 * A path chosen in the path finder is brought into view, as a node chosen in the search is:
 * once its entities are known, the camera glides to show them all. Returns the request.
 */
import { useCallback, useEffect, useRef, type RefObject } from 'react';
import type Sigma from 'sigma';
import { cameraFitting } from '../canvas/frame';

export function usePathFraming(sigmaRef: RefObject<{ getCamera: Sigma['getCamera'] } | null>, nodes: Set<string>): () => void {
  const pending = useRef(false);
  useEffect(() => {
    const sigma = sigmaRef.current;
    if (!pending.current || !sigma || nodes.size === 0) return;
    pending.current = false;
    const frame = requestAnimationFrame(() => void sigma.getCamera().animate(cameraFitting(sigma as unknown as Sigma, [...nodes]), { duration: 400 }));
    return () => cancelAnimationFrame(frame);
  }, [sigmaRef, nodes]);
  return useCallback(() => {
    pending.current = true;
  }, []);
}
