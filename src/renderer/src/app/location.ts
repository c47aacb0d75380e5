import { useSyncExternalStore } from 'react';

/**
 * Hash routes (`#/cases/ID?asOf=2016-01-01`) that a form with unsaved changes can hold back:
 * while any guard says it is dirty, moving elsewhere (a link, Back, Forward, a typed address)
 * waits for the person to say whether to discard the changes. Reload and closing the window
 * ask through the browser's own "Leave site?".
 */

type Guard = () => boolean;
const guards = new Set<Guard>();
const listeners = new Set<() => void>();

function readHash(): string {
  const h = window.location.hash.replace(/^#/, '');
  return h === '' ? '/' : h;
}

let current = readHash();
/** Where someone wanted to go while a form was dirty (the leave dialog is open). */
let pending: string | null = null;

function emit(): void {
  for (const l of listeners) l();
}

function dirty(): boolean {
  for (const g of guards) if (g()) return true;
  return false;
}

window.addEventListener('hashchange', () => {
  const next = readHash();
  if (next === current) return;
  if (dirty()) {
    window.history.replaceState(null, '', `#${current}`);
    pending = next;
    emit();
    return;
  }
  current = next;
  emit();
});

window.addEventListener('beforeunload', (e) => {
  if (dirty()) e.preventDefault();
});

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Goes to `to` (a path with an optional `?query`), unless a dirty form holds it back. */
export function navigate(to: string, options: { replace?: boolean; force?: boolean } = {}): void {
  if (to === current) return;
  if (!options.force && dirty()) {
    pending = to;
    emit();
    return;
  }
  current = to;
  pending = null;
  if (options.replace) window.history.replaceState(null, '', `#${to}`);
  else window.history.pushState(null, '', `#${to}`);
  emit();
}

/** wouter's location hook: the path without its query. */
export function useHashPath(): [string, (to: string, options?: { replace?: boolean }) => void] {
  const loc = useSyncExternalStore(subscribe, () => current);
  return [loc.split('?')[0] ?? '/', navigate];
}

/** wouter's search hook: the query after `?`. */
export function useHashSearch(): string {
  const loc = useSyncExternalStore(subscribe, () => current);
  const at = loc.indexOf('?');
  return at < 0 ? '' : loc.slice(at + 1);
}

/** The navigation a dirty form is holding back, if any. */
export function usePendingLeave(): string | null {
  return useSyncExternalStore(subscribe, () => pending);
}

export function cancelLeave(): void {
  pending = null;
  emit();
}

/** Discards whatever the guards hold and goes where the person wanted to. */
export function confirmLeave(): void {
  const to = pending;
  pending = null;
  if (to !== null) navigate(to, { force: true });
  else emit();
}

export function addGuard(guard: Guard): () => void {
  guards.add(guard);
  return () => guards.delete(guard);
}
