import { describe, expect, it } from 'vitest';
import { jsonErrorOffset } from '../../src/core/jsonErrorOffset';

describe('jsonErrorOffset', () => {
  it('is null for valid JSON', () => {
    for (const text of [
      '{}',
      '[]',
      ' {"a": [1, -2.5e3, true, false, null, "x\\u00e9\\n"]} ',
      '"ə"',
      '0',
    ]) {
      expect(jsonErrorOffset(text), text).toBeNull();
      expect(() => JSON.parse(text)).not.toThrow();
    }
  });

  it('points at the first character that is wrong', () => {
    expect(jsonErrorOffset('{"a": [1, ]}')).toBe(10);
    expect(jsonErrorOffset('{"a": 1,}')).toBe(8);
    expect(jsonErrorOffset('{"a": 1')).toBe(7);
    expect(jsonErrorOffset("{'a': 1}")).toBe(1);
    expect(jsonErrorOffset('[01]')).toBe(2);
    expect(jsonErrorOffset('{"a": tru}')).toBe(9);
    expect(jsonErrorOffset('{} x')).toBe(3);
    expect(jsonErrorOffset('"line\nbreak"')).toBe(5);
  });
});
