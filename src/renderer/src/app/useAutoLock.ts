import { useEffect } from 'react';
import { useCall } from './api';

const ACTIVITY = ['pointerdown', 'pointermove', 'keydown', 'wheel', 'touchstart'] as const;

/**
 * Locks an encrypted library after the idle time chosen in settings (default 10 minutes): no
 * key, pointer or wheel for that long, as a screen lock counts it.
 */
export function useAutoLock(encrypted: boolean, lock: (() => void) | undefined): void {
  const settings = useCall('settings.get', {}, { enabled: encrypted });
  const minutes = settings.data?.autoLockMinutes ?? null;
  useEffect(() => {
    if (!encrypted || lock === undefined || minutes === null) return;
    let timer = window.setTimeout(lock, minutes * 60_000);
    const reset = (): void => {
      window.clearTimeout(timer);
      timer = window.setTimeout(lock, minutes * 60_000);
    };
    for (const e of ACTIVITY) window.addEventListener(e, reset, { passive: true });
    return () => {
      window.clearTimeout(timer);
      for (const e of ACTIVITY) window.removeEventListener(e, reset);
    };
  }, [encrypted, lock, minutes]);
}
