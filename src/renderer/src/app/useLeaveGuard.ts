import { useEffect, useRef } from 'react';
import { addGuard } from './location';

/**
 * While `dirty`, leaving the screen asks first (see location.ts). Returns `release`, for the
 * moment a save succeeds: the form may navigate away at once, before React has rendered it
 * clean.
 */
export function useLeaveGuard(dirty: boolean): () => void {
  const ref = useRef(dirty);
  ref.current = dirty;
  useEffect(() => addGuard(() => ref.current), []);
  return () => {
    ref.current = false;
  };
}
