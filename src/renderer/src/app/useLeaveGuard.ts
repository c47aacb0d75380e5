import { useEffect, useRef } from 'react';
import { addGuard } from './location';

/** While `dirty`, leaving the screen asks first (see location.ts). */
export function useLeaveGuard(dirty: boolean): void {
  const ref = useRef(dirty);
  ref.current = dirty;
  useEffect(() => addGuard(() => ref.current), []);
}
