import { createHash, randomUUID } from 'node:crypto';

export function newId(): string {
  return randomUUID();
}

/**
 * A UUID (version 5 layout) derived from a name: the same name always gives the same id. Used
 * for entries of an exchange file that come without an id, so that importing the file twice
 * does not make duplicates, and for the forum profiles every library starts with.
 */
export function derivedId(namespace: string, name: string): string {
  const hash = createHash('sha1').update(`dossier:${namespace}\u0000${name}`).digest();
  hash[6] = ((hash[6] ?? 0) & 0x0f) | 0x50;
  hash[8] = ((hash[8] ?? 0) & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}
