import { DossierError } from '../shared/errors';

/** `value`, or a not_found error naming what was looked for. */
export function found<T>(value: T | null, what: string, id: string): T {
  if (value === null) throw new DossierError('not_found', `There is no ${what} with id ${id}.`, id);
  return value;
}
