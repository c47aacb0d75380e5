/** JSON with object keys sorted and undefined left out: equal data gives equal text. */
export function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (v === null || typeof v !== 'object' || Array.isArray(v)) return v;
    return Object.fromEntries(
      Object.entries(v as Record<string, unknown>)
        .filter(([, x]) => x !== undefined)
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
    );
  });
}

/** Equal once the listed keys are set aside (ids, stamps, derived fields). */
export function sameExcept(a: object, b: object, keys: readonly string[]): boolean {
  const strip = (o: object): Record<string, unknown> =>
    Object.fromEntries(Object.entries(o).filter(([k]) => !keys.includes(k)));
  return canonical(strip(a)) === canonical(strip(b));
}
